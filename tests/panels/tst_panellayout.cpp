#include "nodepalette.h"
#include "panelstesting.h"
#include "problemspanel.h"
#include "propertyeditor.h"

#include "themepalettes.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace weir;

namespace {

// A dock's width: the panels must fit it without clipping.
constexpr int kDockWidth = 340;

// Labels that show less than their text: narrower than they need, and not wrapping.
QStringList clippedLabels(QWidget *root)
{
    QStringList clipped;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->wordWrap() || label->text().isEmpty())
            continue;
        if (label->width() < label->minimumSizeHint().width())
            clipped << label->text();
    }
    return clipped;
}

} // namespace

class tst_PanelLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void panelsFitADock_data();
    void panelsFitADock();
};

void tst_PanelLayout::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void tst_PanelLayout::panelsFitADock_data()
{
    QTest::addColumn<QString>("panel");
    QTest::addColumn<bool>("dark");
    for (const char *panel : {"palette", "palette-search", "palette-nothing", "window", "kafka",
                              "parse", "error", "settings", "problems"}) {
        QTest::addRow("%s light", panel) << panel << false;
        QTest::addRow("%s dark", panel) << panel << true;
    }
}

void tst_PanelLayout::panelsFitADock()
{
    QFETCH(QString, panel);
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    ExampleDocument doc;
    std::unique_ptr<QWidget> widget;
    QSize size(kDockWidth, 760);
    if (panel.startsWith(QLatin1String("palette"))) {
        auto palette = std::make_unique<NodePalette>();
        if (panel == QLatin1String("palette-search"))
            palette->setFilter(QStringLiteral("kafka"));
        if (panel == QLatin1String("palette-nothing"))
            palette->setFilter(QStringLiteral("redis"));
        widget = std::move(palette);
        size.setHeight(panel == QLatin1String("palette") ? 640 : 320);
    } else if (panel == QLatin1String("problems")) {
        doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("size"), "soon");
        doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("group_by"),
                            Json::parse(R"(["event_typ"])"));
        doc.editor.setParam(QStringLiteral("events"), QStringLiteral("rate"), -1);
        doc.model.validateNow();
        widget = std::make_unique<ProblemsPanel>(&doc.model);
        size = QSize(760, 180);
    } else {
        auto form = std::make_unique<PropertyEditor>(&doc.editor);
        const QHash<QString, QString> nodes {{"window", "counts"},
                                             {"kafka", "user_events"},
                                             {"parse", "parse"},
                                             {"error", "counts"},
                                             {"settings", ""}};
        if (panel == QLatin1String("error")) {
            doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("slide"), "soon");
            doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("group_by"),
                                Json::parse(R"(["event_typ"])"));
            doc.model.validateNow();
        }
        form->setNode(nodes.value(panel));
        size.setHeight(panel == QLatin1String("kafka") ? 900 : 760);
        widget = std::move(form);
    }
    widget->resize(size);
    widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
    QCoreApplication::processEvents();
    const QStringList clipped = clippedLabels(widget.get());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(", ")));
    QVERIFY2(widget->minimumSizeHint().width() <= kDockWidth || panel == QLatin1String("problems"),
             qPrintable(QString::number(widget->minimumSizeHint().width())));
    const QString dir = qEnvironmentVariable("WEIR_PANEL_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(
            QStringLiteral("%1/panels-%2-%3.png").arg(dir, panel, dark ? "dark" : "light"));
}

QTEST_MAIN(tst_PanelLayout)
#include "tst_panellayout.moc"
