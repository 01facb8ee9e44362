#include "runoutputs.h"
#include "toolrun.h"
#include "weirrunprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QStringList kPrograms = {"weir", "weir-run", "weir-broker"};

// The packages a Depends field names, without versions or alternatives' bars.
QSet<QString> dependedPackages(const QString &field)
{
    QSet<QString> names;
    for (const QString &entry : field.split(QRegularExpression("[,|]"), Qt::SkipEmptyParts))
        names << entry.trimmed().section(' ', 0, 0);
    return names;
}

QStringList neededLibraries(const QString &binary)
{
    const ToolRun r = runProgram("readelf", {"-d", binary});
    static const QRegularExpression needed(R"(\(NEEDED\)\s+Shared library: \[([^\]]+)\])");
    QStringList libs;
    for (auto it = needed.globalMatch(r.out); it.hasNext();)
        libs << it.next().captured(1);
    return libs;
}

// The installed Debian packages that own a file named `name` (dpkg -S */name).
QSet<QString> owners(const QString &name)
{
    const ToolRun r = runProgram("dpkg", {"-S", "*/" + name});
    QSet<QString> packages;
    for (const QString &line : r.out.split('\n', Qt::SkipEmptyParts))
        for (const QString &owner : line.section(": ", 0, 0).split(", "))
            packages << owner.section(':', 0, 0).trimmed();
    return packages;
}

// "5 minutes", "1 minute", "30 seconds" in milliseconds.
qint64 durationMs(const QString &text)
{
    const QStringList parts = text.split(' ');
    const qint64 n = parts.value(0).toLongLong();
    const QString unit = parts.value(1);
    if (unit.startsWith("hour"))
        return n * 3600000;
    if (unit.startsWith("minute"))
        return n * 60000;
    return unit.startsWith("second") ? n * 1000 : -1;
}

int lineCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : -1;
}

} // namespace

// The Debian package cpack makes from this build tree: its control fields, computed
// dependencies and files, and its programs run from an unpacked root (dpkg -x), as on a
// machine that never saw the build tree.
class tst_Package : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void dependsCoverEveryLinkedLibrary();
    void filesLandInTheirPlaces();
    void programsNeedNoRunpath_data();
    void programsNeedNoRunpath();
    void weirRunVersion();
    void exampleRunsFromTheUnpackedRoot();
    void helpOfEachProgram_data();
    void helpOfEachProgram();

private:
    QString installed(const QString &path) const { return m_root + "/usr/" + path; }
    QString field(const QString &name) const;

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;
};

void tst_Package::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString out = m_work.filePath("out");
    const ToolRun cpack = runProgram(WEIR_CPACK_COMMAND,
                                     {"--config", WEIR_BINARY_DIR "/CPackConfig.cmake", "-G",
                                      "DEB", "-B", out},
                                     WEIR_BINARY_DIR, 150000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(out).entryList({"*.deb"}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = out + "/" + debs.first();
    m_root = m_work.filePath("root");
    const ToolRun unpack = runProgram("dpkg", {"-x", m_deb, m_root});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
}

QString tst_Package::field(const QString &name) const
{
    return runProgram("dpkg-deb", {"-f", m_deb, name}).out.trimmed();
}

void tst_Package::controlFields()
{
    const ToolRun info = runProgram("dpkg-deb", {"-I", m_deb});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(field("Package"), QString("weir"));
    QCOMPARE(field("Version"), QString(WEIR_VERSION));
    QCOMPARE(field("Architecture"),
             runProgram("dpkg", {"--print-architecture"}).out.trimmed());
    QVERIFY(!field("Maintainer").isEmpty());
    QVERIFY(!field("Section").isEmpty());
    // The default file name: package_version_arch.deb.
    QCOMPARE(QFileInfo(m_deb).fileName(),
             QString("weir_%1_%2.deb").arg(field("Version"), field("Architecture")));
    QVERIFY2(field("Description").contains('\n'), "no long description");
}

// Every shared library the installed programs link is owned by a package the DEB depends
// on (dpkg-shlibdeps computed them), and so is the SVG icon engine Qt loads as a plugin.
void tst_Package::dependsCoverEveryLinkedLibrary()
{
    const QSet<QString> depends = dependedPackages(field("Depends"));
    QVERIFY2(!depends.isEmpty(), "no Depends field");
    QSet<QString> needed;
    for (const QString &program : kPrograms) {
        const QStringList libs = neededLibraries(installed("bin/" + program));
        QVERIFY2(libs.contains("librdkafka.so.1"), qPrintable(program + ": " + libs.join(' ')));
        needed.unite(QSet<QString>(libs.begin(), libs.end()));
    }
    QVERIFY(needed.contains("libQt6Core.so.6")); // weir's
    for (const QString &lib : needed) {
        const QSet<QString> packages = owners(lib);
        QVERIFY2(!packages.isEmpty(), qPrintable("no package owns " + lib));
        QVERIFY2(packages.intersects(depends),
                 qPrintable(lib + " (" + QStringList(packages.values()).join(", ")
                            + ") is not in Depends: " + field("Depends")));
    }
    QVERIFY2(owners("iconengines/libqsvgicon.so").intersects(depends),
             qPrintable(field("Depends")));
}

void tst_Package::filesLandInTheirPlaces()
{
    const ToolRun listing = runProgram("dpkg-deb", {"-c", m_deb});
    QCOMPARE(listing.exitCode, 0);
    // Everything under /usr (the last column is the path; the package has no links).
    for (const QString &line : listing.out.split('\n', Qt::SkipEmptyParts)) {
        const QString path = line.section(' ', -1);
        QVERIFY2(path == "./" || path.startsWith("./usr/"), qPrintable(line));
    }
    const QString id = "io.github.weir.Weir";
    QStringList expected = {"share/applications/" + id + ".desktop",
                            "share/metainfo/" + id + ".metainfo.xml",
                            "share/mime/packages/" + id + ".xml",
                            "share/icons/hicolor/scalable/apps/" + id + ".svg",
                            "share/weir/grafana/weir-dashboard.json",
                            "share/doc/weir/README.md"};
    for (const QString &program : kPrograms)
        expected << "bin/" + program << "share/man/man1/" + program + ".1.gz";
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        expected << QString("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
    for (const QString &path : expected)
        QVERIFY2(QFileInfo::exists(installed(path)), qPrintable(path));
    for (const QString &program : kPrograms)
        QVERIFY(QFileInfo(installed("bin/" + program)).isExecutable());
    // Every example pipeline, byte for byte.
    const QDir examples(WEIR_SOURCE_DIR "/resources/examples");
    const QStringList names = examples.entryList({"*.weir.json"}, QDir::Files);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names) {
        QFile source(examples.filePath(name));
        QFile copy(installed("share/weir/examples/" + name));
        QVERIFY2(source.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly),
                 qPrintable(name));
        QCOMPARE(copy.readAll(), source.readAll());
    }
}

void tst_Package::programsNeedNoRunpath_data()
{
    QTest::addColumn<QString>("program");
    for (const QString &program : kPrograms)
        QTest::newRow(qPrintable(program)) << program;
}

// Weir links its own libraries statically: nothing may point into the build tree.
void tst_Package::programsNeedNoRunpath()
{
    QFETCH(QString, program);
    const ToolRun r = runProgram("readelf", {"-d", installed("bin/" + program)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains("RPATH") && !r.out.contains("RUNPATH"), qPrintable(r.out));
    QVERIFY(!r.out.contains(WEIR_BINARY_DIR));
}

void tst_Package::weirRunVersion()
{
    const ToolRun r = runProgram(installed("bin/weir-run"), {"--version"}, m_work.path());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QString("weir-run " WEIR_VERSION));
}

// The installed generator example, bounded and deterministic, run by the installed weir-run
// in a fresh directory (its sinks write relative paths). Each event that parsed and was not
// late counts in size/slide sliding windows; the build tree's weir-run gives the same rows.
void tst_Package::exampleRunsFromTheUnpackedRoot()
{
    const int events = 20000;
    const QStringList args = {"--once", "--quiet", "--set", QString("events.count=%1").arg(events),
                              "--set", "events.rate=0", "--set",
                              "events.start_time=\"2026-01-01T00:00:00Z\""};
    const QString example = installed("share/weir/examples/user_events_generator.weir.json");
    QTemporaryDir dir;
    const ToolRun r = runProgram(installed("bin/weir-run"), QStringList{example} + args,
                                 dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QString("%1 events in").arg(events)), qPrintable(r.err));

    QFile file(example);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qint64 size = -1;
    qint64 slide = -1;
    for (const QJsonValue node : QJsonDocument::fromJson(file.readAll())["nodes"].toArray()) {
        if (node["id"].toString() != "counts")
            continue;
        size = durationMs(node["params"]["size"].toString());
        slide = durationMs(node["params"]["slide"].toString());
    }
    QVERIFY(size > 0 && slide > 0 && size % slide == 0);
    const int deadLetters = lineCount(dir.filePath("dead_letters.ndjson"));
    const int late = lineCount(dir.filePath("late_events.ndjson"));
    QVERIFY2(deadLetters > 0 && late >= 0, "the generator makes some malformed events");
    weir::SqliteDb db(dir.filePath("user_event_counts.db").toStdString(), false);
    weir::SqliteStatement sum(db, "SELECT sum(event_count) FROM event_counts");
    QVERIFY(sum.step());
    QCOMPARE(sum.columnInt(0), int64_t(events - deadLetters - late) * (size / slide));

    QTemporaryDir reference;
    const auto built = runWeirRun(QStringList{examplePipeline()} + args, reference.path());
    QVERIFY2(built.exitCode == 0, qPrintable(built.err));
    const QStringList rows = eventCountRows(dir.filePath("user_event_counts.db"));
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows, eventCountRows(reference.filePath("user_event_counts.db")));
}

void tst_Package::helpOfEachProgram_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("builtPath");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("weir") << "weir" << WEIR_BINARY_DIR "/app/weir/weir"
                          << QStringList{"--template", "--run", "--scratch-dir", "--theme"};
    QTest::newRow("weir-run") << "weir-run" << WEIR_BINARY_DIR "/app/weir-run/weir-run"
                              << QStringList{"--once", "--set", "--checkpoint", "--replay"};
    QTest::newRow("weir-broker") << "weir-broker"
                                 << WEIR_BINARY_DIR "/app/weir-broker/weir-broker"
                                 << QStringList{"--brokers", "--partitions", "--topic"};
}

// The installed programs start (weir on the offscreen platform CTest sets) and print the same
// options as the ones of this build tree.
void tst_Package::helpOfEachProgram()
{
    QFETCH(QString, program);
    QFETCH(QString, builtPath);
    QFETCH(QStringList, expected);
    const ToolRun r = runProgram(installed("bin/" + program), {"--help"}, m_work.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList options = optionsNamed(r.out);
    for (const QString &option : expected + QStringList{"--help", "--version"})
        QVERIFY2(options.contains(option), qPrintable(option + " not in\n" + r.out));
    const ToolRun built = runProgram(builtPath, {"--help"}, m_work.path());
    QCOMPARE(built.exitCode, 0);
    QCOMPARE(options, optionsNamed(built.out));
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
