#include "counterrng.h"
#include "generatortesting.h"
#include "zipfsampler.h"

#include <QtTest>

#include <cmath>

using namespace weir;
using namespace weir::testing;

Q_DECLARE_METATYPE(weir::ZipfSampler::Method)

class tst_ZipfSampler : public QObject
{
    Q_OBJECT

private slots:
    void distribution_data();
    void distribution();
};

void tst_ZipfSampler::distribution_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("s");
    QTest::addColumn<ZipfSampler::Method>("method");
    const std::pair<const char *, ZipfSampler::Method> methods[] = {
        {"alias", ZipfSampler::Method::AliasTable},
        {"rejection", ZipfSampler::Method::RejectionInversion},
    };
    for (const auto &[name, method] : methods) {
        QTest::addRow("%s n=10 s=1.1", name) << qint64(10) << 1.1 << method;
        QTest::addRow("%s n=1000 s=0.8", name) << qint64(1000) << 0.8 << method;
        QTest::addRow("%s n=300 s=1", name) << qint64(300) << 1.0 << method;
        QTest::addRow("%s n=50 s=2.5", name) << qint64(50) << 2.5 << method;
        QTest::addRow("%s n=2 s=0.01", name) << qint64(2) << 0.01 << method;
        QTest::addRow("%s n=1 s=1.5", name) << qint64(1) << 1.5 << method;
    }
    QTest::newRow("uniform") << qint64(7) << 0.0 << ZipfSampler::Method::Auto;
    QTest::newRow("large n (rejection)") << qint64(5000000) << 1.1 << ZipfSampler::Method::Auto;
}

// Sample counts against P(k) = k^-s / H(n, s): chi-square over the ranks expected
// at least 20 times, the rest pooled in one bin.
void tst_ZipfSampler::distribution()
{
    QFETCH(qint64, n);
    QFETCH(double, s);
    QFETCH(ZipfSampler::Method, method);
    const ZipfSampler sampler(uint64_t(n), s, method);
    const CounterRng rng(3);
    const uint64_t samples = 400000;
    const uint64_t tracked = std::min<uint64_t>(uint64_t(n), 100000);
    std::vector<double> counts(tracked + 1);
    for (uint64_t i = 0; i < samples; ++i) {
        uint64_t slot = 0;
        const uint64_t k = sampler.sample([&] { return rng.unit(i, slot++); });
        QVERIFY(k >= 1 && k <= uint64_t(n));
        counts[std::min(k, tracked + 1) - 1] += 1; // ranks past `tracked` share the last bin
    }
    double harmonic = 0;
    for (qint64 k = 1; k <= n; ++k)
        harmonic += std::pow(double(k), -s);
    std::vector<double> observed, expected;
    double restObserved = 0, restExpected = 0;
    for (qint64 k = 1; k <= n; ++k) {
        const double e = double(samples) * std::pow(double(k), -s) / harmonic;
        const double o = uint64_t(k) <= tracked ? counts[size_t(k - 1)] : 0;
        if (e >= 20 && uint64_t(k) < tracked) {
            observed.push_back(o);
            expected.push_back(e);
        } else {
            restObserved += o;
            restExpected += e;
        }
    }
    if (uint64_t(n) > tracked)
        restObserved += counts[tracked];
    if (restExpected > 0) {
        observed.push_back(restObserved);
        expected.push_back(restExpected);
    }
    if (n == 1)
        QCOMPARE(counts[0], double(samples));
    else
        QVERIFY(chiSquareMatches(observed, expected));
}

QTEST_GUILESS_MAIN(tst_ZipfSampler)
#include "tst_zipfsampler.moc"
