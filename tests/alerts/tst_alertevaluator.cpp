#include "alertevaluator.h"
#include "monitorseries.h"

#include <QTest>

#include <random>
#include <set>

using namespace weir;

namespace {

Pipeline pipeline()
{
    Pipeline p;
    p.name = "orders";
    for (auto [id, type] : {std::pair{"in", "source.kafka"}, {"in2", "source.kafka"},
                            {"gen", "source.generator"}, {"parse", "transform.parse_json"},
                            {"filter", "transform.filter"}, {"db", "sink.sqlite"},
                            {"out", "sink.console"}})
        p.nodes.push_back({id, type, Json::object(), std::nullopt});
    return p;
}

const AlertKind kKinds[] = {AlertKind::Lag, AlertKind::ErrorRate, AlertKind::LatencyP99};

const char *seriesOf(AlertKind kind)
{
    return kind == AlertKind::Lag         ? series::kLagSeconds
           : kind == AlertKind::ErrorRate ? series::kErrorPercent
                                          : series::kLatencyP99;
}

double thresholdOf(const AlertThresholds &t, AlertKind kind)
{
    return kind == AlertKind::Lag ? *t.lagSeconds
           : kind == AlertKind::ErrorRate ? *t.errorPercent : *t.latencyP99Ms;
}

bool above(const MonitorSample &s, AlertKind kind, double threshold)
{
    return s.has(seriesOf(kind)) && s.value(seriesOf(kind)) > threshold;
}

// The reference, by brute force: active at sample i iff some sample j at least `for`
// seconds earlier starts a stretch where every sample up to i is above the threshold.
// Returns the stretch's first sample (the alert's `since`) or -1.
int referenceSince(const std::vector<MonitorSample> &samples, size_t i, AlertKind kind,
                   double threshold, double forSeconds)
{
    int earliest = -1;
    for (size_t j = 0; j <= i; ++j) {
        bool all = true;
        for (size_t m = j; m <= i; ++m)
            all = all && above(samples[m], kind, threshold);
        if (all && samples[i].t - samples[j].t >= forSeconds)
            return int(j); // the smallest such j is where the stretch starts
        if (all && earliest < 0)
            earliest = int(j);
    }
    return -1;
}

std::vector<std::string> expectedNodes(AlertKind kind, const MonitorSample &s)
{
    if (kind == AlertKind::Lag)
        return {"in", "in2"};
    if (kind == AlertKind::LatencyP99)
        return {"db", "out"};
    std::vector<std::string> erring;
    for (const char *id : {"in", "in2", "gen", "parse", "filter", "db", "out"}) {
        if (s.value(series::node(id, "error_rate")) > 0)
            erring.push_back(id);
    }
    return erring.empty() ? std::vector<std::string>{"parse"} : erring; // its errors port
}

// Values that stay on one side of the threshold for a while, sometimes exactly on it,
// sometimes missing.
std::vector<MonitorSample> randomSamples(std::mt19937 &rng, const AlertThresholds &t, int count)
{
    std::vector<MonitorSample> samples;
    double time = 0;
    std::map<AlertKind, int> side; // 0 below, 1 equal, 2 above, 3 missing
    for (int i = 0; i < count; ++i) {
        MonitorSample s;
        s.t = time;
        time += rng() % 4 == 0 ? 0.5 * double(1 + rng() % 4) : 1.0;
        for (AlertKind kind : kKinds) {
            if (rng() % (4 + unsigned(t.forSeconds)) == 0) // stretches long enough to fire
                side[kind] = rng() % 10 == 0 ? 3 : int(rng() % 3);
            const double thr = thresholdOf(t, kind);
            const double r = double(rng() % 1000) / 100.0;
            if (side[kind] != 3)
                s.values[seriesOf(kind)] = side[kind] == 0 ? thr - r : side[kind] == 1 ? thr : thr + r + 0.01;
        }
        for (const char *id : {"parse", "filter"})
            s.values[series::node(id, "error_rate")] = rng() % 3 == 0 ? double(rng() % 50) : 0.0;
        samples.push_back(std::move(s));
    }
    return samples;
}

} // namespace

class tst_AlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void againstReference_data();
    void againstReference();
    void message();
    void onlySetThresholds();
};

void tst_AlertEvaluator::againstReference_data()
{
    QTest::addColumn<double>("forSeconds");
    QTest::addColumn<uint>("seed");
    for (double f : {0.0, 1.0, 2.5, 5.0, 30.0}) {
        for (uint seed : {1u, 2u, 3u})
            QTest::addRow("for %gs, seed %u", f, seed) << f << seed;
    }
}

void tst_AlertEvaluator::againstReference()
{
    QFETCH(double, forSeconds);
    QFETCH(uint, seed);
    std::mt19937 rng(seed);
    AlertThresholds t;
    t.lagSeconds = 30;
    t.errorPercent = 1;
    t.latencyP99Ms = 2000;
    t.forSeconds = forSeconds;
    const std::vector<MonitorSample> samples = randomSamples(rng, t, 300);
    AlertEvaluator evaluator(t, pipeline());
    std::set<AlertKind> before;
    std::map<AlertKind, double> firedAt;
    int fired = 0;
    for (size_t i = 0; i < samples.size(); ++i) {
        const std::vector<AlertChange> changes = evaluator.add(samples[i]);
        std::set<AlertKind> now;
        for (AlertKind kind : kKinds) {
            const int since = referenceSince(samples, i, kind, thresholdOf(t, kind), forSeconds);
            if (since < 0)
                continue;
            now.insert(kind);
            if (!before.count(kind))
                firedAt[kind] = samples[i].t;
            const auto active = evaluator.active();
            const auto it = std::find_if(active.begin(), active.end(),
                                         [kind](const Alert &a) { return a.kind == kind; });
            QVERIFY2(it != active.end(), qPrintable(QStringLiteral("sample %1").arg(i)));
            QCOMPARE(it->since, samples[size_t(since)].t);
            QCOMPARE(it->firedAt, firedAt[kind]);
            QCOMPARE(it->value, samples[i].value(seriesOf(kind)));
            QCOMPARE(it->threshold, thresholdOf(t, kind));
            QCOMPARE(it->nodeIds, expectedNodes(kind, samples[i]));
        }
        QCOMPARE(evaluator.active().size(), now.size());
        std::set<AlertKind> gotFired, gotResolved;
        for (const AlertChange &c : changes)
            (c.type == AlertChange::Type::Fired ? gotFired : gotResolved).insert(c.alert.kind);
        std::set<AlertKind> wantFired, wantResolved;
        std::set_difference(now.begin(), now.end(), before.begin(), before.end(),
                            std::inserter(wantFired, wantFired.end()));
        std::set_difference(before.begin(), before.end(), now.begin(), now.end(),
                            std::inserter(wantResolved, wantResolved.end()));
        QCOMPARE(gotFired, wantFired);
        QCOMPARE(gotResolved, wantResolved);
        QCOMPARE(changes.size(), wantFired.size() + wantResolved.size());
        fired += int(wantFired.size());
        before = now;
    }
    QVERIFY2(fired > 0, "the sequence never fired an alert: it tests nothing");
}

void tst_AlertEvaluator::message()
{
    AlertThresholds t;
    t.lagSeconds = 30;
    t.forSeconds = 30;
    AlertEvaluator evaluator(t, pipeline());
    for (int s = 0; s < 30; ++s)
        QVERIFY(evaluator.add(MonitorSample{double(s), {{series::kLagSeconds, 42}}}).empty());
    const auto changes = evaluator.add(MonitorSample{30, {{series::kLagSeconds, 42}}});
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].type, AlertChange::Type::Fired);
    QCOMPARE(changes[0].alert.message, std::string("Consumer lag 42 s above 30 s for 30 s"));
    QCOMPARE(changes[0].alert.nodeIds, (std::vector<std::string>{"in", "in2"}));
    evaluator.add(MonitorSample{31, {{series::kLagSeconds, 45.26}}});
    QCOMPARE(evaluator.active().at(0).message, std::string("Consumer lag 45.3 s above 30 s for 31 s"));
    const auto resolved = evaluator.add(MonitorSample{32, {{series::kLagSeconds, 30}}});
    QCOMPARE(resolved.size(), size_t(1));
    QCOMPARE(resolved[0].type, AlertChange::Type::Resolved);
    QCOMPARE(resolved[0].alert.message, std::string("Consumer lag back to 30 s, at or below 30 s"));
    QVERIFY(evaluator.active().empty());
}

void tst_AlertEvaluator::onlySetThresholds()
{
    AlertThresholds t;
    t.latencyP99Ms = 100;
    AlertEvaluator evaluator(t, pipeline());
    const auto changes = evaluator.add(MonitorSample{
        0, {{series::kLagSeconds, 1e9}, {series::kErrorPercent, 100}, {series::kLatencyP99, 101}}});
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes[0].alert.kind, AlertKind::LatencyP99);
    QCOMPARE(changes[0].alert.message, std::string("p99 latency 101 ms above 100 ms for 0 s"));
    QCOMPARE(changes[0].alert.nodeIds, (std::vector<std::string>{"db", "out"}));
}

QTEST_GUILESS_MAIN(tst_AlertEvaluator)
#include "tst_alertevaluator.moc"
