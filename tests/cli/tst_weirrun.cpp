#include "weirrunprocess.h"

#include "sqlitedb.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

namespace {

int64_t lastBatch(const QString &db, const char *sql)
{
    try {
        weir::SqliteDb conn(db.toStdString(), false);
        weir::SqliteStatement select(conn, sql);
        return select.step() && !select.columnIsNull(0) ? select.columnInt(0) : -1;
    } catch (const std::exception &) {
        return -1;
    }
}

void writeLines(const QString &path, int first, int count)
{
    std::ofstream out(path.toStdString(), std::ios::trunc);
    for (int i = first; i < first + count; ++i)
        out << "{\"i\":" << i << "}\n";
}

int lineCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
}

} // namespace

class tst_WeirRun : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void badInput_data();
    void badInput();
    void validateExample();
    void readOnlySinkLocationFails();
    void onceRunsTheExampleToTheEnd();
    void sigtermStopsWithAFinalCheckpoint();
    void foreignCheckpointIsRefused();
    void printsSourceNotices();
};

void tst_WeirRun::version()
{
    const auto r = runWeirRun({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("weir-run "), qPrintable(r.out));
}

void tst_WeirRun::help()
{
    const auto r = runWeirRun({"--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--once", "--duration", "--set", "--checkpoint", "--metrics-addr",
                               "--validate", "--version"})
        QVERIFY2(r.out.contains(option), option);
}

void tst_WeirRun::badInput_data()
{
    QTest::addColumn<QString>("fileText"); // empty: the path does not exist
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QStringList>("expectedInError");

    QTest::newRow("malformed json") << "{\n  \"format\": \"weir-pipeline\",\n  \"nodes\": [\n}\n"
                                    << QStringList() << QStringList{"line 4"};
    QTest::newRow("unknown node type")
        << R"({"format": "weir-pipeline", "version": 1, "nodes": [
              {"id": "src", "type": "source.generator", "params": {}},
              {"id": "magic", "type": "transform.teleport", "params": {}}],
              "edges": [{"from": "src", "port": "out", "to": "magic"}]})"
        << QStringList() << QStringList{"magic", "transform.teleport"};
    QTest::newRow("unreadable path") << QString() << QStringList()
                                     << QStringList{"does-not-exist.weir.json"};
    QTest::newRow("set on a missing node")
        << QString() << QStringList{"--set", "nosuchnode.rate=5"} << QStringList{"nosuchnode"};
    QTest::newRow("usage error") << QString() << QStringList{"--bogus"}
                                 << QStringList{"unknown option '--bogus'"};
}

void tst_WeirRun::badInput()
{
    QFETCH(QString, fileText);
    QFETCH(QStringList, extraArgs);
    QFETCH(QStringList, expectedInError);
    QTemporaryDir dir;
    QString path = dir.filePath("does-not-exist.weir.json");
    if (!fileText.isEmpty()) {
        path = dir.filePath("bad.weir.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(fileText.toUtf8());
    } else if (!extraArgs.isEmpty()) {
        path = examplePipeline();
    }
    const auto r = runWeirRun(QStringList{path} + extraArgs);
    QCOMPARE(r.exitCode, 2);
    for (const QString &text : expectedInError)
        QVERIFY2(r.err.contains(text), qPrintable(r.err));
}

void tst_WeirRun::validateExample()
{
    const auto r = runWeirRun({examplePipeline(), "--validate"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("valid"));
}

void tst_WeirRun::readOnlySinkLocationFails()
{
    QTemporaryDir dir;
    const auto r = runWeirRun({examplePipeline(), "--once", "--set", "events.count=1000",
                               "--set", "sink.path=/proc/weir-test/out.db"},
                              dir.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("/proc/weir-test/out.db"), qPrintable(r.err));
    QVERIFY2(r.err.contains("sink"), qPrintable(r.err));
}

void tst_WeirRun::onceRunsTheExampleToTheEnd()
{
    QTemporaryDir dir;
    const auto r = runWeirRun({examplePipeline(), "--once", "--quiet", "--set", "events.count=50000",
                               "--set", "events.rate=0", "--set",
                               "events.start_time=\"2026-01-01T00:00:00Z\""},
                              dir.path());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("50000 events in"), qPrintable(r.err));
    QVERIFY(QFile::exists(dir.filePath("user_event_counts.db")));
}

void tst_WeirRun::sigtermStopsWithAFinalCheckpoint()
{
    QTemporaryDir dir;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(weirRunPath(), {examplePipeline(), "--checkpoint", "ck", "--set",
                                  "settings.interval=\"100ms\""});
    QVERIFY(process.waitForStarted());
    const QString sinkDb = dir.filePath("user_event_counts.db");
    QTRY_VERIFY_WITH_TIMEOUT(lastBatch(sinkDb, "SELECT batch_id FROM _weir_sink_batches") >= 2,
                             30000);
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains("stopping"), qPrintable(err));
    QVERIFY2(err.contains("finished after"), qPrintable(err));
    // The sink and the checkpoint agree on the last batch: nothing half-done.
    QCOMPARE(lastBatch(sinkDb, "SELECT batch_id FROM _weir_sink_batches"),
             lastBatch(dir.filePath("ck"), "SELECT max(batch_id) FROM commits"));
}

void tst_WeirRun::foreignCheckpointIsRefused()
{
    QTemporaryDir dir;
    const QString notes = dir.filePath("notes.txt");
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my notes, not a checkpoint\n");
    }
    const auto r = runWeirRun({examplePipeline(), "--once", "--set", "events.count=100",
                               "--checkpoint", notes},
                              dir.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not a Weir checkpoint"), qPrintable(r.err));
    QVERIFY2(r.err.contains(notes), qPrintable(r.err));
    QFile f(notes);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("my notes, not a checkpoint\n")); // untouched
    QVERIFY(!QFile::exists(dir.filePath("user_event_counts.db"))); // nothing ran
}

// A followed file that is truncated: weir-run says so on stderr, naming the source node.
void tst_WeirRun::printsSourceNotices()
{
    QTemporaryDir dir;
    const QString input = dir.filePath("in.ndjson");
    const QString output = dir.filePath("out.ndjson");
    writeLines(input, 0, 20);
    const QString pipeline = dir.filePath("follow.weir.json");
    {
        QFile f(pipeline);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "weir-pipeline", "version": 1, "name": "follow",
            "settings": {"interval": "50ms"},
            "nodes": [
              {"id": "lines", "type": "source.file",
               "params": {"path": "in.ndjson", "follow": true, "poll_interval": "10ms"}},
              {"id": "copy", "type": "sink.file", "params": {"path": "out.ndjson"}}],
            "edges": [{"from": "lines", "port": "out", "to": "copy"}]})");
    }
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(weirRunPath(), {pipeline, "--quiet"});
    QVERIFY(process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(lineCount(output), 20, 20000);
    writeLines(input, 100, 2); // shorter than what was read
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process.readAllStandardError()))
                                 .contains("was truncated to"),
                             20000);
    QVERIFY2(err.contains("weir-run: source 'lines': 'in.ndjson' was truncated to"),
             qPrintable(err));
    QTRY_COMPARE_WITH_TIMEOUT(lineCount(output), 22, 20000);
    process.terminate();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_WeirRun)
#include "tst_weirrun.moc"
