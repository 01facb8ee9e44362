// Exactly-once across crashes: weir-run is SIGKILLed at random moments and started
// again on the same checkpoint until it finishes; its SQLite table and dead-letter
// and late files must equal those of a run that was never interrupted.
#include "weirrunprocess.h"

#include "runoutputs.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace weir;

namespace {

QStringList runArgs(const QString &dir)
{
    return {examplePipeline(),
            "--quiet",
            "--checkpoint", dir + "/run.checkpoint",
            "--set", "events.count=150000",
            "--set", "events.rate=50000",
            "--set", "events.time_rate=500",
            "--set", "events.start_time=\"2026-01-01T00:00:00Z\"",
            "--set", "settings.interval=\"100ms\"",
            "--set", "sink.path=\"" + dir + "/counts.db\"",
            "--set", "dead_letters.path=\"" + dir + "/dead.ndjson\"",
            "--set", "late_events.path=\"" + dir + "/late.ndjson\""};
}

} // namespace

class tst_KillRestart : public QObject
{
    Q_OBJECT

private slots:
    void killedRunsEndLikeAnUninterruptedOne();
};

void tst_KillRestart::killedRunsEndLikeAnUninterruptedOne()
{
    QTemporaryDir reference;
    const auto clean = runWeirRun(runArgs(reference.path()), reference.path(), 300000);
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
    const QStringList expected = eventCountRows(reference.path() + "/counts.db");
    QVERIFY(expected.size() > 20);

    QTemporaryDir crashed;
    std::mt19937 rng(20261125);
    int kills = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess process;
        process.setWorkingDirectory(crashed.path());
        process.start(weirRunPath(), runArgs(crashed.path()));
        QVERIFY(process.waitForStarted());
        // Kill once the run has committed a little more (a random amount), then after
        // a random extra moment, so kills land in every phase of a batch.
        const int64_t target = committedBatch(crashed.path() + "/counts.db") + 1 + int64_t(rng() % 4);
        QElapsedTimer timer;
        timer.start();
        while (process.state() == QProcess::Running && committedBatch(crashed.path() + "/counts.db") < target
               && timer.elapsed() < 60000)
            process.waitForFinished(5);
        if (process.state() != QProcess::Running)
            break; // it finished before the kill
        QTest::qWait(int(rng() % 120));
        if (process.state() != QProcess::Running)
            break;
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));
        ++kills;
    }
    QVERIFY2(kills >= 3, "the test must really interrupt the run");
    const auto last = runWeirRun(runArgs(crashed.path()), crashed.path(), 300000);
    QVERIFY2(last.exitCode == 0, qPrintable(last.err));

    QCOMPARE(eventCountRows(crashed.path() + "/counts.db"), expected);
    QCOMPARE(sortedLines(crashed.path() + "/dead.ndjson"), sortedLines(reference.path() + "/dead.ndjson"));
    QCOMPARE(sortedLines(crashed.path() + "/late.ndjson"), sortedLines(reference.path() + "/late.ndjson"));
    QVERIFY(!sortedLines(reference.path() + "/dead.ndjson").isEmpty());
}

QTEST_GUILESS_MAIN(tst_KillRestart)
#include "tst_killrestart.moc"
