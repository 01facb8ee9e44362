// Broker faults while a pipeline runs: source.kafka -> parse_json -> sink.sqlite (append),
// over an in-process 3-broker SandboxBroker. Retriable Fetch errors (leader changes, timed-out
// requests) and a broker that goes down (a partition leader, also the group coordinator) must
// neither fail the run nor lose or duplicate a record, and a stop must not hang on the broker
// that is down.
#include "../common/kafkatosqlite.h"
#include "../kafkasource/kafkatesting.h"

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
// Kafka error codes (rd_kafka_resp_err_t values).
constexpr int kLeaderNotAvailable = RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE;
constexpr int kNotLeader = RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION;
constexpr int kRequestTimedOut = RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT;
constexpr int16_t kFetch = 1;

std::string value(int id)
{
    return "{\"id\":" + std::to_string(id) + ",\"user\":\"u" + std::to_string(id % 7) + "\"}";
}

} // namespace

class tst_KafkaFaults : public QObject
{
    Q_OBJECT

private slots:
    void recoversFromLeaderFetchErrors();
    void keepsReadingWhileABrokerIsDown_data();
    void keepsReadingWhileABrokerIsDown();

private:
    Pipeline pipeline(const std::string &dir, const std::string &servers) const;
};

Pipeline tst_KafkaFaults::pipeline(const std::string &dir, const std::string &servers) const
{
    return kafkaToSqlite("kafka_faults",
                         {{"bootstrap_servers", servers},
                          {"topics", Json::array({"faults"})},
                          {"group_id", "weir-faults"},
                          {"starting_offsets", "earliest"}},
                         Json::array({{{"name", "id"}, {"type", "int"}},
                                      {{"name", "user"}, {"type", "string"}}}),
                         dir + "/out.db",
                         {{"trigger", "processing_time"}, {"interval", "50ms"},
                          {"checkpoint", dir + "/checkpoint"}});
}

void tst_KafkaFaults::recoversFromLeaderFetchErrors()
{
    SandboxBroker broker(3, kPartitions);
    broker.createTopic("faults", kPartitions);
    // Partition 0 is led by broker 2, which goes down later; the others stay on 1 and 3.
    broker.setPartitionLeader("faults", 0, 2);
    broker.setPartitionLeader("faults", 1, 3);
    broker.setPartitionLeader("faults", 2, 1);
    broker.setPartitionLeader("faults", 3, 1);
    const std::string servers = broker.bootstrapServers();

    TestProducer producer(servers);
    int next = 0;
    auto produce = [&](int count, bool skipPartition0) {
        for (int i = 0; i < count; ++i, ++next) {
            int partition = next % kPartitions;
            if (skipPartition0 && partition == 0)
                partition = 1 + next % (kPartitions - 1);
            producer.produce("faults", partition, "user" + std::to_string(next % 7), value(next));
        }
    };
    produce(3000, false);
    producer.flush();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    PipelineRunner runner(pipeline(path, servers));
    runner.start();
    std::string why;
    auto readAtLeast = [&](int n) {
        return [&runner, n] { return runner.snapshot().eventsIn >= uint64_t(n); };
    };

    // 1. Retriable Fetch errors, while reading and while new records arrive.
    QVERIFY2(waitForRunner(runner, readAtLeast(1), std::chrono::seconds(30), why), why.c_str());
    broker.pushRequestErrors(kFetch, {kNotLeader, kLeaderNotAvailable, kRequestTimedOut,
                                      kNotLeader, kRequestTimedOut, kLeaderNotAvailable});
    produce(1000, false);
    producer.flush();
    QVERIFY2(waitForRunner(runner, readAtLeast(next), std::chrono::seconds(60), why), why.c_str());

    const int total = next;
    QVERIFY2(waitForRunner(runner, readAtLeast(total), std::chrono::seconds(90), why), why.c_str());
    const std::string db = path + "/out.db";
    QVERIFY2(waitForRunner(runner, [&] { return recordCount(db) >= total; }, std::chrono::seconds(60),
                       why),
             why.c_str());
    runner.requestStop();
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state != RunState::Failed, s.error.c_str());
    QCOMPARE(s.eventsIn, uint64_t(total));

    std::map<int64_t, int> seen;
    SqliteDb conn(db, false);
    SqliteStatement select(conn, "SELECT id, user FROM records");
    while (select.step()) {
        const int64_t id = select.columnInt(0);
        QCOMPARE(std::string(select.columnText(1)), "u" + std::to_string(id % 7));
        ++seen[id];
    }
    QCOMPARE(seen.size(), size_t(total));
    for (const auto &[id, times] : seen) {
        QVERIFY(id >= 0 && id < total);
        QVERIFY2(times == 1, ("id " + std::to_string(id) + " appears "
                              + std::to_string(times) + " times").c_str());
    }
}

void tst_KafkaFaults::keepsReadingWhileABrokerIsDown_data()
{
    QTest::addColumn<int>("coordinator");
    QTest::addColumn<bool>("stopWhileDown");
    QTest::newRow("partition leader down") << 1 << false;
    QTest::newRow("leader and group coordinator down") << 2 << false;
    QTest::newRow("stop while the coordinator is down") << 2 << true;
}

// Broker 2 leads partition 0 and goes down: the other partitions keep flowing, offsets keep
// being checkpointed, a stop still ends the run, and once broker 2 is back partition 0's
// records arrive too — each exactly once in the table.
void tst_KafkaFaults::keepsReadingWhileABrokerIsDown()
{
    QFETCH(int, coordinator);
    QFETCH(bool, stopWhileDown);
    SandboxBroker broker(3, kPartitions);
    broker.createTopic("faults", kPartitions);
    broker.setPartitionLeader("faults", 0, 2);
    broker.setPartitionLeader("faults", 1, 3);
    broker.setPartitionLeader("faults", 2, 1);
    broker.setPartitionLeader("faults", 3, 1);
    broker.setCoordinator("weir-faults", coordinator);
    const std::string servers = broker.bootstrapServers();

    TestProducer producer(servers);
    int next = 0;
    std::map<int, int> perPartition;
    auto produce = [&](int count, bool skipPartition0) {
        for (int i = 0; i < count; ++i, ++next) {
            int partition = next % kPartitions;
            if (skipPartition0 && partition == 0)
                partition = 1 + next % (kPartitions - 1);
            ++perPartition[partition];
            producer.produce("faults", partition, "user" + std::to_string(next % 7), value(next));
        }
        producer.flush();
    };
    produce(2000, false);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    const std::string db = path + "/out.db";
    PipelineRunner runner(pipeline(path, servers));
    runner.start();
    std::string why;
    auto readAtLeast = [&](int n) {
        return [&runner, n] { return runner.snapshot().eventsIn >= uint64_t(n); };
    };
    QVERIFY2(waitForRunner(runner, readAtLeast(next), std::chrono::seconds(30), why), why.c_str());

    broker.setBrokerDown(2, true);
    produce(1000, true);
    QVERIFY2(waitForRunner(runner, readAtLeast(next), std::chrono::seconds(30), why), why.c_str());
    QVERIFY2(waitForRunner(runner, [&] { return recordCount(db) >= next; }, std::chrono::seconds(30),
                       why),
             why.c_str());

    if (stopWhileDown) {
        const auto stopAt = std::chrono::steady_clock::now();
        runner.requestStop();
        QVERIFY2(runner.waitFor(std::chrono::seconds(20)), "the stop hangs while a broker is down");
        qInfo("stopped %lld ms after the request",
              (long long)std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - stopAt)
                  .count());
        QVERIFY2(runner.snapshot().state != RunState::Failed, runner.snapshot().error.c_str());
        broker.setBrokerDown(2, false);
        return;
    }

    broker.setBrokerDown(2, false);
    produce(1000, false);
    QVERIFY2(waitForRunner(runner, readAtLeast(next), std::chrono::seconds(60), why), why.c_str());
    QVERIFY2(waitForRunner(runner, [&] { return recordCount(db) >= next; }, std::chrono::seconds(30),
                       why),
             why.c_str());
    runner.requestStop();
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
    QVERIFY2(runner.snapshot().state != RunState::Failed, runner.snapshot().error.c_str());
    QCOMPARE(runner.snapshot().eventsIn, uint64_t(next));
    SqliteDb conn(db, false);
    SqliteStatement select(conn, "SELECT COUNT(*), COUNT(DISTINCT id) FROM records");
    QVERIFY(select.step());
    QCOMPARE(select.columnInt(0), int64_t(next));
    QCOMPARE(select.columnInt(1), int64_t(next));
}

QTEST_GUILESS_MAIN(tst_KafkaFaults)
#include "tst_kafkafaults.moc"
