#include "aggregates.h"
#include "distinctset.h"
#include "groupkeycodec.h"
#include "hash64.h"
#include "hyperloglog.h"
#include "quantilesketch.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <unordered_set>

using namespace weir;

class tst_Aggregates : public QObject
{
    Q_OBJECT

private slots:
    void hashSpreadsBits();
    void hyperLogLogError_data();
    void hyperLogLogError();
    void hyperLogLogMergeAndSerialize_data();
    void hyperLogLogMergeAndSerialize();
    void quantileSketchAccuracy_data();
    void quantileSketchAccuracy();
    void quantileSketchMergeAndSerialize();
    void quantileSketchWideRange();
    void distinctSetIsExact();
    void aggregatesMatchDirectComputation();
    void groupKeyRoundTripAndOrder();
};

namespace {

std::string userName(uint64_t i)
{
    return "user-" + std::to_string(i);
}

double exactQuantile(std::vector<double> sorted, double q)
{
    std::sort(sorted.begin(), sorted.end());
    return sorted[size_t(std::floor(q * double(sorted.size() - 1)))];
}

std::string bytesOf(const auto &sketch)
{
    std::string out;
    ByteEncoder encoder(out);
    sketch.serialize(encoder);
    return out;
}

template<typename T> T roundTrip(const T &sketch)
{
    const std::string bytes = bytesOf(sketch);
    ByteDecoder decoder(bytes);
    T copy;
    if (!copy.deserialize(decoder) || !decoder.atEnd())
        qFatal("deserialize failed");
    return copy;
}

} // namespace

// Every output bit flips for about half of the inputs: HLL takes its register from the top.
void tst_Aggregates::hashSpreadsBits()
{
    std::vector<int> ones(64, 0);
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        const uint64_t h = i % 2 ? Hash64::int64(i) : Hash64::text(userName(uint64_t(i)));
        for (int b = 0; b < 64; ++b)
            ones[size_t(b)] += int((h >> b) & 1);
    }
    for (int b = 0; b < 64; ++b)
        QVERIFY2(std::abs(ones[size_t(b)] - n / 2) < n / 40, qPrintable(QString::number(b)));
    std::set<uint64_t> seen;
    std::string text(100, 'x');
    for (size_t length = 0; length <= text.size(); ++length)
        seen.insert(Hash64::bytes(text.data(), length));
    QCOMPARE(seen.size(), text.size() + 1);
    QCOMPARE(Hash64::real(0.0), Hash64::real(-0.0));
    QCOMPARE(Hash64::real(std::nan("1")), Hash64::real(std::nan("2")));
}

void tst_Aggregates::hyperLogLogError_data()
{
    QTest::addColumn<int>("distinct");
    QTest::addColumn<bool>("strings");
    for (int n : {1000, 100000, 1000000}) {
        QTest::addRow("%d strings", n) << n << true;
        QTest::addRow("%d ints", n) << n << false;
    }
}

void tst_Aggregates::hyperLogLogError()
{
    QFETCH(int, distinct);
    QFETCH(bool, strings);
    HyperLogLog sketch;
    for (int repeat = 0; repeat < 2; ++repeat) { // duplicates do not count
        for (int i = 0; i < distinct; ++i)
            sketch.addHash(strings ? Hash64::text(userName(uint64_t(i)))
                                   : Hash64::int64(int64_t(i) * 7919));
    }
    const double error = std::abs(sketch.estimate() - distinct) / distinct;
    qInfo("n = %d: estimate %.0f, error %.3f%%", distinct, sketch.estimate(), error * 100);
    QVERIFY2(error <= 0.02, qPrintable(QString::number(error)));
}

void tst_Aggregates::hyperLogLogMergeAndSerialize_data()
{
    QTest::addColumn<int>("each");
    QTest::newRow("sparse") << 300;
    QTest::newRow("sparse into dense") << 1500;
    QTest::newRow("dense") << 50000;
}

void tst_Aggregates::hyperLogLogMergeAndSerialize()
{
    QFETCH(int, each);
    HyperLogLog a;
    HyperLogLog b;
    HyperLogLog all;
    for (int i = 0; i < each; ++i) {
        a.addHash(Hash64::int64(i));
        b.addHash(Hash64::int64(i + each / 2)); // half overlaps a
        all.addHash(Hash64::int64(i));
        all.addHash(Hash64::int64(i + each / 2));
    }
    QCOMPARE(a.isSparse(), each <= 2048);
    HyperLogLog merged = roundTrip(a);
    merged.merge(roundTrip(b));
    QCOMPARE(merged.estimate(), all.estimate());
    QVERIFY(std::abs(all.estimate() - 1.5 * each) <= 0.02 * 1.5 * each);
    const HyperLogLog copy = roundTrip(merged);
    QCOMPARE(copy.estimate(), merged.estimate());
    QCOMPARE(bytesOf(copy), bytesOf(merged));
    QCOMPARE(HyperLogLog().estimate(), 0.0);
}

void tst_Aggregates::quantileSketchAccuracy_data()
{
    QTest::addColumn<QString>("distribution");
    for (const char *name : {"uniform", "normal", "lognormal", "zeros", "integers", "negative"})
        QTest::newRow(name) << QString(name);
}

void tst_Aggregates::quantileSketchAccuracy()
{
    QFETCH(QString, distribution);
    std::mt19937_64 random(99);
    std::uniform_real_distribution<double> uniform(0.5, 1000);
    std::normal_distribution<double> normal(10, 50);
    std::lognormal_distribution<double> lognormal(0, 4);
    std::uniform_int_distribution<int> integers(-20, 20);
    std::vector<double> values;
    QuantileSketch sketch;
    for (int i = 0; i < 50000; ++i) {
        double v = 0;
        if (distribution == "uniform")
            v = uniform(random);
        else if (distribution == "normal")
            v = normal(random);
        else if (distribution == "lognormal")
            v = lognormal(random);
        else if (distribution == "zeros")
            v = i % 3 == 0 ? 0.0 : normal(random);
        else if (distribution == "integers")
            v = integers(random);
        else
            v = -lognormal(random);
        values.push_back(v);
        sketch.add(v);
    }
    QCOMPARE(sketch.count(), uint64_t(values.size()));
    for (double q : {0.0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1.0}) {
        const double exact = exactQuantile(values, q);
        const double estimate = sketch.quantile(q);
        const double tolerance = QuantileSketch::kRelativeAccuracy * std::abs(exact) + 1e-12;
        QVERIFY2(std::abs(estimate - exact) <= tolerance,
                 qPrintable(QString("q %1: %2 vs exact %3").arg(q).arg(estimate).arg(exact)));
    }
    QVERIFY(std::isnan(QuantileSketch().quantile(0.5)));
}

void tst_Aggregates::quantileSketchMergeAndSerialize()
{
    std::mt19937_64 random(5);
    std::normal_distribution<double> normal(0, 1000);
    QuantileSketch a;
    QuantileSketch b;
    QuantileSketch all;
    for (int i = 0; i < 20000; ++i) {
        const double v = normal(random);
        (i % 3 ? a : b).add(v);
        all.add(v);
    }
    QuantileSketch merged = roundTrip(a);
    merged.merge(roundTrip(b));
    QCOMPARE(merged.count(), all.count());
    for (double q : {0.0, 0.05, 0.5, 0.95, 1.0})
        QCOMPARE(merged.quantile(q), all.quantile(q));
    QCOMPARE(bytesOf(roundTrip(merged)), bytesOf(all));
}

// Values over 600 orders of magnitude: the store folds the smallest magnitudes, the
// order of insertion does not change the result, and large quantiles stay accurate.
void tst_Aggregates::quantileSketchWideRange()
{
    std::vector<double> values;
    for (int e = -300; e <= 300; ++e)
        values.push_back(std::pow(10.0, e));
    QuantileSketch forward;
    QuantileSketch backward;
    for (double v : values)
        forward.add(v);
    for (auto v = values.rbegin(); v != values.rend(); ++v)
        backward.add(*v);
    QCOMPARE(bytesOf(forward), bytesOf(backward));
    QCOMPARE(forward.count(), uint64_t(values.size()));
    for (double q : {0.975, 0.99, 1.0}) { // the top 1e17 of the range keeps 1%
        const double exact = exactQuantile(values, q);
        QVERIFY(std::abs(forward.quantile(q) - exact) <= 0.01 * exact);
    }
    QuantileSketch special;
    special.add(std::nan(""));
    special.add(std::numeric_limits<double>::infinity());
    special.add(-0.0);
    QCOMPARE(special.count(), uint64_t(2));
    QCOMPARE(special.quantile(0), 0.0);
    QVERIFY(std::isinf(special.quantile(1)));
}

void tst_Aggregates::distinctSetIsExact()
{
    std::mt19937_64 random(11);
    std::uniform_int_distribution<int64_t> values(-5000, 5000);
    DistinctSet a;
    DistinctSet b;
    std::unordered_set<int64_t> exact;
    for (int i = 0; i < 30000; ++i) {
        const int64_t v = values(random);
        exact.insert(v);
        (i % 2 ? a : b).insert(Hash64::int64(v));
    }
    a.insert(0); // the hash value kept aside
    QVERIFY(!a.insert(0));
    QVERIFY(a.contains(0));
    QVERIFY(!b.contains(0));
    DistinctSet merged = roundTrip(a);
    merged.merge(roundTrip(b));
    QCOMPARE(merged.size(), uint64_t(exact.size() + 1));
    for (int64_t v : exact)
        QVERIFY(merged.contains(Hash64::int64(v)));
    QVERIFY(!merged.contains(Hash64::int64(123456789)));
}

void tst_Aggregates::aggregatesMatchDirectComputation()
{
    const SchemaPtr schema = makeSchema(
        {{"name", FieldType::String}, {"amount", FieldType::Double}, {"qty", FieldType::Int}});
    const Json params = Json::parse(R"([
        {"fn": "count"}, {"fn": "count", "field": "amount"},
        {"fn": "count_distinct", "field": "name"}, {"fn": "approx_count_distinct", "field": "qty"},
        {"fn": "sum", "field": "amount"}, {"fn": "sum", "field": "qty"},
        {"fn": "min", "field": "name"}, {"fn": "max", "field": "amount"},
        {"fn": "avg", "field": "qty"}, {"fn": "percentile", "field": "amount", "q": 0.5}])");
    const AggregateSpecs specs = parseAggregateSpecs("n", params, *schema);
    Batch batch = Batch::withSchema(schema);
    const char *names[] = {"kiwi", "apple", "fig", "apple"};
    for (int i = 0; i < 8; ++i) {
        batch.columns[0].strings.push_back(names[i % 4]);
        if (i == 3) {
            batch.columns[1].appendNull();
        } else {
            batch.columns[1].doubles.push_back(i * 1.5 - 3);
            if (!batch.columns[1].nulls.empty())
                batch.columns[1].nulls.push_back(0);
        }
        batch.columns[2].ints.push_back(i % 3);
    }
    batch.rows = 8;
    AggregateInputs inputs(specs);
    inputs.prepare(batch);
    Aggregates first(specs);
    Aggregates second(specs);
    for (size_t row = 0; row < batch.rows; ++row)
        (row < 5 ? first : second).add(specs, inputs, row);
    first.merge(specs, second);
    std::string bytes;
    first.serialize(specs, bytes);
    Aggregates restored(specs);
    QVERIFY(restored.deserialize(specs, bytes));
    QVERIFY(!restored.deserialize(specs, bytes.substr(0, bytes.size() - 1)));
    QVERIFY(restored.deserialize(specs, bytes));
    Batch out = Batch::withSchema(makeSchema({{"a", FieldType::Int},
                                              {"b", FieldType::Int},
                                              {"c", FieldType::Int},
                                              {"d", FieldType::Int},
                                              {"e", FieldType::Double},
                                              {"f", FieldType::Int},
                                              {"g", FieldType::String},
                                              {"h", FieldType::Double},
                                              {"i", FieldType::Double},
                                              {"j", FieldType::Double}}));
    restored.writeResults(specs, out, 0);
    QCOMPARE(out.columns[0].ints[0], int64_t(8));
    QCOMPARE(out.columns[1].ints[0], int64_t(7));
    QCOMPARE(out.columns[2].ints[0], int64_t(3));
    QCOMPARE(out.columns[3].ints[0], int64_t(3));
    // amounts: -3, -1.5, 0, (null), 3, 4.5, 6, 7.5
    QCOMPARE(out.columns[4].doubles[0], -3 - 1.5 + 0 + 3 + 4.5 + 6 + 7.5);
    QCOMPARE(out.columns[5].ints[0], int64_t(0 + 1 + 2 + 0 + 1 + 2 + 0 + 1));
    QCOMPARE(out.columns[6].strings[0], std::string_view("apple"));
    QCOMPARE(out.columns[7].doubles[0], 7.5);
    QCOMPARE(out.columns[8].doubles[0], 7.0 / 8.0);
    QVERIFY(std::abs(out.columns[9].doubles[0] - 3.0) <= 0.03);
    // Nothing added: counts are 0, the others null.
    Aggregates empty(specs);
    empty.writeResults(specs, out, 0);
    QCOMPARE(out.columns[0].ints[1], int64_t(0));
    QCOMPARE(out.columns[2].ints[1], int64_t(0));
    QVERIFY(out.columns[4].isNull(1));
    QVERIFY(out.columns[6].isNull(1));
    QVERIFY(out.columns[9].isNull(1));
    QVERIFY(!out.columns[4].isNull(0));
}

void tst_Aggregates::groupKeyRoundTripAndOrder()
{
    const SchemaPtr schema
        = makeSchema({{"s", FieldType::String}, {"i", FieldType::Int}, {"d", FieldType::Double}});
    const GroupKeyCodec codec({0, 1, 2}, {FieldType::String, FieldType::Int, FieldType::Double});
    Batch batch = Batch::withSchema(schema);
    const std::string withZero("a\0b", 3);
    const std::vector<std::string> texts {"", "a", withZero, "ab", "b"};
    const std::vector<int64_t> ints {std::numeric_limits<int64_t>::min(), -5, 0, 7};
    const std::vector<double> doubles {-1e300, -2.5, 0.0, 1e-300, 3.25};
    for (const std::string &t : texts) {
        for (int64_t i : ints) {
            for (double d : doubles) {
                batch.columns[0].strings.push_back(batch.strings().store(t));
                batch.columns[1].ints.push_back(i);
                batch.columns[2].doubles.push_back(d);
                ++batch.rows;
            }
        }
    }
    batch.columns[1].nulls.assign(batch.rows, 0);
    batch.columns[1].nulls[0] = 1;
    Batch decoded = Batch::withSchema(schema);
    std::string previous;
    for (size_t row = 0; row < batch.rows; ++row) {
        std::string key;
        codec.encode(batch, row, key);
        QVERIFY(codec.decode(key, decoded, 0));
        if (row > 0) // rows were generated in value order, the null first
            QVERIFY2(previous < key, qPrintable(QString::number(row)));
        previous = key;
    }
    decoded.rows = batch.rows;
    QVERIFY(decoded.columns[1].isNull(0));
    for (size_t row = 1; row < batch.rows; ++row) {
        QCOMPARE(decoded.columns[0].strings[row], batch.columns[0].strings[row]);
        QCOMPARE(decoded.columns[1].ints[row], batch.columns[1].ints[row]);
        QCOMPARE(decoded.columns[2].doubles[row], batch.columns[2].doubles[row]);
    }
    QVERIFY(!codec.decode(std::string("\2", 1), decoded, 0));
}

QTEST_GUILESS_MAIN(tst_Aggregates)
#include "tst_aggregates.moc"
