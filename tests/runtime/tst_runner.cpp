#include "runnertesting.h"

#include "pipelinerunner.h"
#include "sqlitedb.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace weir;

namespace {

const NodeStats &node(const MetricsSnapshot &s, const std::string &id)
{
    for (const NodeStats &n : s.nodes) {
        if (n.id == id)
            return n;
    }
    throw std::runtime_error("no node " + id);
}

int64_t sumOfCounts(const std::string &db)
{
    SqliteDb conn(db, false);
    SqliteStatement sum(conn, "SELECT coalesce(sum(n), 0) FROM results");
    sum.step();
    return sum.columnInt(0);
}

} // namespace

class tst_Runner : public QObject
{
    Q_OBJECT

private slots:
    void countersReachTheInputSize();
    void pauseFillsTheBoundedQueueAndStopsCommits();
    void stopCommitsTheBatchInFlight();
    void continuousTriggerProcessesEverything();
    void invalidPipelineIsRefusedAtStart();
    void maxRateLimitsAFileSource();
};

void tst_Runner::countersReachTheInputSize()
{
    QTemporaryDir dir;
    const int64_t n = 20000;
    PipelineRunner runner(smallPipeline(dir.path().toStdString(), n, 0));
    runner.start();
    QVERIFY(runner.waitFor(std::chrono::seconds(60)));
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state == RunState::Finished, s.error.c_str());
    QCOMPARE(s.eventsIn, uint64_t(n));
    QCOMPARE(node(s, "events").out, uint64_t(n));
    QCOMPARE(node(s, "parse").in, uint64_t(n));
    QCOMPARE(node(s, "parse").out + node(s, "parse").errors, uint64_t(n));
    QVERIFY(node(s, "parse").errors > 0);
    QCOMPARE(node(s, "dead").out, node(s, "parse").errors);
    QCOMPARE(node(s, "win").in, node(s, "parse").out);
    QCOMPARE(s.errors, node(s, "parse").errors);
    QVERIFY(s.latencyP50Ms > 0);
    QVERIFY(s.latencyP50Ms <= s.latencyP95Ms && s.latencyP95Ms <= s.latencyP99Ms);
    QVERIFY(s.batchId >= 0);
    // Every parsed event is counted in exactly one tumbling window (none are late here:
    // the generator's default late fraction is tiny, so count them from the snapshot).
    QCOMPARE(uint64_t(sumOfCounts(dir.filePath("out.db").toStdString())) + node(s, "win").late,
             node(s, "parse").out);
}

void tst_Runner::pauseFillsTheBoundedQueueAndStopsCommits()
{
    QTemporaryDir dir;
    Pipeline p = smallPipeline(dir.path().toStdString(), 0, 0); // unbounded, unthrottled
    p.settings["queue_capacity"] = 50000;
    PipelineRunner runner(p, {.chunkRecords = 1000});
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.snapshot().batchId >= 1, 30000);
    runner.pause();
    QTRY_VERIFY_WITH_TIMEOUT(runner.snapshot().state == RunState::Paused, 10000);
    const int64_t pausedAt = runner.snapshot().batchId;
    // Backpressure: the reader fills the queue to its bound and then waits.
    QTRY_VERIFY_WITH_TIMEOUT(runner.snapshot().queueDepth >= 49000, 30000);
    const MetricsSnapshot paused = runner.snapshot();
    QVERIFY(paused.queueDepth <= 50000);
    QCOMPARE(paused.batchId, pausedAt);
    runner.resume();
    QTRY_VERIFY_WITH_TIMEOUT(runner.snapshot().batchId > pausedAt, 30000);
    runner.requestStop();
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
    QCOMPARE(runner.snapshot().state, RunState::Finished);
}

void tst_Runner::stopCommitsTheBatchInFlight()
{
    QTemporaryDir dir;
    const std::string checkpoint = dir.filePath("ck").toStdString();
    PipelineRunner runner(smallPipeline(dir.path().toStdString(), 0, 50000),
                          {.checkpointPath = checkpoint});
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.snapshot().batchId >= 2, 30000);
    runner.requestStop();
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
    const MetricsSnapshot s = runner.snapshot();
    QCOMPARE(s.state, RunState::Finished);
    // What the sink holds is what the checkpoint says was committed.
    SqliteDb db(dir.filePath("out.db").toStdString(), false);
    SqliteStatement last(db, "SELECT batch_id FROM _weir_sink_batches");
    QVERIFY(last.step());
    QCOMPARE(last.columnInt(0), s.batchId);
    SqliteDb ck(checkpoint, false);
    SqliteStatement commit(ck, "SELECT max(batch_id) FROM commits");
    QVERIFY(commit.step());
    QCOMPARE(commit.columnInt(0), s.batchId);
}

void tst_Runner::continuousTriggerProcessesEverything()
{
    QTemporaryDir dir;
    PipelineRunner runner(smallPipeline(dir.path().toStdString(), 30000, 0),
                          {.trigger = Trigger::Continuous});
    runner.start();
    QVERIFY(runner.waitFor(std::chrono::seconds(60)));
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state == RunState::Finished, s.error.c_str());
    QCOMPARE(s.eventsIn, uint64_t(30000));
}

void tst_Runner::invalidPipelineIsRefusedAtStart()
{
    QTemporaryDir dir;
    Pipeline p = smallPipeline(dir.path().toStdString(), 10, 0);
    p.node("wm")->params["event_time"] = "user_id"; // a string, not a timestamp
    PipelineRunner runner(p);
    try {
        runner.start();
        QFAIL("a watermark on a string field must be refused");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().front().node, std::string("wm"));
    }
}

void tst_Runner::maxRateLimitsAFileSource()
{
    QTemporaryDir dir;
    const std::string input = dir.filePath("in.ndjson").toStdString();
    {
        std::ofstream out(input);
        for (int i = 0; i < 300; ++i)
            out << "{\"i\":" << i << "}\n";
    }
    Pipeline p;
    p.name = "rate";
    p.settings = {{"interval", "20ms"}};
    p.nodes = {{"lines", "source.file", {{"path", input}, {"max_rate", 500}}, std::nullopt},
               {"copy", "sink.file", {{"path", dir.filePath("out.ndjson").toStdString()}},
                std::nullopt}};
    p.edges = {{"lines", "out", "copy"}};
    QElapsedTimer timer;
    timer.start();
    PipelineRunner runner(p);
    runner.start();
    // Part of the file is through while the rest waits for the limiter.
    QTRY_VERIFY_WITH_TIMEOUT(runner.snapshot().eventsIn > 0 && runner.snapshot().eventsIn < 300,
                             10000);
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
    QCOMPARE(runner.snapshot().eventsIn, uint64_t(300));
    // 300 records at 500/s with a burst of 50: at least (300 - 50) / 500 s.
    QVERIFY2(timer.elapsed() >= 500, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_Runner)
#include "tst_runner.moc"
