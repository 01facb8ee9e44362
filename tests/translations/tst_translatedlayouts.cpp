// In every language the window's texts fit: the designer on the article pipeline (each
// bottom panel brought forward in turn, each node's properties), and the About dialog, at
// the window's first-start size. A cut-off label, button or tab, or a toolbar or menu bar
// hiding entries, fails with the widget, the text and the pixels missing; so does an
// Alt+letter used twice in a menu or a panel. A screenshot of
// each language is saved (build dir, screenshots/designer-<code>.png, about-<code>.png) to
// look at.
#include "../app/windowtesting.h"
#include "aboutdialog.h"
#include "catalogtext.h"
#include "cliptexts.h"
#include "mnemonics.h"
#include "documentcontroller.h"
#include "language.h"
#include "nodegeometry.h"
#include "nodepainter.h"
#include "noderegistry.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "pipelineview.h"

#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QtMath>
#include <QMap>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace weir;

class tst_TranslatedLayouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void window_data();
    void window();
    void aboutDialog_data() { window_data(); }
    void aboutDialog();
    void nodeTitlesFit_data() { window_data(); }
    void nodeTitlesFit();

private:
    void useLanguage(const QString &code);

    std::unique_ptr<QTranslator> m_weir, m_qt;
};

void tst_TranslatedLayouts::initTestCase()
{
    useTestSettings();
    QDir().mkpath(QStringLiteral(WEIR_BINARY_DIR "/screenshots"));
}

void tst_TranslatedLayouts::useLanguage(const QString &code)
{
    for (auto *translator : {m_weir.get(), m_qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_weir = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    if (code == QLatin1String("en"))
        return;
    QVERIFY(m_weir->load(QStringLiteral(":/i18n/weir_%1.qm").arg(code)));
    QVERIFY(m_qt->load(QStringLiteral("qtbase_") + code,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QCoreApplication::installTranslator(m_weir.get());
    QCoreApplication::installTranslator(m_qt.get());
}

void tst_TranslatedLayouts::window_data()
{
    QTest::addColumn<QString>("code");
    for (const Language &language : languages())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void tst_TranslatedLayouts::window()
{
    QFETCH(QString, code);
    useLanguage(code);
    // Japanese and Chinese need a font with their glyphs, or every text shows as boxes.
    const QLocale locale(code);
    const auto script = locale.script() == QLocale::JapaneseScript ? QFontDatabase::Japanese
                        : locale.script() == QLocale::SimplifiedHanScript
                            ? QFontDatabase::SimplifiedChinese
                            : QFontDatabase::Latin;
    QVERIFY2(!QFontDatabase::families(script).isEmpty(),
             qPrintable(QStringLiteral("no font can show %1 (fonts-noto-cjk)").arg(code)));
    QSettings().clear(); // the first start's layout
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.document()->openTemplate(templatePath(QStringLiteral("user_events"))),
             QString());
    QCoreApplication::processEvents();
    window.view()->fitToView();

    // Each cut-off text once, with the first state it was seen in.
    QMap<QString, QString> clipped;
    auto check = [&clipped, &window](const QString &state) {
        QCoreApplication::processEvents();
        for (const QString &text : clippedTexts(&window)) {
            if (!clipped.contains(text))
                clipped.insert(text, state);
        }
        // Laid-out widgets get their size hints by raising the window's minimum size
        // instead: that must stay within the first-start size.
        const QSize least = window.minimumSizeHint();
        if (least.width() > window.width() || least.height() > window.height())
            clipped.insert(QStringLiteral("the window needs at least %1 x %2")
                               .arg(least.width())
                               .arg(least.height()),
                           state);
    };
    check(QStringLiteral("opened"));
    QVERIFY(window.grab().save(
        QStringLiteral(WEIR_BINARY_DIR "/screenshots/designer-%1.png").arg(code)));
    for (const PipelineNode &node : window.model()->nodes()) {
        window.scene()->selectNodes({node.id});
        check(QStringLiteral("node %1 selected").arg(node.id));
    }
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (window.dockWidgetArea(dock) != Qt::BottomDockWidgetArea)
            continue;
        dock->show();
        dock->raise();
        check(dock->objectName() + QStringLiteral(" in front"));
        // For reviewing a translation in context: every panel, on request.
        if (qEnvironmentVariableIsSet("WEIR_SCREENSHOT_PANELS"))
            window.grab().save(QStringLiteral(WEIR_BINARY_DIR "/screenshots/%1-%2.png")
                                   .arg(code, dock->objectName()));
    }
    QStringList lines;
    for (auto it = clipped.cbegin(); it != clipped.cend(); ++it)
        lines << it.value() + QStringLiteral(": ") + it.key();
    // The same Alt+letter twice in a menu or a panel reaches only the first.
    lines << mnemonicClashes(&window);
    QVERIFY2(lines.isEmpty(), qPrintable(QStringLiteral("%1 layout problem(s) in %2:\n%3")
                                             .arg(lines.size())
                                             .arg(code, lines.join(QLatin1Char('\n')))));
}

void tst_TranslatedLayouts::aboutDialog()
{
    QFETCH(QString, code);
    useLanguage(code);
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(
        QStringLiteral(WEIR_BINARY_DIR "/screenshots/about-%1.png").arg(code)));
    const QStringList clipped = clippedTexts(&dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

// The canvas draws each node's type title under its id in a fixed width, in a font that
// shrinks a little for long titles, and elides what still does not fit.
void tst_TranslatedLayouts::nodeTitlesFit()
{
    QFETCH(QString, code);
    useLanguage(code);
    QStringList elided;
    for (const NodeTypeInfo &type : NodeRegistry::instance().types()) {
        const qreal room = NodeGeometry(&type).subtitleRect().width();
        const QString title = catalogText(type.title);
        const QFontMetricsF metrics(NodePainter::subtitleFont(QApplication::font(), title, room));
        if (metrics.horizontalAdvance(title) > room)
            elided << QStringLiteral("%1 \"%2\": %3 px of %4")
                          .arg(QString::fromStdString(type.type), title)
                          .arg(qCeil(metrics.horizontalAdvance(title)))
                          .arg(room);
    }
    QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_TranslatedLayouts)
#include "tst_translatedlayouts.moc"
