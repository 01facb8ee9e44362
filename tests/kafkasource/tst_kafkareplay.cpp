// A replay: source.kafka with starting_ and ending_partition_offsets under trigger once
// reads exactly the chosen offset range of each partition, whatever else the topic holds,
// and with commit_offsets off leaves the consumer group as it was. The oracle is the
// producer's own record of which id went to which partition and offset.
#include "../common/kafkatosqlite.h"
#include "kafkatesting.h"

#include "kafkaadmin.h"
#include "pipeline.h"
#include "pipelinerunner.h"
#include "problem.h"
#include "sandboxbroker.h"
#include "sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace weir;

namespace {

constexpr int kPartitions = 4;
constexpr int kRecords = 4000;

std::set<int64_t> idsIn(const std::string &db)
{
    std::set<int64_t> ids;
    SqliteDb conn(db, false);
    SqliteStatement select(conn, "SELECT id FROM records");
    while (select.step())
        ids.insert(select.columnInt(0));
    return ids;
}

} // namespace

class tst_KafkaReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replaysExactlyTheRange_data();
    void replaysExactlyTheRange();
    void endingOffsetsAreChecked();

private:
    std::unique_ptr<SandboxBroker> m_broker;
    std::map<std::pair<int32_t, int64_t>, int64_t> m_idAt; // (partition, offset) -> id
};

void tst_KafkaReplay::initTestCase()
{
    m_broker = std::make_unique<SandboxBroker>(1, kPartitions);
    m_broker->createTopic("orders", kPartitions);
    TestProducer producer(m_broker->bootstrapServers());
    std::vector<int64_t> next(kPartitions, 0);
    for (int id = 0; id < kRecords; ++id) {
        const int32_t partition = (id * 7 + id / 3) % kPartitions; // uneven, not round-robin
        producer.produce("orders", partition, std::nullopt, "{\"id\":" + std::to_string(id) + "}");
        m_idAt[{partition, next[partition]++}] = id;
    }
    producer.flush();
}

void tst_KafkaReplay::replaysExactlyTheRange_data()
{
    QTest::addColumn<QList<qint64>>("from"); // per partition
    QTest::addColumn<QList<qint64>>("to");   // per partition, -1: no end given
    QTest::newRow("a slice of each") << QList<qint64>{10, 0, 250, 400}
                                     << QList<qint64>{60, 1, 700, 401};
    QTest::newRow("empty and open ends") << QList<qint64>{5, 300, 0, 660}
                                         << QList<qint64>{5, -1, 20, -1};
}

void tst_KafkaReplay::replaysExactlyTheRange()
{
    QFETCH(QList<qint64>, from);
    QFETCH(QList<qint64>, to);
    Json starts = Json::object();
    Json ends = Json::object();
    std::set<int64_t> expected;
    for (int32_t p = 0; p < kPartitions; ++p) {
        const std::string key = "orders:" + std::to_string(p);
        starts[key] = from[p];
        if (to[p] >= 0)
            ends[key] = to[p];
        for (const auto &[at, id] : m_idAt)
            if (at.first == p && at.second >= from[p] && (to[p] < 0 || at.second < to[p]))
                expected.insert(id);
    }
    QTemporaryDir dir;
    const std::string db = dir.path().toStdString() + "/replay.db";
    const std::string group = "replay-" + std::to_string(from[0]);
    PipelineRunner runner(kafkaToSqlite(
        "replay",
        {{"bootstrap_servers", m_broker->bootstrapServers()},
         {"topics", Json::array({"orders"})},
         {"group_id", group},
         {"starting_partition_offsets", starts},
         {"ending_partition_offsets", ends},
         {"commit_offsets", false}},
        Json::array({{{"name", "id"}, {"type", "int"}}}), db, {{"trigger", "once"}}));
    try {
        runner.start();
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    QVERIFY(runner.waitFor(std::chrono::seconds(60)));
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state == RunState::Finished, s.error.c_str());
    QCOMPARE(s.eventsIn, uint64_t(expected.size()));
    QCOMPARE(idsIn(db), expected);

    // The group's committed offsets were left alone: it has none.
    KafkaAdmin admin(m_broker->bootstrapServers());
    QVERIFY(admin.groupOffsets(group, std::chrono::seconds(10)).partitions.empty());
}

void tst_KafkaReplay::endingOffsetsAreChecked()
{
    const auto problem = [](const Json &params) -> std::string {
        try {
            makeKafkaSource("events", params);
        } catch (const PipelineError &e) {
            return e.what();
        }
        return {};
    };
    const Json base = {{"topics", Json::array({"orders"})}};
    Json negative = base;
    negative["ending_partition_offsets"] = {{"orders:0", -1}};
    QVERIFY2(problem(negative).find("0 or more") != std::string::npos, problem(negative).c_str());
    Json badKey = base;
    badKey["ending_partition_offsets"] = {{"orders", 10}};
    QVERIFY(problem(badKey).find("topic:partition") != std::string::npos);
    Json subscribe = base;
    subscribe["group_mode"] = "subscribe";
    subscribe["commit_offsets"] = false;
    QVERIFY(problem(subscribe).find("commit_offsets") != std::string::npos);
}

QTEST_GUILESS_MAIN(tst_KafkaReplay)
#include "tst_kafkareplay.moc"
