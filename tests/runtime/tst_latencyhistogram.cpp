#include "latencyhistogram.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace weir;

class tst_LatencyHistogram : public QObject
{
    Q_OBJECT

private slots:
    void quantilesMatchSortedValues_data();
    void quantilesMatchSortedValues();
    void emptyIsZero();
};

void tst_LatencyHistogram::quantilesMatchSortedValues_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<double>("spread"); // log-normal sigma
    QTest::newRow("narrow") << 1 << 0.2;
    QTest::newRow("wide") << 2 << 2.0;
    QTest::newRow("very wide") << 3 << 4.0;
}

void tst_LatencyHistogram::quantilesMatchSortedValues()
{
    QFETCH(int, seed);
    QFETCH(double, spread);
    std::mt19937_64 rng{uint64_t(seed)};
    std::lognormal_distribution<double> dist(8.0, spread);
    std::vector<uint64_t> values;
    LatencyHistogram h;
    for (int i = 0; i < 100000; ++i) {
        const auto v = uint64_t(dist(rng));
        values.push_back(v);
        h.record(v);
    }
    std::sort(values.begin(), values.end());
    for (double q : {0.5, 0.9, 0.95, 0.99, 0.999}) {
        const double exact = double(values[size_t(q * double(values.size() - 1))]);
        const double approx = double(h.quantile(q));
        QVERIFY2(std::abs(approx - exact) <= 0.02 * exact + 1,
                 qPrintable(QString("q=%1 exact %2 approx %3").arg(q).arg(exact).arg(approx)));
    }
    QCOMPARE(h.count(), uint64_t(values.size()));
}

void tst_LatencyHistogram::emptyIsZero()
{
    LatencyHistogram h;
    QCOMPARE(h.quantile(0.99), uint64_t(0));
}

QTEST_GUILESS_MAIN(tst_LatencyHistogram)
#include "tst_latencyhistogram.moc"
