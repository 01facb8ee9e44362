#include "counterrng.h"
#include "heavyhitters.h"
#include "zipfsampler.h"

#include <QtTest>

#include <map>
#include <set>
#include <string>

using namespace weir;

namespace {

constexpr uint64_t kNoDecay = uint64_t(1) << 62;

std::string keyOf(uint64_t rank)
{
    return "key-" + std::to_string(rank);
}

// The exact reference: every key's (decayed) count, by brute force.
struct ExactCounts
{
    std::map<std::string, double> counts;
    double total = 0;

    void add(const std::string &key) { counts[key] += 1, total += 1; }
    void halve()
    {
        for (auto &[key, count] : counts)
            count *= 0.5;
        total *= 0.5;
    }
};

// Feeds `records` Zipf-distributed keys to both, halving the reference as the sketch does.
void feedZipf(HeavyHitters &sketch, ExactCounts &exact, uint64_t keys, double s,
              uint64_t records, uint64_t halfLife, uint64_t seed)
{
    const ZipfSampler sampler(keys, s);
    const CounterRng rng(seed);
    for (uint64_t i = 0; i < records; ++i) {
        uint64_t slot = 0;
        const std::string key = keyOf(sampler.sample([&] { return rng.unit(i, slot++); }));
        sketch.add(key);
        exact.add(key);
        if (sketch.observations() % halfLife == 0)
            exact.halve();
    }
}

// Space-Saving's guarantees, checked key by key against the exact counts.
void verifyBounds(const HeavyHitters &sketch, const ExactCounts &exact)
{
    const double tolerance = 1e-9 * exact.total;
    QVERIFY(std::abs(sketch.total() - exact.total) <= tolerance);
    QVERIFY(sketch.size() <= sketch.capacity());
    const double maxError = exact.total / double(sketch.capacity());
    for (const HeavyHitters::Entry &e : sketch.above(0, sketch.capacity())) {
        const auto it = exact.counts.find(e.key);
        const double truth = it == exact.counts.end() ? 0.0 : it->second;
        QVERIFY2(e.count - e.error <= truth + tolerance, e.key.c_str());
        QVERIFY2(truth <= e.count + tolerance, e.key.c_str());
        QVERIFY2(e.error <= maxError + tolerance, e.key.c_str());
    }
    for (const auto &[key, count] : exact.counts) { // every key above N/capacity is tracked
        if (count > maxError + tolerance)
            QVERIFY2(sketch.estimate(key) >= count - tolerance, key.c_str());
    }
}

} // namespace

class tst_HeavyHitters : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryKeyAboveTheShare_data();
    void findsEveryKeyAboveTheShare();
    void boundsHoldWithDecay();
    void aKeyThatStopsStopsBeingHot();
    void memoryStaysBounded();
};

void tst_HeavyHitters::findsEveryKeyAboveTheShare_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<qint64>("keys");
    QTest::addColumn<double>("s");
    QTest::addColumn<qint64>("capacity");
    QTest::newRow("1%, zipf 1.1, 100k keys") << 0.01 << qint64(100000) << 1.1 << qint64(1000);
    QTest::newRow("0.5%, zipf 0.9, 50k keys") << 0.005 << qint64(50000) << 0.9 << qint64(2000);
    QTest::newRow("2%, zipf 1.5, 1M keys") << 0.02 << qint64(1000000) << 1.5 << qint64(500);
    QTest::newRow("1%, zipf 1.1, tight sketch") << 0.01 << qint64(100000) << 1.1 << qint64(150);
}

void tst_HeavyHitters::findsEveryKeyAboveTheShare()
{
    QFETCH(double, share);
    QFETCH(qint64, keys);
    QFETCH(double, s);
    QFETCH(qint64, capacity);
    HeavyHitters sketch(size_t(capacity), kNoDecay);
    ExactCounts exact;
    feedZipf(sketch, exact, uint64_t(keys), s, 200000, kNoDecay, 11);
    verifyBounds(sketch, exact);

    std::set<std::string> found;
    for (const HeavyHitters::Entry &e : sketch.above(share, size_t(capacity)))
        found.insert(e.key);
    int above = 0;
    for (const auto &[key, count] : exact.counts) {
        if (count >= share * exact.total) {
            ++above;
            QVERIFY2(found.count(key), key.c_str());
        }
    }
    QVERIFY(above >= 3); // the stream really has heavy hitters
    // What is reported is at most N/capacity below the share.
    for (const std::string &key : found)
        QVERIFY2(exact.counts[key] >= (share - 1.0 / double(capacity)) * exact.total, key.c_str());
}

void tst_HeavyHitters::boundsHoldWithDecay()
{
    const uint64_t halfLife = 7000;
    HeavyHitters sketch(300, halfLife);
    ExactCounts exact;
    feedZipf(sketch, exact, 20000, 1.05, 100000, halfLife, 5);
    verifyBounds(sketch, exact);
    // ...and still after the mix of keys changed.
    feedZipf(sketch, exact, 20000, 0.7, 50000, halfLife, 6);
    verifyBounds(sketch, exact);
}

void tst_HeavyHitters::aKeyThatStopsStopsBeingHot()
{
    HeavyHitters sketch(500, 20000);
    const CounterRng rng(9);
    auto coldKey = [&](uint64_t i) { return keyOf(CounterRng::below(rng.bits(i, 0), 10000)); };
    auto isAbove = [&](const std::string &key) {
        for (const HeavyHitters::Entry &e : sketch.above(0.01, 10))
            if (e.key == key)
                return true;
        return false;
    };
    uint64_t i = 0;
    for (; i < 50000; ++i)
        sketch.add(i % 2 ? std::string("was-hot") : coldKey(i));
    QVERIFY(isAbove("was-hot"));
    QVERIFY(!isAbove("now-hot"));
    for (; i < 350000; ++i)
        sketch.add(i % 5 == 0 ? std::string("now-hot") : coldKey(i));
    QVERIFY(!isAbove("was-hot"));
    QVERIFY(isAbove("now-hot"));
}

void tst_HeavyHitters::memoryStaysBounded()
{
    HeavyHitters sketch(256, kNoDecay);
    for (int i = 0; i < 1000000; ++i)
        sketch.add(keyOf(uint64_t(i)));
    QCOMPARE(sketch.size(), size_t(256));
    QCOMPARE(sketch.total(), 1000000.0);
    QVERIFY(sketch.above(0.01, 10).empty()); // no key is anywhere near 1%
}

QTEST_GUILESS_MAIN(tst_HeavyHitters)
#include "tst_heavyhitters.moc"
