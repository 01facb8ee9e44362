// OffsetCommit faults while a pipeline runs: source.kafka -> parse_json -> sink.sqlite
// (append), over an in-process 3-broker SandboxBroker. The checkpoint owns the positions
// and the consumer group's offsets only follow it for monitoring, so failed commits must
// neither fail the run nor lose or duplicate a record; once the errors stop, the group's
// committed offsets catch up with the end of the topic.
#include "../common/kafkatosqlite.h"
#include "../kafkasource/kafkatesting.h"

#include "kafkaadmin.h"
#include "pipeline.h"
#include "pipelinerunner.h"
#include "sandboxbroker.h"
#include "sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <functional>
#include <map>
#include <thread>

using namespace weir;

namespace {

constexpr int kPartitions = 4;
constexpr int16_t kOffsetCommit = 8;
const char *const kTopic = "commits";
const char *const kGroup = "weir-commit-faults";

std::string value(int id)
{
    return "{\"id\":" + std::to_string(id) + "}";
}

Pipeline pipeline(const std::string &dir, const std::string &servers)
{
    return kafkaToSqlite("kafka_commit_faults",
                         {{"bootstrap_servers", servers},
                          {"topics", Json::array({kTopic})},
                          {"group_id", kGroup},
                          {"starting_offsets", "earliest"}},
                         Json::array({{{"name", "id"}, {"type", "int"}}}), dir + "/out.db",
                         {{"trigger", "processing_time"}, {"interval", "50ms"},
                          {"checkpoint", dir + "/checkpoint"}});
}

// "p0=12/12 p1=..." (committed/end); `caughtUp` is set when every partition of the topic
// has a committed offset equal to its end.
std::string groupProgress(KafkaAdmin &admin, int total, bool &caughtUp)
{
    caughtUp = false;
    const GroupInfo group = admin.groupOffsets(kGroup, std::chrono::seconds(5));
    std::string text;
    int64_t committed = 0;
    int behind = 0;
    for (const GroupPartition &p : group.partitions) {
        if (p.topic != kTopic)
            continue;
        text += " p" + std::to_string(p.partition) + "=" + std::to_string(p.committed) + "+"
                + std::to_string(p.lag);
        committed += p.committed;
        behind += p.lag > 0;
    }
    caughtUp = committed == total && behind == 0;
    return text.empty() ? " no committed offsets" : text;
}

} // namespace

class tst_KafkaCommitFaults : public QObject
{
    Q_OBJECT

private slots:
    void groupOffsetsCatchUpAfterCommitErrors_data();
    void groupOffsetsCatchUpAfterCommitErrors();
};

void tst_KafkaCommitFaults::groupOffsetsCatchUpAfterCommitErrors_data()
{
    QTest::addColumn<std::vector<int>>("errors");
    // true: the errors hit the commits of the last records, after which nothing new arrives.
    QTest::addColumn<bool>("atTheTail");
    const std::vector<int> mixed = {
        RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE,
        RD_KAFKA_RESP_ERR_NOT_COORDINATOR, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
        RD_KAFKA_RESP_ERR_NOT_COORDINATOR, RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE};
    QTest::newRow("while records flow") << mixed << false;
    QTest::newRow("timed out, last commit")
        << std::vector<int>{RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT} << true;
    QTest::newRow("coordinator not available, last commit")
        << std::vector<int>{RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE} << true;
    QTest::newRow("not coordinator, last commit")
        << std::vector<int>{RD_KAFKA_RESP_ERR_NOT_COORDINATOR} << true;
    QTest::newRow("ten timeouts in a row, last commit")
        << std::vector<int>(10, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT) << true;
    // librdkafka retries the errors above itself. This one it does not: the source sends
    // the failed commit again while it is idle (the engine commits again only when new
    // records arrive), so the group catches up even with no further input.
    QTest::newRow("unknown member (resent by the source), last commit")
        << std::vector<int>{RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID} << true;
}

void tst_KafkaCommitFaults::groupOffsetsCatchUpAfterCommitErrors()
{
    QFETCH(std::vector<int>, errors);
    QFETCH(bool, atTheTail);
    SandboxBroker broker(3, kPartitions);
    broker.createTopic(kTopic, kPartitions);
    for (int p = 0; p < kPartitions; ++p)
        broker.setPartitionLeader(kTopic, p, 1 + p % 3);
    const std::string servers = broker.bootstrapServers();

    TestProducer producer(servers);
    int next = 0;
    auto produce = [&](int count) {
        for (int i = 0; i < count; ++i, ++next)
            producer.produce(kTopic, next % kPartitions, std::nullopt, value(next));
        producer.flush();
    };
    produce(2000);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    PipelineRunner runner(pipeline(path, servers));
    runner.start();
    std::string why;
    auto readAll = [&] { return runner.snapshot().eventsIn >= uint64_t(next); };
    KafkaAdmin admin(servers);
    bool caughtUp = false;
    std::string progress;
    auto groupCaughtUp = [&] {
        progress = groupProgress(admin, next, caughtUp);
        return caughtUp;
    };

    if (atTheTail) {
        QVERIFY2(waitForRunner(runner, readAll, std::chrono::seconds(60), why), why.c_str());
        QVERIFY2(waitForRunner(runner, groupCaughtUp, std::chrono::seconds(60), why),
                 (why + progress).c_str());
        broker.pushRequestErrors(kOffsetCommit, errors);
        produce(kPartitions); // one more record per partition; its commit meets the errors
    } else {
        QVERIFY2(waitForRunner(runner, [&] { return runner.snapshot().eventsIn > 0; },
                           std::chrono::seconds(30), why),
                 why.c_str());
        broker.pushRequestErrors(kOffsetCommit, errors);
        // Each round is read by a batch of its own, whose commit meets the next error.
        for (size_t round = 0; round < errors.size() + 2; ++round) {
            produce(200);
            QVERIFY2(waitForRunner(runner, readAll, std::chrono::seconds(60), why), why.c_str());
        }
    }
    const int total = next;
    QVERIFY2(waitForRunner(runner, readAll, std::chrono::seconds(60), why), why.c_str());
    const std::string db = path + "/out.db";
    QVERIFY2(waitForRunner(runner, [&] { return recordCount(db) >= total; }, std::chrono::seconds(60),
                       why),
             why.c_str());
    // The errors are spent (or cleared), nothing new arrives: the group must catch up.
    broker.clearRequestErrors(kOffsetCommit);
    const bool groupDone = waitForRunner(runner, groupCaughtUp, std::chrono::seconds(30), why);
    runner.requestStop();
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state != RunState::Failed, s.error.c_str());
    QCOMPARE(s.eventsIn, uint64_t(total));

    std::map<int64_t, int> seen;
    SqliteDb conn(db, false);
    SqliteStatement select(conn, "SELECT id FROM records");
    while (select.step())
        ++seen[select.columnInt(0)];
    QCOMPARE(seen.size(), size_t(total));
    for (const auto &[id, times] : seen) {
        QVERIFY(id >= 0 && id < total);
        QVERIFY2(times == 1, ("id " + std::to_string(id) + " appears "
                              + std::to_string(times) + " times").c_str());
    }
    QVERIFY2(groupDone, (why + "; group offsets (committed+lag):" + progress).c_str());
}

QTEST_GUILESS_MAIN(tst_KafkaCommitFaults)
#include "tst_kafkacommitfaults.moc"
