// sink.kafka with partitioner skew_aware, against an in-process sandbox broker: a hot key
// is spread over hot_key_partitions partitions, every other key stays on its murmur2
// partition, nothing is lost or duplicated, and the hot key shows in the run's metrics.
#include "../common/metricsscrape.h"
#include "kcatconsume.h"

#include "kafkasink.h"
#include "murmur2.h"
#include "pipeline.h"
#include "pipelinerunner.h"
#include "problem.h"
#include "sandboxbroker.h"

#include <QtTest>

#include <chrono>
#include <map>
#include <set>
#include <thread>

using namespace weir;

namespace {

constexpr int kPartitions = 8;
constexpr int kSpread = 4;

SchemaPtr schema()
{
    return makeSchema({{"id", FieldType::Int}, {"user", FieldType::String}});
}

// Every second record belongs to "hot"; the rest to 400 cold users (1/800 each).
std::string userOf(int id)
{
    return id % 2 == 0 ? std::string("hot") : "cold-" + std::to_string(id % 800);
}

Batch users(int from, int to)
{
    Batch b = Batch::withSchema(schema());
    for (int i = from; i < to; ++i) {
        b.columns[0].ints.push_back(i);
        b.columns[1].strings.push_back(b.strings().store(userOf(i)));
    }
    b.rows = size_t(to - from);
    return b;
}

bool hasProblemFor(const Json &params, const std::string &param)
{
    try {
        KafkaSink sink("out", params);
    } catch (const PipelineError &e) {
        for (const Problem &p : e.problems()) {
            if (p.param == param && p.message.find(param) != std::string::npos)
                return true;
        }
    }
    return false;
}

} // namespace

class tst_KafkaSinkSkew : public QObject
{
    Q_OBJECT

private slots:
    void hotKeySpreadsColdKeysStay();
    void hotKeysReachSnapshotAndMetrics();
    void badSkewParamsAreNamed_data();
    void badSkewParamsAreNamed();
};

void tst_KafkaSinkSkew::hotKeySpreadsColdKeysStay()
{
    SandboxBroker broker(1, kPartitions);
    const std::string topic = "skewed";
    broker.createTopic(topic, kPartitions);
    KafkaSink sink("out", {{"bootstrap_servers", broker.bootstrapServers()},
                           {"topic", topic},
                           {"key_field", "user"},
                           {"partitioner", "skew_aware"},
                           {"hot_key_share", 0.05},
                           {"hot_key_partitions", kSpread},
                           {"config", {{"linger.ms", "5"}}}});
    sink.open(schema());
    const int batches = 5, perBatch = 4000;
    for (int batch = 0; batch < batches; ++batch) {
        sink.beginBatch(batch);
        sink.write(users(batch * perBatch, (batch + 1) * perBatch));
        sink.commitBatch();
    }
    const std::vector<HotKey> hot = sink.hotKeys();
    sink.close();
    QCOMPARE(int(hot.size()), 1);
    QCOMPARE(hot[0].key, std::string("hot"));
    QVERIFY2(std::abs(hot[0].share - 0.5) < 0.05, qPrintable(QString::number(hot[0].share)));

    const int total = batches * perBatch;
    const std::vector<Consumed> records = consumeAll(broker.bootstrapServers(), topic);
    QCOMPARE(int(records.size()), total);
    std::map<int, int> seen;
    std::map<int, int> hotPartitions;
    std::map<std::string, std::set<int>> coldPartitions;
    for (const Consumed &r : records) {
        const int id = r.value.at("id").get<int>();
        QCOMPARE(r.key, userOf(id));
        ++seen[id];
        if (r.key == "hot")
            ++hotPartitions[r.partition];
        else
            coldPartitions[r.key].insert(r.partition);
    }
    QCOMPARE(int(seen.size()), total); // and with records.size() == total: none twice

    const int home = murmur2Partition("hot", kPartitions);
    QCOMPARE(int(hotPartitions.size()), kSpread);
    const double even = double(total / 2) / kSpread;
    for (const auto &[partition, count] : hotPartitions) {
        QVERIFY2((partition - home + kPartitions) % kPartitions < kSpread,
                 qPrintable(QString("partition %1, home %2").arg(partition).arg(home)));
        QVERIFY2(std::abs(count - even) < 0.15 * even,
                 qPrintable(QString("partition %1: %2 records").arg(partition).arg(count)));
    }
    QCOMPARE(int(coldPartitions.size()), 400);
    for (const auto &[key, partitions] : coldPartitions) {
        QCOMPARE(int(partitions.size()), 1);
        QCOMPARE(*partitions.begin(), murmur2Partition(key, kPartitions));
    }
}

// generator (Zipf users) -> parse_json -> sink.kafka: the snapshot and the Prometheus
// endpoint show the hot users.
void tst_KafkaSinkSkew::hotKeysReachSnapshotAndMetrics()
{
    SandboxBroker broker(1, kPartitions);
    broker.createTopic("events", kPartitions);
    Pipeline p;
    p.name = "skew";
    p.settings = {{"trigger", "processing_time"}, {"interval", "50ms"}};
    p.nodes = {
        {"gen", "source.generator",
         {{"count", 30000}, {"rate", 0}, {"users", 1000}, {"zipf", 1.3}, {"malformed", 0},
          {"late", 0}},
         std::nullopt},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "event_id"}, {"type", "string"}},
                                  {{"name", "user_id"}, {"type", "string"}}})}},
         std::nullopt},
        {"out", "sink.kafka",
         {{"bootstrap_servers", broker.bootstrapServers()},
          {"topic", "events"},
          {"key_field", "user_id"},
          {"partitioner", "skew_aware"}},
         std::nullopt},
    };
    p.edges = {{"gen", "out", "parse"}, {"parse", "out", "out"}};
    const quint16 port = freeLoopbackPort();
    PipelineRunner runner(p, {.metricsAddress = "127.0.0.1:" + std::to_string(port),
                              .serveMetrics = true});
    runner.start();
    QVERIFY(runner.waitFor(std::chrono::seconds(120)));
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state == RunState::Finished, s.error.c_str());
    const NodeStats *sink = nullptr;
    for (const NodeStats &n : s.nodes)
        sink = n.id == "out" ? &n : sink;
    QVERIFY(sink);
    QVERIFY(!sink->hotKeys.empty());
    QVERIFY(sink->hotKeys.size() <= 10);
    QVERIFY2(sink->hotKeys[0].share > 0.1, qPrintable(QString::number(sink->hotKeys[0].share)));
    for (size_t i = 1; i < sink->hotKeys.size(); ++i)
        QVERIFY(sink->hotKeys[i].share <= sink->hotKeys[i - 1].share);

    // Prometheus gets the shares by rank, never the keys (user ids) as label values.
    const QString text = scrapeMetrics(port);
    for (size_t i = 0; i < sink->hotKeys.size(); ++i) {
        const QString series = QString("pipeline_sink_hot_key_share{node=\"out\","
                                       "pipeline=\"skew\",rank=\"%1\"}")
                                   .arg(i + 1);
        QVERIFY2(std::abs(metricValue(text, series) - sink->hotKeys[i].share) < 1e-6,
                 qPrintable(series));
        QVERIFY2(!text.contains(QString::fromStdString("\"" + sink->hotKeys[i].key + "\"")),
                 sink->hotKeys[i].key.c_str());
    }
    QCOMPARE(int(text.count("pipeline_sink_hot_key_share{")), int(sink->hotKeys.size()));
}

void tst_KafkaSinkSkew::badSkewParamsAreNamed_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");
    QTest::newRow("share 0") << "hot_key_share" << "0";
    QTest::newRow("share above 1") << "hot_key_share" << "1.5";
    QTest::newRow("share as text") << "hot_key_share" << "\"a lot\"";
    QTest::newRow("partitions 0") << "hot_key_partitions" << "0";
    QTest::newRow("partitions fractional") << "hot_key_partitions" << "2.5";
    QTest::newRow("unknown partitioner") << "partitioner" << "\"skewed\"";
}

void tst_KafkaSinkSkew::badSkewParamsAreNamed()
{
    QFETCH(QString, param);
    QFETCH(QString, value);
    Json params = {{"topic", "t"}, {"partitioner", "skew_aware"}};
    params[param.toStdString()] = Json::parse(value.toStdString());
    QVERIFY(hasProblemFor(params, param.toStdString()));
}

QTEST_GUILESS_MAIN(tst_KafkaSinkSkew)
#include "tst_kafkasinkskew.moc"
