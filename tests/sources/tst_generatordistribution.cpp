#include "generatortesting.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace weir;
using namespace weir::testing;

Q_DECLARE_METATYPE(weir::Json)

// The statistics of generated events against the distributions the parameters ask for.
class tst_GeneratorDistribution : public QObject
{
    Q_OBJECT

private slots:
    void malformedEventsAreMixed();
    void timeShifts();
    void eventTypeFrequencies_data();
    void eventTypeFrequencies();
    void zipfSkew_data();
    void zipfSkew();
};

void tst_GeneratorDistribution::malformedEventsAreMixed()
{
    const Json params = testParams({{"count", 40000}, {"malformed", 0.1}, {"late", 0}});
    const Records records = generate(params);
    std::map<std::string, int64_t> kinds;
    for (size_t i = 0; i < records.values.size(); ++i) {
        const std::string &value = records.values[i];
        QVERIFY(value.find('\n') == std::string::npos);
        const nlohmann::json event = nlohmann::json::parse(value, nullptr, false);
        if (event.is_discarded())
            ++kinds[value.starts_with("{\"event_id\"") ? "truncated" : "garbage"];
        else if (event.is_array())
            ++kinds["array"];
        else if (!event.contains("user_id") && records.keys[i].empty())
            ++kinds["missing user"];
        else if (event["timestamp"] == "not-a-time")
            ++kinds["bad timestamp"];
    }
    QCOMPARE(kinds.size(), size_t(5));
    int64_t malformed = 0;
    for (const auto &[kind, count] : kinds) {
        malformed += count;
        QVERIFY2(fractionMatches(count, 40000, 0.02), kind.c_str());
    }
    QVERIFY(fractionMatches(malformed, 40000, 0.1));
}

void tst_GeneratorDistribution::timeShifts()
{
    const int64_t n = samples(100000);
    const Json params = testParams({{"count", n},
                                    {"time_rate", 400},
                                    {"out_of_order", 0.1},
                                    {"disorder", "2 minutes"},
                                    {"late", 0.02},
                                    {"lateness", "30 minutes"},
                                    {"malformed", 0}});
    const Records records = generate(params);
    const int64_t start = isoMs(kStart);
    int64_t inOrder = 0, outOfOrder = 0, late = 0;
    double disorderSum = 0;
    for (size_t i = 0; i < records.values.size(); ++i) {
        const auto event = wellFormed(records.values[i]);
        QVERIFY(event);
        const int64_t expected = start + int64_t(std::floor(double(i) * 1000.0 / 400.0));
        const int64_t shift = expected - isoMs((*event)["timestamp"]);
        if (shift == 0) {
            ++inOrder;
        } else if (shift > 0 && shift <= 120000) {
            ++outOfOrder;
            disorderSum += double(shift);
        } else {
            QVERIFY2(shift >= 1800000 && shift <= 2700000, std::to_string(shift).c_str());
            ++late;
        }
    }
    QVERIFY(fractionMatches(outOfOrder, n, 0.1));
    QVERIFY(fractionMatches(late, n, 0.02));
    // Shifts are U(0, 2 minutes): mean 60000 ms, standard deviation 120000 / sqrt(12).
    const double sigmaOfMean = 120000 / std::sqrt(12.0 * double(outOfOrder));
    QVERIFY(std::abs(disorderSum / double(outOfOrder) - 60000) < 5 * sigmaOfMean);
    QCOMPARE(inOrder + outOfOrder + late, n);
}

void tst_GeneratorDistribution::eventTypeFrequencies_data()
{
    QTest::addColumn<Json>("weights");
    QTest::newRow("defaults") << Json(nullptr);
    QTest::newRow("custom") << Json {{"a", 1}, {"b", 3}, {"never", 0}, {"c\"quoted", 0.5}};
    QTest::newRow("single") << Json {{"only", 2}};
}

void tst_GeneratorDistribution::eventTypeFrequencies()
{
    QFETCH(Json, weights);
    const int64_t n = samples(100000);
    const Records records
        = generate(testParams({{"count", n}, {"malformed", 0}, {"event_types", weights}}));
    const Json resolved = weights.is_null() ? Json {{"page_view", 60},
                                                    {"click", 25},
                                                    {"add_to_cart", 8},
                                                    {"purchase", 5},
                                                    {"signup", 2}}
                                            : weights;
    std::map<std::string, double> counts;
    for (const std::string &value : records.values)
        counts[nlohmann::json::parse(value)["event_type"].get<std::string>()] += 1;
    double total = 0;
    for (const auto &[name, weight] : resolved.items())
        total += weight.get<double>();
    std::vector<double> observed, expected;
    for (const auto &[name, weight] : resolved.items()) {
        if (weight.get<double>() == 0) {
            QCOMPARE(counts.count(name), size_t(0));
            continue;
        }
        observed.push_back(counts[name]);
        expected.push_back(double(n) * weight.get<double>() / total);
    }
    QCOMPARE(double(counts.size()), double(observed.size()));
    QVERIFY(chiSquareMatches(observed, expected));
}

void tst_GeneratorDistribution::zipfSkew_data()
{
    QTest::addColumn<int64_t>("users");
    QTest::addColumn<double>("s");
    QTest::newRow("default skew") << int64_t(1000) << 1.1;
    QTest::newRow("s = 1") << int64_t(200) << 1.0;
    QTest::newRow("mild") << int64_t(5000) << 0.6;
    QTest::newRow("steep") << int64_t(100) << 2.0;
    QTest::newRow("uniform") << int64_t(50) << 0.0;
    QTest::newRow("one user") << int64_t(1) << 1.1;
}

// Counts per user against P(k) = k^-s / H(n, s), by chi-square over the ranks with
// enough expected events, and the slope of the rank-frequency plot in log-log.
void tst_GeneratorDistribution::zipfSkew()
{
    QFETCH(int64_t, users);
    QFETCH(double, s);
    const int64_t n = samples(200000);
    const Records records
        = generate(testParams({{"count", n}, {"users", users}, {"zipf", s}, {"malformed", 0}}));
    std::vector<double> counts(size_t(users) + 1);
    for (const std::string &key : records.keys)
        counts[size_t(userNumber(key))] += 1;
    double harmonic = 0;
    for (int64_t k = 1; k <= users; ++k)
        harmonic += std::pow(double(k), -s);
    std::vector<double> observed, expected;
    double restObserved = 0, restExpected = 0;
    for (int64_t k = 1; k <= users; ++k) {
        const double e = double(n) * std::pow(double(k), -s) / harmonic;
        if (e >= 20) {
            observed.push_back(counts[size_t(k)]);
            expected.push_back(e);
        } else {
            restObserved += counts[size_t(k)];
            restExpected += e;
        }
    }
    if (restExpected > 0) {
        observed.push_back(restObserved);
        expected.push_back(restExpected);
    }
    if (users > 1)
        QVERIFY(chiSquareMatches(observed, expected));
    else
        QCOMPARE(counts[1], double(n));
    std::vector<double> ranked(counts.begin() + 1, counts.end());
    std::sort(ranked.rbegin(), ranked.rend());
    double sx = 0, sy = 0, sxx = 0, sxy = 0, m = 0;
    for (size_t r = 0;
         r < ranked.size() && double(n) * std::pow(double(r + 1), -s) / harmonic >= 200; ++r) {
        const double x = std::log(double(r + 1)), y = std::log(ranked[r]);
        sx += x, sy += y, sxx += x * x, sxy += x * y, m += 1;
    }
    if (m >= 10 && s > 0)
        QVERIFY(std::abs((m * sxy - sx * sy) / (m * sxx - sx * sx) + s) < 0.1);
}

QTEST_GUILESS_MAIN(tst_GeneratorDistribution)
#include "tst_generatordistribution.moc"
