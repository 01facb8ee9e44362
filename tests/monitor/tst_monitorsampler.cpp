// MonitorSampler: one sample per second of run time, rates from the change of the totals.
// The oracle for a real run is the run's own totals: integrating each rate over the
// samples' intervals gives back exactly the count the engine reports at the end.
#include "../runtime/runnertesting.h"

#include "sampleintegral.h"

#include "monitorsampler.h"
#include "monitorseries.h"
#include "pipelinerunner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace weir;

namespace {

MetricsSnapshot snapshotAt(double t, uint64_t in, uint64_t out, uint64_t errors)
{
    MetricsSnapshot s;
    s.elapsedSeconds = t;
    s.eventsIn = in;
    s.eventsOut = out;
    s.errors = errors;
    return s;
}

const NodeStats &node(const MetricsSnapshot &s, const std::string &id)
{
    for (const NodeStats &n : s.nodes)
        if (n.id == id)
            return n;
    throw std::runtime_error("no node " + id);
}

} // namespace

class tst_MonitorSampler : public QObject
{
    Q_OBJECT

private slots:
    void oneSamplePerInterval();
    void ratesComeFromTheTotals();
    void lagIsSummedAndMaxedOverPartitions();
    void aRealRunsRatesAddUpToItsTotals();
};

void tst_MonitorSampler::oneSamplePerInterval()
{
    MonitorSampler sampler;
    QVERIFY(!sampler.add(snapshotAt(0.2, 10, 0, 0)));
    QVERIFY(!sampler.add(snapshotAt(0.9, 20, 0, 0)));
    const auto first = sampler.add(snapshotAt(1.05, 30, 0, 0));
    QVERIFY(first);
    QCOMPARE(first->t, 1.05);
    QVERIFY(!sampler.add(snapshotAt(1.5, 40, 0, 0)));
    QVERIFY(sampler.add(snapshotAt(2.1, 50, 0, 0)));
    // The last, short interval still gives a sample; a repeated snapshot does not.
    QVERIFY(sampler.finish(snapshotAt(2.3, 55, 0, 0)));
    QVERIFY(!sampler.finish(snapshotAt(2.3, 55, 0, 0)));
}

void tst_MonitorSampler::ratesComeFromTheTotals()
{
    MonitorSampler sampler;
    const auto a = sampler.add(snapshotAt(1.0, 1000, 400, 10));
    QVERIFY(a);
    QCOMPARE(a->value(series::kInRate), 1000.0);
    QCOMPARE(a->value(series::kOutRate), 400.0);
    QCOMPARE(a->value(series::kErrorRate), 10.0);
    QCOMPARE(a->value(series::kErrorPercent), 1.0);
    const auto b = sampler.add(snapshotAt(3.0, 5000, 1400, 50));
    QVERIFY(b);
    QCOMPARE(b->value(series::kInRate), 2000.0);
    QCOMPARE(b->value(series::kOutRate), 500.0);
    QCOMPARE(b->value(series::kErrorRate), 20.0);
    QCOMPARE(b->value(series::kDeadLetters), 50.0);
    QVERIFY(!b->has(series::kLagOffsets)); // no Kafka source, no lag series
}

void tst_MonitorSampler::lagIsSummedAndMaxedOverPartitions()
{
    MetricsSnapshot s = snapshotAt(1.0, 0, 0, 0);
    s.lag = {{"orders", 0, 120, 1.5, false}, {"orders", 1, 30, 4.0, true},
             {"clicks", 0, 0, 0.0, true}};
    const auto sample = MonitorSampler().add(s);
    QVERIFY(sample);
    QCOMPARE(sample->value(series::kLagOffsets), 150.0);
    QCOMPARE(sample->value(series::kLagSeconds), 4.0);
    QCOMPARE(sample->value(series::kPausedPartitions), 2.0);
    QCOMPARE(sample->value(series::partitionLagOffsets("orders", 1)), 30.0);
    QCOMPARE(sample->value(series::partitionLagSeconds("orders", 0)), 1.5);
    QVERIFY(sample->has(series::partitionLagOffsets("clicks", 0)));
}

void tst_MonitorSampler::aRealRunsRatesAddUpToItsTotals()
{
    QTemporaryDir dir;
    PipelineRunner runner(smallPipeline(dir.path().toStdString(), 60000, 25000));
    runner.start();
    MonitorSampler sampler;
    std::vector<MonitorSample> samples;
    while (!runner.waitFor(std::chrono::milliseconds(30))) {
        if (auto s = sampler.add(runner.snapshot()))
            samples.push_back(*s);
    }
    const MetricsSnapshot last = runner.snapshot();
    QVERIFY2(last.state == RunState::Finished, last.error.c_str());
    if (auto s = sampler.finish(last))
        samples.push_back(*s);
    QVERIFY2(samples.size() >= 2, "a run of over two seconds gives several samples");

    QCOMPARE(qRound64(sampleIntegral(samples, series::kInRate)), qint64(last.eventsIn));
    QCOMPARE(qRound64(sampleIntegral(samples, series::kErrorRate)), qint64(last.errors));
    QCOMPARE(qRound64(sampleIntegral(samples, series::node("parse", "in_rate"))),
             qint64(node(last, "parse").in));
    QCOMPARE(qRound64(sampleIntegral(samples, series::node("parse", "error_rate"))),
             qint64(node(last, "parse").errors));
    QCOMPARE(samples.back().value(series::node("sink", "out")), double(node(last, "sink").out));

    // Each node's own work is part of the one engine thread's time: all of them together
    // stay within the run's wall time, and the parser did measurable work per batch.
    double busy = 0;
    for (const NodeStats &n : last.nodes)
        busy += sampleIntegral(samples, series::node(n.id, "busy_percent")) / 100.0;
    QVERIFY(busy > 0);
    QVERIFY2(busy <= last.elapsedSeconds, qPrintable(QString::number(busy)));
    bool parseTimed = false;
    for (const MonitorSample &s : samples)
        parseTimed = parseTimed || s.value(series::node("parse", "batch_ms")) > 0;
    QVERIFY(parseTimed);
}

QTEST_GUILESS_MAIN(tst_MonitorSampler)
#include "tst_monitorsampler.moc"
