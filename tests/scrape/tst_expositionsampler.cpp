// Successive scrapes of one worker become MonitorSamples: rates from the counters' change,
// percentiles of the interval's buckets (checked against a CDF inverted by bisection),
// counter resets, lag; and several workers' samples combine into the summed view.
#include "exposition.h"

#include "expositionsampler.h"
#include "histogramquantile.h"
#include "monitorseries.h"
#include "workercombine.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace weir;
namespace ser = weir::series;

namespace {

PromExposition parse(const WorkerScrape &w)
{
    return parsePrometheusText(w.text().toStdString());
}

// The q-quantile of per-bucket counts read as PromQL does — observations spread evenly
// inside each bucket, a rank past the last finite bound answered with that bound — by
// bisecting the piecewise-linear cumulative count for the first x reaching the rank.
double referenceQuantile(const std::vector<double> &bounds, const std::vector<double> &perBucket,
                         double q)
{
    double total = 0;
    for (double n : perBucket)
        total += n;
    const double rank = q * total;
    auto cdf = [&](double x) {
        double cumulative = 0;
        double lo = 0;
        for (size_t i = 0; i < bounds.size(); ++i) {
            if (x <= bounds[i])
                return cumulative + perBucket[i] * (x - lo) / (bounds[i] - lo);
            cumulative += perBucket[i];
            lo = bounds[i];
        }
        return cumulative;
    };
    if (cdf(bounds.back()) < rank)
        return bounds.back();
    double lo = 0, hi = bounds.back();
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        (cdf(mid) >= rank ? hi : lo) = mid;
    }
    return hi;
}

std::vector<double> cumulate(const std::vector<double> &base, const std::vector<double> &perBucket)
{
    std::vector<double> out;
    double running = 0;
    for (size_t i = 0; i < perBucket.size(); ++i) {
        running += perBucket[i];
        out.push_back(base[i] + running);
    }
    return out;
}

WorkerScrape baseScrape()
{
    WorkerScrape w;
    w.ok = 1000;
    w.errors = 7;
    w.late = 3;
    w.deadLetters = 7;
    w.lateRecords = 3;
    w.nodes["events"] = {1010, 0, 0};
    w.nodes["parse"] = {1003, 7, 0};
    w.nodes["sink"] = {40, 0, 0};
    w.nodes["late_events"] = {3, 0, 0};
    w.queueDepth = 12;
    w.queueCapacity = 4096;
    w.watermarkDelay = 2.5;
    return w;
}

} // namespace

class tst_ExpositionSampler : public QObject
{
    Q_OBJECT

private slots:
    void firstScrapeHasTotalsOnly();
    void ratesFromTheCountersChange();
    void outRateNeedsTheSinkNodes();
    void outRateFromTheWrittenCounter();
    void counterResetCountsTheCurrentValue();
    void intervalPercentiles_data();
    void intervalPercentiles();
    void noObservationsNoPercentiles();
    void lagSeries();
    void timeMustAdvance();
    void histogramQuantileEdges();
    void combineSumsAndWorstOf();
    void combinePartitionsOnce();
};

void tst_ExpositionSampler::firstScrapeHasTotalsOnly()
{
    ExpositionSampler sampler({"sink", "late_events"});
    const auto s = sampler.add(parse(baseScrape()), 1.0);
    QVERIFY(s);
    QCOMPARE(s->t, 1.0);
    QCOMPARE(s->value(ser::kDeadLetters), 7.0);
    QCOMPARE(s->value(ser::kLateRecords), 3.0);
    QCOMPARE(s->value(ser::kQueueDepth), 12.0);
    QCOMPARE(s->value(ser::kQueueCapacity), 4096.0);
    QCOMPARE(s->value(ser::kWatermarkDelay), 2.5);
    QCOMPARE(s->value(ser::node("parse", "out")), 1003.0);
    QCOMPARE(s->value(ser::node("parse", "errors")), 7.0);
    for (const char *absent :
         {ser::kInRate, ser::kOutRate, ser::kErrorRate, ser::kLateRate, ser::kErrorPercent,
          ser::kLatencyP50, ser::kBatchP99, ser::kLagOffsets, ser::kPausedPartitions})
        QVERIFY2(!s->has(absent), absent);
    QVERIFY(!s->has(ser::node("parse", "out_rate")));
}

void tst_ExpositionSampler::ratesFromTheCountersChange()
{
    ExpositionSampler sampler({"sink", "late_events"});
    WorkerScrape w = baseScrape();
    QVERIFY(sampler.add(parse(w), 1.0));
    w.ok += 4500;
    w.errors += 40;
    w.late += 10;
    w.deadLetters += 40;
    w.lateRecords += 10;
    w.nodes["events"][0] += 4550;
    w.nodes["parse"] = {1003 + 4500, 7 + 40, 0};
    w.nodes["sink"][0] += 25;
    w.nodes["late_events"][0] += 10;
    w.queueDepth = 100;
    const auto s = sampler.add(parse(w), 3.5); // 2.5 s later
    QVERIFY(s);
    QCOMPARE(s->value(ser::kInRate), 4550 / 2.5);
    QCOMPARE(s->value(ser::kErrorRate), 40 / 2.5);
    QCOMPARE(s->value(ser::kLateRate), 10 / 2.5);
    QCOMPARE(s->value(ser::kErrorPercent), 100.0 * 40 / 4550);
    QCOMPARE(s->value(ser::kOutRate), (25 + 10) / 2.5);
    QCOMPARE(s->value(ser::kDeadLetters), 47.0);
    QCOMPARE(s->value(ser::kLateRecords), 13.0);
    QCOMPARE(s->value(ser::kQueueDepth), 100.0);
    QCOMPARE(s->value(ser::node("events", "out_rate")), 4550 / 2.5);
    QCOMPARE(s->value(ser::node("parse", "out_rate")), 4500 / 2.5);
    QCOMPARE(s->value(ser::node("parse", "error_rate")), 40 / 2.5);
    QCOMPARE(s->value(ser::node("parse", "late_rate")), 0.0);
    QCOMPARE(s->value(ser::node("events", "out")), 1010.0 + 4550);
}

void tst_ExpositionSampler::outRateNeedsTheSinkNodes()
{
    ExpositionSampler sampler;
    WorkerScrape w = baseScrape();
    QVERIFY(sampler.add(parse(w), 1.0));
    w.nodes["sink"][0] += 25;
    const auto s = sampler.add(parse(w), 2.0);
    QVERIFY(s && s->has(ser::kInRate));
    QVERIFY(!s->has(ser::kOutRate));
    sampler.setSinkNodes({"sink"});
    w.nodes["sink"][0] += 30;
    QCOMPARE(sampler.add(parse(w), 3.0)->value(ser::kOutRate), 30.0);
}

// weir-run exports the rows its sinks committed: out_rate needs no sink list then, and the
// written counter wins over the node counters.
void tst_ExpositionSampler::outRateFromTheWrittenCounter()
{
    const auto withWritten = [](const WorkerScrape &w, double written) {
        return parsePrometheusText(
            w.text().toStdString()
            + "# TYPE pipeline_records_written_total counter\n"
              "pipeline_records_written_total{pipeline=\"p\"} "
            + std::to_string(written) + "\n");
    };
    ExpositionSampler sampler({"sink"});
    WorkerScrape w = baseScrape();
    QVERIFY(sampler.add(withWritten(w, 1000), 1.0));
    w.nodes["sink"][0] += 25;
    QCOMPARE(sampler.add(withWritten(w, 1400), 3.0)->value(ser::kOutRate), 400 / 2.0);
}

// A worker restarted between two scrapes: its counters start again from 0, so what they
// show now is all that was counted since (as Prometheus' rate() assumes).
void tst_ExpositionSampler::counterResetCountsTheCurrentValue()
{
    ExpositionSampler sampler({"sink"});
    WorkerScrape w = baseScrape();
    w.latency = cumulate(std::vector<double>(13, 0), {0, 0, 50, 50, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    QVERIFY(sampler.add(parse(w), 1.0));
    WorkerScrape restarted;
    restarted.ok = 300;
    restarted.errors = 2;
    restarted.deadLetters = 2;
    restarted.nodes["sink"] = {8, 0, 0};
    restarted.nodes["parse"] = {300, 2, 0};
    const std::vector<double> perBucket {4, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0};
    restarted.latency = cumulate(std::vector<double>(13, 0), perBucket);
    const auto s = sampler.add(parse(restarted), 3.0);
    QVERIFY(s);
    QCOMPARE(s->value(ser::kInRate), 302 / 2.0);
    QCOMPARE(s->value(ser::kErrorRate), 2 / 2.0);
    QCOMPARE(s->value(ser::kOutRate), 8 / 2.0);
    QCOMPARE(s->value(ser::node("parse", "out_rate")), 300 / 2.0);
    QCOMPARE(s->value(ser::kDeadLetters), 2.0);
    QCOMPARE(s->value(ser::kLatencyP50), 1e3 * referenceQuantile(kLatencyBounds, perBucket, 0.5));
    // Counting resumes normally from the restarted values.
    restarted.ok += 100;
    QCOMPARE(sampler.add(parse(restarted), 4.0)->value(ser::kInRate), 100.0);
}

void tst_ExpositionSampler::intervalPercentiles_data()
{
    QTest::addColumn<std::vector<double>>("before"); // cumulative, from an earlier run
    QTest::addColumn<std::vector<double>>("perBucket"); // this interval's, 12 bounds + Inf
    auto row = [](const char *tag, std::vector<double> beforePerBucket,
                  std::vector<double> perBucket) {
        QTest::newRow(tag) << cumulate(std::vector<double>(13, 0), beforePerBucket) << perBucket;
    };
    const std::vector<double> none(13, 0);
    row("one bucket", none, {0, 0, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    row("first bucket", none, {10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    row("spread", none, {5, 20, 30, 25, 10, 5, 3, 1, 1, 0, 0, 0, 0});
    row("empty buckets between", none, {0, 50, 0, 0, 0, 0, 49, 0, 0, 0, 0, 1, 0});
    row("tail in +Inf", none, {0, 0, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10});
    row("single observation", none, {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0});
    row("old observations subtracted", {1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 500},
        {0, 0, 0, 0, 7, 3, 0, 0, 0, 0, 0, 0, 0});
    std::mt19937 rng(7);
    for (int i = 0; i < 6; ++i) {
        std::vector<double> before(13), now(13);
        std::uniform_int_distribution<int> count(0, i % 2 ? 3 : 400);
        for (size_t b = 0; b < 13; ++b) {
            before[b] = count(rng);
            now[b] = b < 12 ? count(rng) : 0;
        }
        QTest::newRow(qPrintable(QString("random %1").arg(i)))
            << cumulate(std::vector<double>(13, 0), before) << now;
    }
}

void tst_ExpositionSampler::intervalPercentiles()
{
    QFETCH(std::vector<double>, before);
    QFETCH(std::vector<double>, perBucket);
    ExpositionSampler sampler;
    WorkerScrape w = baseScrape();
    w.latency = before;
    w.processing = std::vector<double>(before.begin() + 4, before.end()); // 9 buckets
    QVERIFY(sampler.add(parse(w), 10.0));
    w.latency = cumulate(before, perBucket);
    const std::vector<double> batchPerBucket(perBucket.begin() + 4, perBucket.end());
    w.processing = cumulate(std::vector<double>(before.begin() + 4, before.end()), batchPerBucket);
    const auto s = sampler.add(parse(w), 11.0);
    QVERIFY(s);
    const std::pair<const char *, double> quantiles[]
        = {{ser::kLatencyP50, 0.50}, {ser::kLatencyP95, 0.95}, {ser::kLatencyP99, 0.99}};
    for (const auto &[name, q] : quantiles) {
        const double expected = 1e3 * referenceQuantile(kLatencyBounds, perBucket, q);
        QVERIFY2(
            std::abs(s->value(name, -1) - expected) < 1e-9 * std::max(1.0, expected),
            qPrintable(QString("%1: %2 vs %3").arg(name).arg(s->value(name, -1)).arg(expected)));
    }
    double batchTotal = 0;
    for (double n : batchPerBucket)
        batchTotal += n;
    if (batchTotal == 0) {
        QVERIFY(!s->has(ser::kBatchP99));
        return;
    }
    const double batchExpected = 1e3 * referenceQuantile(kProcessingBounds, batchPerBucket, 0.99);
    QVERIFY2(std::abs(s->value(ser::kBatchP99, -1) - batchExpected)
                 < 1e-9 * std::max(1.0, batchExpected),
             qPrintable(QString("%1 vs %2").arg(s->value(ser::kBatchP99, -1)).arg(batchExpected)));
}

void tst_ExpositionSampler::noObservationsNoPercentiles()
{
    ExpositionSampler sampler;
    WorkerScrape w = baseScrape();
    w.latency = cumulate(std::vector<double>(13, 0), {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
    QVERIFY(sampler.add(parse(w), 1.0));
    const auto s = sampler.add(parse(w), 2.0); // same buckets: nothing observed in between
    QVERIFY(s);
    QVERIFY(!s->has(ser::kLatencyP50));
    QVERIFY(!s->has(ser::kLatencyP99));
    QVERIFY(!s->has(ser::kBatchP99));
}

void tst_ExpositionSampler::lagSeries()
{
    ExpositionSampler sampler;
    WorkerScrape w = baseScrape();
    w.lag = {{"orders", 0, 120, 1.5}, {"orders", 3, 30, 4.25}, {"payments", 1, 7, 0.5}};
    w.paused = 2;
    const auto s = sampler.add(parse(w), 1.0);
    QVERIFY(s);
    QCOMPARE(s->value(ser::kLagOffsets), 157.0);
    QCOMPARE(s->value(ser::kLagSeconds), 4.25);
    QCOMPARE(s->value(ser::kPausedPartitions), 2.0);
    QCOMPARE(s->value(ser::partitionLagOffsets("orders", 3)), 30.0);
    QCOMPARE(s->value(ser::partitionLagSeconds("orders", 3)), 4.25);
    QCOMPARE(s->value(ser::partitionLagOffsets("payments", 1)), 7.0);
    QCOMPARE(s->value(ser::partitionLagSeconds("orders", 0)), 1.5);

    ExpositionSampler noKafka;
    const auto plain = noKafka.add(parse(baseScrape()), 1.0);
    QVERIFY(!plain->has(ser::kLagOffsets) && !plain->has(ser::kLagSeconds)
            && !plain->has(ser::kPausedPartitions));
}

void tst_ExpositionSampler::timeMustAdvance()
{
    ExpositionSampler sampler;
    WorkerScrape w = baseScrape();
    QVERIFY(sampler.add(parse(w), 5.0));
    w.ok += 100;
    QVERIFY(!sampler.add(parse(w), 5.0));
    QVERIFY(!sampler.add(parse(w), 4.0));
    w.ok += 100;
    // The ignored scrapes moved nothing: 200 since the sample at t = 5.
    QCOMPARE(sampler.add(parse(w), 7.0)->value(ser::kInRate), 100.0);
}

void tst_ExpositionSampler::histogramQuantileEdges()
{
    QVERIFY(std::isnan(histogramQuantile(0.5, {})));
    QVERIFY(std::isnan(histogramQuantile(0.5, {{INFINITY, 4}}))); // one bucket
    QVERIFY(std::isnan(histogramQuantile(0.5, {{1, 2}, {2, 4}}))); // no +Inf
    QVERIFY(std::isnan(histogramQuantile(0.5, {{1, 0}, {INFINITY, 0}}))); // empty
    // Any order; rank 2 of 4 is the end of the first bucket.
    QCOMPARE(histogramQuantile(0.5, {{INFINITY, 4}, {2, 4}, {1, 2}}), 1.0);
    QCOMPARE(histogramQuantile(0.75, {{INFINITY, 4}, {2, 4}, {1, 2}}), 1.5);
    QCOMPARE(histogramQuantile(0.9, {{1, 1}, {INFINITY, 10}}), 1.0); // in +Inf: last bound
}

void tst_ExpositionSampler::combineSumsAndWorstOf()
{
    MonitorSample a, b;
    a.t = 10;
    b.t = 10.2;
    a.values = {{ser::kInRate, 1000},
                {ser::kOutRate, 900},
                {ser::kErrorRate, 10},
                {ser::kLateRate, 1},
                {ser::kDeadLetters, 50},
                {ser::kLateRecords, 5},
                {ser::kQueueDepth, 7},
                {ser::kQueueCapacity, 4096},
                {ser::kLatencyP50, 3},
                {ser::kLatencyP95, 9},
                {ser::kLatencyP99, 40},
                {ser::kBatchP99, 2},
                {ser::kWatermarkDelay, 1.5},
                {ser::kErrorPercent, 1},
                {ser::node("parse", "out_rate"), 990},
                {ser::node("parse", "out"), 5000}};
    b.values = {{ser::kInRate, 3000},
                {ser::kOutRate, 2800},
                {ser::kErrorRate, 90},
                {ser::kLateRate, 0},
                {ser::kDeadLetters, 200},
                {ser::kLateRecords, 0},
                {ser::kQueueDepth, 100},
                {ser::kQueueCapacity, 4096},
                {ser::kLatencyP50, 2},
                {ser::kLatencyP95, 12},
                {ser::kLatencyP99, 30},
                {ser::kBatchP99, 5},
                {ser::kWatermarkDelay, 0.5},
                {ser::kErrorPercent, 3},
                {ser::node("parse", "out_rate"), 2910},
                {ser::node("parse", "out"), 7000}};
    const std::map<std::string, MonitorSample> latest {{"a", a}, {"b", b}};
    const MonitorSample c = combineWorkers(latest);
    QCOMPARE(c.t, 10.2);
    for (const char *summed :
         {ser::kInRate, ser::kOutRate, ser::kErrorRate, ser::kLateRate, ser::kDeadLetters,
          ser::kLateRecords, ser::kQueueDepth, ser::kQueueCapacity})
        QCOMPARE(c.value(summed), a.value(summed) + b.value(summed));
    for (const char *worst : {ser::kLatencyP50, ser::kLatencyP95, ser::kLatencyP99, ser::kBatchP99,
                              ser::kWatermarkDelay})
        QCOMPARE(c.value(worst), std::max(a.value(worst), b.value(worst)));
    QCOMPARE(c.value(ser::node("parse", "out_rate")), 3900.0);
    QCOMPARE(c.value(ser::node("parse", "out")), 12000.0);
    QCOMPARE(c.value(ser::kErrorPercent), 100.0 * 100 / 4000);
    for (const auto &[name, sample] : latest)
        for (const auto &[series, value] : sample.values)
            QCOMPARE(c.value(ser::worker(name, series), -1), value);
    QVERIFY(!c.has(ser::kLagOffsets)); // nobody has it
    // Every combined series is a fixed one, a node's, or a worker's copy.
    QCOMPARE(int(c.values.size()), 2 * int(a.values.size()) + int(a.values.size()));
}

// Two workers briefly report the same partition (a rebalance): it counts once, with the
// larger figures.
void tst_ExpositionSampler::combinePartitionsOnce()
{
    MonitorSample a, b;
    a.values = {{ser::partitionLagOffsets("t", 0), 100},
                {ser::partitionLagSeconds("t", 0), 2},
                {ser::partitionLagOffsets("t", 1), 40},
                {ser::partitionLagSeconds("t", 1), 1},
                {ser::kLagOffsets, 140},
                {ser::kLagSeconds, 2},
                {ser::kPausedPartitions, 1}};
    b.values = {{ser::partitionLagOffsets("t", 1), 60},
                {ser::partitionLagSeconds("t", 1), 3},
                {ser::partitionLagOffsets("t", 2), 5},
                {ser::partitionLagSeconds("t", 2), 0.5},
                {ser::kLagOffsets, 65},
                {ser::kLagSeconds, 3},
                {ser::kPausedPartitions, 0}};
    const MonitorSample c = combineWorkers({{"a", a}, {"b", b}});
    QCOMPARE(c.value(ser::partitionLagOffsets("t", 1)), 60.0);
    QCOMPARE(c.value(ser::partitionLagSeconds("t", 1)), 3.0);
    QCOMPARE(c.value(ser::partitionLagOffsets("t", 0)), 100.0);
    QCOMPARE(c.value(ser::kLagOffsets), 100.0 + 60 + 5);
    QCOMPARE(c.value(ser::kLagSeconds), 3.0);
    QCOMPARE(c.value(ser::kPausedPartitions), 1.0);
    QCOMPARE(c.value(ser::worker("b", ser::kLagOffsets)), 65.0);
    QVERIFY(combineWorkers({}).values.empty());
}

QTEST_GUILESS_MAIN(tst_ExpositionSampler)
#include "tst_expositionsampler.moc"
