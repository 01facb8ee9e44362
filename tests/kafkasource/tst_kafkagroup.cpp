// Two pipelines in one consumer group (source.kafka group_mode "subscribe"): they split the
// partitions, and across rebalances — a member joining while the other reads, then leaving —
// every record lands exactly once in the union of their SQLite tables. That holds only if a
// member gives up revoked partitions after the engine committed what it read from them and
// their group offsets followed. The sandbox's group coordinator waits session.timeout.ms
// minus a second for members before it rebalances, hence the short session timeout.
#include "../common/kafkatosqlite.h"
#include "kafkatesting.h"

#include "pipeline.h"
#include "pipelinerunner.h"
#include "sandboxbroker.h"
#include "sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <thread>

using namespace weir;

namespace {

constexpr int kPartitions = 6;

int64_t rows(const std::string &db)
{
    return std::max<int64_t>(0, recordCount(db));
}

// Every id in the table and how often.
void countIds(const std::string &db, std::map<int64_t, int> &seen)
{
    SqliteDb conn(db, false);
    SqliteStatement select(conn, "SELECT id FROM records");
    while (select.step())
        ++seen[select.columnInt(0)];
}

} // namespace

class tst_KafkaGroup : public QObject
{
    Q_OBJECT

private slots:
    void membersShareThePartitionsExactlyOnce();

private:
    Pipeline member(const std::string &dir, const std::string &servers) const;
    bool waitUntil(const std::function<bool()> &done, std::chrono::seconds timeout) const;
};

Pipeline tst_KafkaGroup::member(const std::string &dir, const std::string &servers) const
{
    return kafkaToSqlite(
        "kafka_group",
        {{"bootstrap_servers", servers},
         {"topics", Json::array({"shared"})},
         {"group_id", "weir-group-test"},
         {"group_mode", "subscribe"},
         {"starting_offsets", "earliest"},
         {"config", {{"heartbeat.interval.ms", "200"}, {"session.timeout.ms", "6000"}}}},
        Json::array({{{"name", "id"}, {"type", "int"}}}), dir + "/out.db",
        {{"trigger", "processing_time"},
         {"interval", "100ms"},
         {"checkpoint", dir + "/checkpoint"}});
}

bool tst_KafkaGroup::waitUntil(const std::function<bool()> &done,
                               std::chrono::seconds timeout) const
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
}

void tst_KafkaGroup::membersShareThePartitionsExactlyOnce()
{
    SandboxBroker broker(1, kPartitions);
    broker.createTopic("shared", kPartitions);
    const std::string servers = broker.bootstrapServers();
    TestProducer producer(servers);
    int next = 0;
    auto produce = [&](int count) {
        for (int i = 0; i < count; ++i, ++next)
            producer.produce("shared", next % kPartitions, std::nullopt,
                             "{\"id\":" + std::to_string(next) + "}");
        producer.flush();
    };

    QTemporaryDir dirA;
    QTemporaryDir dirB;
    QVERIFY(dirA.isValid() && dirB.isValid());
    const std::string dbA = dirA.path().toStdString() + "/out.db";
    const std::string dbB = dirB.path().toStdString() + "/out.db";
    auto a = std::make_unique<PipelineRunner>(member(dirA.path().toStdString(), servers));
    auto b = std::make_unique<PipelineRunner>(member(dirB.path().toStdString(), servers));
    auto total = [&] { return rows(dbA) + rows(dbB); };
    auto healthy = [&](PipelineRunner &r) {
        const MetricsSnapshot s = r.snapshot();
        return s.state != RunState::Failed ? std::string() : s.error;
    };

    // A alone holds every partition; B joins while A is busy reading a backlog and
    // records keep arriving, which forces a revoke in the middle of A's work.
    produce(20000);
    a->start();
    QVERIFY(waitUntil([&] { return a->snapshot().eventsIn > 0; }, std::chrono::seconds(30)));
    std::jthread feeder([&] {
        for (int i = 0; i < 20; ++i)
            produce(500);
    });
    try {
        b->start(); // returns once the group gave B its first assignment
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    feeder.join();
    QVERIFY2(waitUntil([&] { return total() >= next; }, std::chrono::seconds(60)),
             qPrintable(QString("rows %1 of %2; A: %3 B: %4")
                            .arg(total())
                            .arg(next)
                            .arg(QString::fromStdString(healthy(*a)))
                            .arg(QString::fromStdString(healthy(*b)))));
    const int64_t bShare = rows(dbB);
    QVERIFY2(bShare > 0, "B got no partitions");

    // Both read new records; then B leaves and A takes its partitions back. On a loaded
    // machine the group may still be settling (a member that missed a heartbeat rejoins),
    // so new records keep coming, a round at a time, until B has read some of them.
    produce(6000);
    QVERIFY2(waitUntil(
                 [&] {
                     if (total() < next)
                         return false;
                     if (rows(dbB) > bShare)
                         return true;
                     produce(600);
                     return false;
                 },
                 std::chrono::seconds(60)),
             qPrintable(QString("B read nothing new while both were members; B reads %1 "
                                "partitions, A %2")
                            .arg(b->snapshot().lag.size())
                            .arg(a->snapshot().lag.size())));
    b->requestStop();
    QVERIFY(b->waitFor(std::chrono::seconds(30)));
    QVERIFY2(healthy(*b).empty(), healthy(*b).c_str());
    produce(6000);
    QVERIFY2(waitUntil([&] { return total() >= next; }, std::chrono::seconds(60)),
             qPrintable(QString("rows %1 of %2 after B left").arg(total()).arg(next)));
    a->requestStop();
    QVERIFY(a->waitFor(std::chrono::seconds(30)));
    QVERIFY2(healthy(*a).empty(), healthy(*a).c_str());

    std::map<int64_t, int> seen;
    countIds(dbA, seen);
    countIds(dbB, seen);
    QCOMPARE(seen.size(), size_t(next));
    for (const auto &[id, times] : seen) {
        QVERIFY(id >= 0 && id < next);
        QVERIFY2(
            times == 1,
            ("id " + std::to_string(id) + " landed " + std::to_string(times) + " times").c_str());
    }
    qInfo("A wrote %lld rows, B %lld", (long long)rows(dbA), (long long)rows(dbB));
}

QTEST_GUILESS_MAIN(tst_KafkaGroup)
#include "tst_kafkagroup.moc"
