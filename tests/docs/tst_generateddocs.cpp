#include "markdownlinks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The docs readers rely on: the files weir-docgen generates are current, every relative link
// and anchor in README.md and docs/*.md leads somewhere, and docs/cli.md mentions every option
// the programs' own --help prints.
class tst_GeneratedDocs : public QObject
{
    Q_OBJECT

private slots:
    void generatedFilesAreCurrent_data();
    void generatedFilesAreCurrent();
    void anchorsFollowGithub_data();
    void anchorsFollowGithub();
    void linksResolve_data();
    void linksResolve();
    void cliReferenceNamesEveryOption_data();
    void cliReferenceNamesEveryOption();
};

namespace {

const QString kSource = QStringLiteral(WEIR_SOURCE_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output runProgram(const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(kSource);
    process.start(program, args);
    Output output;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        output.err = QStringLiteral("timed out");
        return output;
    }
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

// The options a help text names: --long ones, and -x short ones standing on their own.
QStringList optionsIn(const QString &help)
{
    static const QRegularExpression option(QStringLiteral(R"((?<![\w-])(--?[A-Za-z][\w-]*))"));
    QStringList options;
    auto it = option.globalMatch(help);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!options.contains(name))
            options << name;
    }
    return options;
}

// The part of docs/cli.md under "## `program`", up to the next "## ".
QString cliSection(const QString &doc, const QString &program)
{
    const int start = doc.indexOf(QStringLiteral("\n## `%1`").arg(program));
    if (start < 0)
        return {};
    const int end = doc.indexOf(QStringLiteral("\n## "), start + 1);
    return doc.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

void tst_GeneratedDocs::generatedFilesAreCurrent_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("file");
    QTest::newRow("node reference") << "--node-reference"
                                    << "docs/nodes.md";
    QTest::newRow("JSON Schema") << "--json-schema"
                                 << "docs/pipeline.schema.json";
    QTest::newRow("registry texts for lupdate") << "--qt-strings"
                                                << "translations/nodecatalog_strings.cpp";
}

void tst_GeneratedDocs::generatedFilesAreCurrent()
{
    QFETCH(QString, option);
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString generated = dir.filePath(QFileInfo(file).fileName());
    const Output run = runProgram(QStringLiteral(WEIR_DOCGEN), {option, generated});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray fresh = readFile(generated);
    QVERIFY(!fresh.isEmpty());
    const QString regenerate = QStringLiteral("%1 is out of date; regenerate it from the source "
                                              "folder with:\n  %2 %3 %1")
                                   .arg(file, QStringLiteral(WEIR_DOCGEN), option);
    QVERIFY2(readFile(kSource + QLatin1Char('/') + file) == fresh, qPrintable(regenerate));
}

// Anchors as github.com makes them for headings of these docs.
void tst_GeneratedDocs::anchorsFollowGithub_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("code") << "`transform.parse_json`"
                          << "transformparse_json";
    QTest::newRow("apostrophe") << "The generator's events"
                                << "the-generators-events";
    QTest::newRow("colon") << "Reading: group modes"
                           << "reading-group-modes";
    QTest::newRow("comma and slash") << "Debugging: browse, replay, preview, dead letters"
                                     << "debugging-browse-replay-preview-dead-letters";
    QTest::newRow("hyphen kept") << "Exactly-once sinks"
                                 << "exactly-once-sinks";
    QTest::newRow("link text") << "See [the docs](docs/x.md) now"
                               << "see-the-docs-now";
    QTest::newRow("symbols") << "View ▸ Language (de, fr)"
                             << "view--language-de-fr";
}

void tst_GeneratedDocs::anchorsFollowGithub()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(githubAnchor(heading), anchor);
}

void tst_GeneratedDocs::linksResolve_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("README.md") << "README.md";
    const QStringList docs = QDir(kSource + QStringLiteral("/docs"))
                                 .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &doc : docs)
        QTest::newRow(qPrintable(doc)) << QStringLiteral("docs/") + doc;
}

void tst_GeneratedDocs::linksResolve()
{
    QFETCH(QString, file);
    const QString path = kSource + QLatin1Char('/') + file;
    const QString text = QString::fromUtf8(readFile(path));
    QVERIFY(!text.isEmpty());
    QStringList broken;
    for (const MarkdownLink &link : markdownLinks(text)) {
        if (isExternalLink(link.target))
            continue;
        const int hash = link.target.indexOf(QLatin1Char('#'));
        const QString target = hash < 0 ? link.target : link.target.left(hash);
        const QString anchor = hash < 0 ? QString() : link.target.mid(hash + 1);
        const QString where = QStringLiteral("%1:%2: %3").arg(file).arg(link.line).arg(link.target);
        const QString resolved
            = target.isEmpty() ? path : QFileInfo(path).dir().absoluteFilePath(target);
        if (!QFileInfo::exists(resolved)) {
            broken << where + QStringLiteral(" (no such file)");
            continue;
        }
        if (anchor.isEmpty())
            continue;
        if (!resolved.endsWith(QLatin1String(".md"))
            || !headingAnchors(QString::fromUtf8(readFile(resolved))).contains(anchor))
            broken << where + QStringLiteral(" (no such heading)");
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void tst_GeneratedDocs::cliReferenceNamesEveryOption_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QStringList help {QStringLiteral("--help")};
    QTest::newRow("weir") << "weir" << WEIR_GUI << help << 0;
    QTest::newRow("weir-run") << "weir-run" << WEIR_RUN << help << 0;
    QTest::newRow("weir-broker") << "weir-broker" << WEIR_BROKER << help << 0;
    // weir-docgen prints its usage, with every generator option, when given none.
    QTest::newRow("weir-docgen") << "weir-docgen" << WEIR_DOCGEN << QStringList() << 2;
}

void tst_GeneratedDocs::cliReferenceNamesEveryOption()
{
    QFETCH(QString, program);
    QFETCH(QString, binary);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Output run = runProgram(binary, args);
    QCOMPARE(run.exitCode, exitCode);
    const QStringList options = optionsIn(run.out + run.err);
    QVERIFY2(options.contains(QStringLiteral("--help"))
                 || options.contains(QStringLiteral("--node-reference")),
             qPrintable(run.out + run.err));
    const QString section
        = cliSection(QString::fromUtf8(readFile(kSource + "/docs/cli.md")), program);
    QVERIFY2(!section.isEmpty(), qPrintable("docs/cli.md has no section ## `" + program + "`"));
    QStringList missing;
    for (const QString &option : options) {
        const QRegularExpression named(
            QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(QRegularExpression::escape(option)));
        if (!named.match(section).hasMatch())
            missing << option;
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable("docs/cli.md, section " + program
                        + ", does not mention: " + missing.join(", ")));
}

QTEST_GUILESS_MAIN(tst_GeneratedDocs)
#include "tst_generateddocs.moc"
