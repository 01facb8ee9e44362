// The Prometheus endpoint serves the names DESIGN.md promises, with live values.
#include "runnertesting.h"

#include "../common/metricsscrape.h"
#include "pipelinerunner.h"
#include "prometheusmetrics.h"

#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace weir;

namespace {

// What /metrics would serve, without an HTTP server (whose shutdown takes a second or two).
QString exposition(const PrometheusMetrics &metrics)
{
    return QString::fromStdString(
        prometheus::TextSerializer().Serialize(metrics.registry()->Collect()));
}

} // namespace


class tst_MetricsEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void servesTheDesignNames();
    void hotKeyGaugesFollowTheSink();
    void recordsWrittenCountsSinksOnly();
    void latencyCountsEveryRecord_data();
    void latencyCountsEveryRecord();
};

void tst_MetricsEndpoint::servesTheDesignNames()
{
    QTemporaryDir dir;
    const quint16 port = freeLoopbackPort();
    RunOptions options;
    options.serveMetrics = true;
    options.metricsAddress = "127.0.0.1:" + std::to_string(port);
    PipelineRunner runner(smallPipeline(dir.path().toStdString(), 0, 20000), options);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.snapshot().batchId >= 2, 30000);

    QString text;
    QTRY_VERIFY_WITH_TIMEOUT(
        (text = scrapeMetrics(port),
         metricValue(text, R"(pipeline_events_processed_total{pipeline="runtime_test",status="ok"})") > 0),
        10000);
    for (const char *name :
         {"# TYPE pipeline_events_processed_total counter",
          "# TYPE pipeline_processing_seconds histogram",
          R"(pipeline_processing_seconds_bucket{pipeline="runtime_test",le="0.005"})",
          R"(pipeline_processing_seconds_bucket{pipeline="runtime_test",le="5"})",
          "# TYPE pipeline_consumer_lag gauge",
          R"(pipeline_consumer_lag{partition="0",pipeline="runtime_test",topic="events"})",
          "pipeline_consumer_lag_seconds", "pipeline_queue_depth",
          "pipeline_end_to_end_latency_seconds_bucket", "pipeline_watermark_delay_seconds",
          "pipeline_late_records_total", "pipeline_dead_letter_records_total",
          "pipeline_checkpoint_seconds_count", "# TYPE pipeline_records_written_total counter",
          R"(pipeline_node_records_total{node="parse",pipeline="runtime_test",port="errors"})"})
        QVERIFY2(text.contains(QLatin1String(name)), name);
    // The endpoint and the in-process snapshot agree on what went in.
    const MetricsSnapshot s = runner.snapshot();
    const double errors =
        metricValue(text, R"(pipeline_events_processed_total{pipeline="runtime_test",status="error"})");
    QVERIFY(errors >= 0 && errors <= double(s.errors));
    runner.requestStop();
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
}

// One gauge per rank of a sink's hot keys, labelled by rank, never by the key (record
// data); a rank no longer filled loses its series.
void tst_MetricsEndpoint::hotKeyGaugesFollowTheSink()
{
    NodeStats sink;
    sink.id = "out";
    sink.type = "sink.kafka";
    PrometheusMetrics metrics("p", {sink});
    const quint16 port = freeLoopbackPort();
    metrics.serve("127.0.0.1:" + std::to_string(port));
    auto series = [](int rank) {
        return QString(R"(pipeline_sink_hot_key_share{node="out",pipeline="p",rank="%1"})")
            .arg(rank);
    };
    const std::string longKey(300, 'k');
    metrics.setHotKeys(0, {{"a", 0.5}, {"b", 0.25}, {longKey, 0.1}});
    QString text = scrapeMetrics(port);
    QCOMPARE(metricValue(text, series(1)), 0.5);
    QCOMPARE(metricValue(text, series(2)), 0.25);
    QCOMPARE(metricValue(text, series(3)), 0.1);
    QVERIFY(!text.contains("key=") && !text.contains("kkkk"));

    metrics.setHotKeys(0, {{"b", 0.3}});
    text = scrapeMetrics(port);
    QCOMPARE(metricValue(text, series(1)), 0.3);
    QCOMPARE(metricValue(text, series(2)), -1.0);
    QCOMPARE(int(text.count("pipeline_sink_hot_key_share{")), 1);

    // More hot keys than ranks: only the largest kMaxHotKeyRanks get a series.
    std::vector<HotKey> many;
    for (size_t i = 0; i < PrometheusMetrics::kMaxHotKeyRanks + 5; ++i)
        many.push_back({"user_" + std::to_string(i), 0.5 / double(i + 1)});
    metrics.setHotKeys(0, many);
    text = scrapeMetrics(port);
    QCOMPARE(int(text.count("pipeline_sink_hot_key_share{")),
             int(PrometheusMetrics::kMaxHotKeyRanks));
    QCOMPARE(metricValue(text, series(int(PrometheusMetrics::kMaxHotKeyRanks))),
             many[PrometheusMetrics::kMaxHotKeyRanks - 1].share);
    QVERIFY(!text.contains("user_"));

    metrics.setHotKeys(0, {});
    QVERIFY(!scrapeMetrics(port).contains("pipeline_sink_hot_key_share{"));
}

// Rows committed by sinks are counted once, whatever other nodes sent.
void tst_MetricsEndpoint::recordsWrittenCountsSinksOnly()
{
    NodeStats source, sink;
    source.id = "in";
    source.type = "source.generator";
    sink.id = "out";
    sink.type = "sink.sqlite";
    PrometheusMetrics metrics("p", {source, sink});
    metrics.addNodeRecords(0, 100, 0, 0);
    metrics.addNodeRecords(1, 40, 0, 0);
    metrics.addNodeRecords(1, 2, 0, 0);
    const QString text = exposition(metrics);
    QCOMPARE(metricValue(text, R"(pipeline_records_written_total{pipeline="p"})"), 42.0);
}

// A chunk of n records with one latency is n observations, in the bucket Observe() picks.
void tst_MetricsEndpoint::latencyCountsEveryRecord_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("firstBucket"); // the smallest `le` that counts them
    QTest::newRow("between bounds") << 0.02 << "0.05";
    QTest::newRow("on a bound") << 0.05 << "0.05";
    QTest::newRow("below the first") << 0.0 << "0.001";
    QTest::newRow("above the last") << 100.0 << "+Inf";
}

void tst_MetricsEndpoint::latencyCountsEveryRecord()
{
    QFETCH(double, seconds);
    QFETCH(QString, firstBucket);
    PrometheusMetrics metrics("p", {});
    metrics.observeLatency(seconds, 5);
    metrics.observeLatency(seconds, 0);
    const QString text = exposition(metrics);
    const QString name = "pipeline_end_to_end_latency_seconds";
    QCOMPARE(metricValue(text, name + R"(_count{pipeline="p"})"), 5.0);
    QCOMPARE(metricValue(text, name + R"(_sum{pipeline="p"})"), 5 * seconds);
    bool counted = false;
    for (const char *le : {"0.001", "0.005", "0.01", "0.05", "0.1", "0.5", "1", "2.5", "5", "10",
                           "30", "60", "+Inf"}) {
        counted = counted || firstBucket == le;
        const double cumulative =
            metricValue(text, name + QString(R"(_bucket{pipeline="p",le="%1"})").arg(le));
        QVERIFY2(cumulative == (counted ? 5.0 : 0.0), le);
    }
}

QTEST_GUILESS_MAIN(tst_MetricsEndpoint)
#include "tst_metricsendpoint.moc"
