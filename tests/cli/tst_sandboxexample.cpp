#include "weirrunprocess.h"

#include "sqlitedb.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

int64_t eventCountRows(const QString &db)
{
    try {
        weir::SqliteDb conn(db.toStdString(), false);
        weir::SqliteStatement count(conn, "SELECT count(*) FROM event_counts");
        return count.step() ? count.columnInt(0) : 0;
    } catch (const std::exception &) {
        return 0; // not created yet, or busy
    }
}

// "in" and "out" of one node in weir-run's final summary, -1 when it is missing.
std::pair<qint64, qint64> nodeCounts(const QString &summary, const QString &node)
{
    const QRegularExpression line("^  " + node + R"(\s+\S+\s+in (\d+)\s+out (\d+))",
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(summary);
    if (!m.hasMatch())
        return {-1, -1};
    return {m.captured(1).toLongLong(), m.captured(2).toLongLong()};
}

// Runs the sandbox example in `dir`, stops it (SIGTERM) once rows reached SQLite and
// sets `err` to what it printed on stderr.
void runUntilRowsLand(const QString &dir, const QStringList &extra, QString &err)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(weirRunPath(),
                  QStringList{sandboxExamplePipeline(), "--quiet", "--set",
                              "settings.interval=\"200ms\""}
                      + extra);
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(eventCountRows(dir + "/user_event_counts.db") > 0, 60000);
    process.terminate();
    QVERIFY(process.waitForFinished(30000));
    err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.contains("finished after"), qPrintable(err));
}

} // namespace

// The example `make run` runs: generator -> topic user_events on the in-process sandbox
// broker -> parse -> watermark -> window -> SQLite, in one weir-run process.
class tst_SandboxExample : public QObject
{
    Q_OBJECT

private slots:
    void eventsFlowThroughTheSandboxTopic();
    void restartWithACheckpointExplainsTheSandboxForgets();
};

void tst_SandboxExample::eventsFlowThroughTheSandboxTopic()
{
    QTemporaryDir dir;
    QString err;
    runUntilRowsLand(dir.path(), {}, err);
    if (QTest::currentTestFailed())
        return;
    const auto [generatorIn, generated] = nodeCounts(err, "events");
    const auto [producedIn, produced] = nodeCounts(err, "to_kafka");
    const auto [consumedIn, consumed] = nodeCounts(err, "user_events");
    const auto [parseIn, parsed] = nodeCounts(err, "parse");
    QVERIFY2(generated > 0 && produced == generated, qPrintable(err));
    QVERIFY2(consumed > 0 && consumed <= produced, qPrintable(err));
    // The generator's JSON lines reach the topic verbatim: nearly all of them parse (the
    // generator makes 0.1% malformed on purpose).
    QVERIFY2(parseIn == consumed && parsed >= consumed * 99 / 100, qPrintable(err));
    QVERIFY(eventCountRows(dir.filePath("user_event_counts.db")) > 0);
}

void tst_SandboxExample::restartWithACheckpointExplainsTheSandboxForgets()
{
    QTemporaryDir dir;
    QString first;
    runUntilRowsLand(dir.path(), {"--checkpoint", "ck"}, first);
    if (QTest::currentTestFailed())
        return;

    const WeirRunResult again =
        runWeirRun({sandboxExamplePipeline(), "--quiet", "--checkpoint", "ck"}, dir.path());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("node 'user_events': the checkpoint resumes topic 'user_events' "
                                "partition "),
             qPrintable(again.err));
    QVERIFY2(again.err.contains("the embedded sandbox broker holds 0 record(s) there"),
             qPrintable(again.err));
    QVERIFY2(again.err.contains("forgets every record when the process exits"),
             qPrintable(again.err));
    QVERIFY2(again.err.contains("Delete the checkpoint") && again.err.contains("weir-broker"),
             qPrintable(again.err));
}

QTEST_GUILESS_MAIN(tst_SandboxExample)
#include "tst_sandboxexample.moc"
