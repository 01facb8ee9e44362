// Every text the designer shows goes through a translation. The test compiles a pseudo
// translation, each message's letters turned into their full-width forms (markup and
// placeholders kept), loads it like a real language, opens the window on the article
// pipeline with every panel and each node's properties, and the About dialog; then any
// ASCII word left is a text that no translator can reach. Data is allowed: the pipeline's own ids, names and values, node type ids,
// parameter and port names, and the names of products and formats.
#include "../app/windowtesting.h"
#include "aboutdialog.h"
#include "designeractions.h"
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "language.h"
#include "noderegistry.h"
#include "nodeitem.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "showntexts.h"
#include "tsfile.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamWriter>

using namespace weir;

namespace {

// The source with every ASCII letter outside markup, entities and placeholders replaced by
// its full-width form (U+FF21...): still readable, never taken for an English word.
QString pseudo(const QString &source)
{
    static const QRegularExpression kept(QStringLiteral("<[^>]*>|&[a-z]+;|%L?(\\d+|n)"));
    QString out;
    qsizetype at = 0;
    auto widen = [&out](QStringView text) {
        for (const QChar c : text)
            out += c.isLetter() && c.unicode() < 128 ? QChar(c.unicode() - 'A' + 0xff21) : c;
    };
    for (auto it = kept.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        widen(QStringView(source).mid(at, match.capturedStart() - at));
        out += match.captured();
        at = match.capturedEnd();
    }
    widen(QStringView(source).mid(at));
    return out;
}

// Product, format and library names, which no language translates.
const QStringList kNames = {
    "Weir", "Kafka", "SQLite", "JSON", "NDJSON", "Prometheus", "Grafana", "Qt", "CSV", "PNG",
    "UTC", "ISO", "librdkafka", "kcat", "Zipf", "PromQL", "SVG", "URL", "HTTP", "TLS", "SASL",
    // Key names in shortcuts, which Qt's own translation (qtbase_*.qm) shows in each language.
    "Ctrl", "Shift", "Alt", "Meta", "Del", "Ins", "Home", "End", "Esc", "Space",
    // SI unit symbols (d, h, s and ms are too short to be taken for words).
    "min"};

bool writePseudoTs(const TsFile &source, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QXmlStreamWriter xml(&file);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), QStringLiteral("de"));
    for (const TsMessage &m : source.messages) {
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), m.context);
        xml.writeStartElement(QStringLiteral("message"));
        if (m.numerus)
            xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(QStringLiteral("comment"), m.comment);
        const QString translation = pseudo(m.source);
        if (m.numerus) {
            xml.writeStartElement(QStringLiteral("translation"));
            xml.writeTextElement(QStringLiteral("numerusform"), translation);
            xml.writeTextElement(QStringLiteral("numerusform"), translation);
            xml.writeEndElement();
        } else {
            xml.writeTextElement(QStringLiteral("translation"), translation);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return !xml.hasError();
}

// The words of a pipeline file and of the registry a window may show as they are.
QSet<QString> dataWords(const std::string &pipelineText)
{
    QSet<QString> words;
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_.]*"));
    auto add = [&words](const QString &text) {
        for (auto it = word.globalMatch(text); it.hasNext();)
            words.insert(it.next().captured());
    };
    add(QString::fromStdString(pipelineText));
    for (const NodeTypeInfo &type : NodeRegistry::instance().types()) {
        add(QString::fromStdString(type.type));
        for (const ParamInfo &param : type.params) {
            add(QString::fromStdString(param.name));
            add(QString::fromStdString(param.defaultValue.dump()));
            for (const std::string &value : param.allowed)
                add(QString::fromStdString(value));
        }
        for (const PortInfo &port : type.outputs)
            add(QString::fromStdString(port.name));
    }
    for (const ParamInfo &setting : pipelineSettings()) {
        add(QString::fromStdString(setting.name));
        add(QString::fromStdString(setting.defaultValue.dump()));
        for (const std::string &value : setting.allowed)
            add(QString::fromStdString(value));
    }
    for (const QString &name : kNames)
        words.insert(name);
    // Each language's own name in the Language menu; the templates' descriptions (files).
    for (const Language &language : languages())
        add(language.nativeName);
    for (const QFileInfo &file : QDir(QStringLiteral(":/templates")).entryInfoList()) {
        QFile text(file.filePath());
        if (text.open(QIODevice::ReadOnly))
            add(QString::fromUtf8(text.readAll()));
    }
    return words;
}

// What is left of a text once the translated parts, markup and data are taken out.
QString residue(QString text, const QSet<QString> &allowed)
{    // Markup, entities, and paths or addresses filled in (a folder, a URL).
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|\\S*/\\S*"));
    text.replace(markup, QStringLiteral(" "));
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_.]*"));
    QStringList left;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() >= 3 && !allowed.contains(w) && !w.contains(QLatin1Char('_'))
            && !w.contains(QLatin1Char('.')))
            left << w;
    }
    return left.join(QLatin1Char(' '));
}

} // namespace

class tst_UntranslatedText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow();
    void afterARun();
    void aboutDialog();

private:
    void check(QWidget *root, const QSet<QString> &allowed);
    void verifyNoneLeft();

    QStringList m_untranslated;
    QTemporaryDir m_dir;
    QTranslator m_translator;
};

void tst_UntranslatedText::initTestCase()
{
    useTestSettings();
    const TsFile source = readTsFile(QStringLiteral(WEIR_SOURCE_DIR "/translations/weir_de.ts"));
    QVERIFY2(source.error.isEmpty(), qPrintable(source.error));
    const QString ts = m_dir.filePath(QStringLiteral("pseudo.ts"));
    const QString qm = m_dir.filePath(QStringLiteral("pseudo.qm"));
    QVERIFY(writePseudoTs(source, ts));
    QProcess lrelease;
    lrelease.start(QStringLiteral(WEIR_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
    QVERIFY(lrelease.waitForFinished(60000));
    QCOMPARE(lrelease.exitCode(), 0);
    QVERIFY(m_translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    // The pseudo translation is in force: a known text comes out marked.
    QCOMPARE(QCoreApplication::translate("weir::DesignerActions", "&File"),
             QStringLiteral("&\uff26\uff49\uff4c\uff45"));
}

void tst_UntranslatedText::mainWindow()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.document()->openTemplate(templatePath(QStringLiteral("user_events"))),
             QString());
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    const QSet<QString> allowed = dataWords(window.model()->toFileText());
    // Each node's properties in turn, then none (the pipeline's settings).
    for (const PipelineNode &node : window.model()->nodes()) {
        window.scene()->selectNodes({node.id});
        QCoreApplication::processEvents();
        check(&window, allowed);
    }
    window.scene()->selectNodes({});
    QCoreApplication::processEvents();
    check(&window, allowed);
    verifyNoneLeft();
}

// What a run adds: figures on the nodes, the status line, the log, the monitor.
void tst_UntranslatedText::afterARun()
{
    QTemporaryDir scratch;
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.document()->setScratchDirectory(scratch.path());
    QCOMPARE(window.document()->openTemplate(templatePath(QStringLiteral("user_events_generator"))),
             QString());
    window.editor()->setParam(QStringLiteral("events"), QStringLiteral("count"), 20000);
    window.editor()->setParam(QStringLiteral("events"), QStringLiteral("rate"), 0);
    window.actions()->runOnce->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.engine()->state(), RunState::Finished, 60000);
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->show();
    QCoreApplication::processEvents();

    const QSet<QString> allowed = dataWords(window.model()->toFileText());
    check(&window, allowed);
    for (const PipelineNode &node : window.model()->nodes()) {
        const QString figures = window.scene()->nodeItem(node.id)->figuresText();
        QVERIFY(!figures.isEmpty());
        const QString left = residue(figures, allowed);
        if (!left.isEmpty())
            m_untranslated << QStringLiteral("figures of %1: \"%2\" (%3)").arg(node.id, figures, left);
    }
    verifyNoneLeft();
}

void tst_UntranslatedText::aboutDialog()
{
    AboutDialog dialog;
    QSet<QString> allowed = dataWords({});
    // The libraries' names, versions, licences and notices are what they are.
    const QString report = dialog.versionReport();
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_.]*"));
    for (auto it = word.globalMatch(report); it.hasNext();)
        allowed.insert(it.next().captured());
    check(&dialog, allowed);
    verifyNoneLeft();
}

void tst_UntranslatedText::check(QWidget *root, const QSet<QString> &allowed)
{
    for (const ShownText &shown : shownTexts(root)) {
        const QString left = residue(shown.text, allowed);
        // Legal notices stay as their authors wrote them.
        const bool notice = shown.where.contains(QLatin1String("'notice'"));
        if (!left.isEmpty() && !shown.qtOwn && !notice)
            m_untranslated << QStringLiteral("%1: \"%2\" (%3)").arg(shown.where, shown.text, left);
    }
    m_untranslated.removeDuplicates();
}

void tst_UntranslatedText::verifyNoneLeft()
{
    const QStringList found = std::exchange(m_untranslated, {});
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 text(s) not translatable:\n%2")
                                             .arg(found.size())
                                             .arg(found.join(QLatin1Char('\n')))));
}

QTEST_MAIN(tst_UntranslatedText)
#include "tst_untranslatedtext.moc"
