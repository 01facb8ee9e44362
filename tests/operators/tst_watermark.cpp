#include "collectingemitter.h"
#include "problem.h"
#include "statestore.h"
#include "watermarkoperator.h"

#include <QtTest>

#include <algorithm>
#include <map>
#include <optional>
#include <random>

using namespace weir;

// The watermark node against a brute-force oracle: after each row the watermark is
// the max over every event time accepted so far minus the delay.
class tst_Watermark : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void stateSurvivesRestart();
    void savesOnlyChanges();
    void passesThroughWhenNothingIsLate();
    void saturatesNearTheEdgeOfTime();
    void rejectsBadParameters_data();
    void rejectsBadParameters();
};

namespace {

using Time = std::optional<int64_t>;
constexpr int64_t kStart = 1795621337000;

SchemaPtr eventSchema()
{
    return makeSchema(
        {{"id", FieldType::Int}, {"name", FieldType::String}, {"ts", FieldType::Timestamp}});
}

class MapState : public StateWriter, public StateReader
{
public:
    void put(std::string_view key, std::string_view value) override
    {
        values[std::string(key)] = std::string(value);
        ++puts;
    }
    void erase(std::string_view key) override { values.erase(std::string(key)); }
    void
    forEach(const std::function<void(std::string_view, std::string_view)> &visit) const override
    {
        for (const auto &[key, value] : values)
            visit(key, value);
    }
    std::map<std::string, std::string> values;
    int puts = 0;
};

// Event times drifting forward with disorder, some far behind, some null.
std::vector<Time> randomTimes(std::mt19937_64 &rng, size_t count, int nullPercent)
{
    std::vector<Time> times;
    int64_t now = kStart;
    for (size_t i = 0; i < count; ++i) {
        now += int64_t(rng() % 2000);
        if (int(rng() % 100) < nullPercent)
            times.push_back(std::nullopt);
        else if (rng() % 20 == 0)
            times.push_back(now - int64_t(rng() % 3'600'000)); // up to an hour late
        else
            times.push_back(now - int64_t(rng() % 120'000)); // two minutes of disorder
    }
    return times;
}

Batch eventBatch(const std::vector<Time> &times, size_t firstId)
{
    Batch batch = Batch::withSchema(eventSchema(), times.size());
    for (size_t i = 0; i < times.size(); ++i) {
        const auto id = int64_t(firstId + i);
        batch.columns[0].ints.push_back(id);
        batch.columns[1].strings.push_back(batch.strings().store("e" + std::to_string(id)));
        if (times[i]) {
            batch.columns[2].ints.push_back(*times[i]);
            if (!batch.columns[2].nulls.empty())
                batch.columns[2].nulls.push_back(0);
        } else {
            batch.columns[2].appendNull();
        }
        batch.origins.push_back({0, 0, id});
        ++batch.rows;
    }
    return batch;
}

struct RowResult
{
    bool late = false;
    int64_t watermark = 0;
    bool operator==(const RowResult &) const = default;
};

std::vector<RowResult> bruteForce(const std::vector<Time> &times, int64_t delay, bool dropLate)
{
    std::vector<int64_t> accepted;
    auto watermarkNow = [&] {
        return accepted.empty() ? INT64_MIN
                                : *std::max_element(accepted.begin(), accepted.end()) - delay;
    };
    std::vector<RowResult> results;
    for (const Time &t : times) {
        if (!t || (dropLate && *t < watermarkNow())) {
            results.push_back({true, watermarkNow()});
            continue;
        }
        accepted.push_back(*t);
        results.push_back({false, watermarkNow()});
    }
    return results;
}

// Per row id: where it went and the watermark it carried.
std::map<int64_t, RowResult> collect(const CollectingEmitter &out, int eventColumn)
{
    std::map<int64_t, RowResult> results;
    for (const auto &[port, batch] : out.emitted) {
        if (batch.eventTimeColumn != eventColumn || batch.watermarks.size() != batch.rows
            || batch.origins.size() != batch.rows)
            return {};
        for (size_t row = 0; row < batch.rows; ++row) {
            const int64_t id = batch.columns[0].ints[row];
            if (batch.origins[row].offset != id
                || batch.columns[1].strings[row] != "e" + std::to_string(id))
                return {};
            results[id] = {port == Port::Late, batch.watermarks[row]};
        }
    }
    return results;
}

std::unique_ptr<WatermarkOperator> makeNode(const std::string &delay, bool dropLate)
{
    auto op = makeWatermark({"wm", {}},
                            Json {{"event_time", "ts"}, {"delay", delay}, {"drop_late", dropLate}},
                            eventSchema());
    return std::unique_ptr<WatermarkOperator>(static_cast<WatermarkOperator *>(op.release()));
}

} // namespace

void tst_Watermark::matchesBruteForce_data()
{
    QTest::addColumn<QString>("delay");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<bool>("dropLate");
    QTest::addColumn<int>("nullPercent");
    QTest::newRow("10 minutes, keep late") << "10 minutes" << qint64(600000) << false << 5;
    QTest::newRow("10 minutes, drop late") << "10 minutes" << qint64(600000) << true << 5;
    QTest::newRow("1 minute, drop late") << "1 minute" << qint64(60000) << true << 0;
    QTest::newRow("zero delay, drop late") << "0ms" << qint64(0) << true << 2;
    QTest::newRow("zero delay, keep late") << "0 seconds" << qint64(0) << false << 0;
    QTest::newRow("1 ms, many nulls") << "1ms" << qint64(1) << true << 40;
}

void tst_Watermark::matchesBruteForce()
{
    QFETCH(QString, delay);
    QFETCH(qint64, delayMs);
    QFETCH(bool, dropLate);
    QFETCH(int, nullPercent);
    std::mt19937_64 rng(uint64_t(delayMs) * 31 + uint64_t(nullPercent) + dropLate);
    const std::vector<Time> times = randomTimes(rng, 4000, nullPercent);
    const std::vector<RowResult> expected = bruteForce(times, delayMs, dropLate);
    auto node = makeNode(delay.toStdString(), dropLate);
    CollectingEmitter out;
    size_t next = 0;
    while (next < times.size()) {
        const size_t size = std::min(times.size() - next, size_t(rng() % 300));
        node->process(
            eventBatch({times.begin() + long(next), times.begin() + long(next + size)}, next), out);
        next += size;
        QCOMPARE(node->watermark(), next == 0 ? INT64_MIN : expected[next - 1].watermark);
    }
    const auto actual = collect(out, 2);
    QCOMPARE(actual.size(), times.size());
    uint64_t late = 0;
    uint64_t nulls = 0;
    for (size_t i = 0; i < times.size(); ++i) {
        if (!(actual.at(int64_t(i)) == expected[i]))
            QFAIL(qPrintable(QString("row %1: late %2 wm %3, expected late %4 wm %5")
                                 .arg(i)
                                 .arg(actual.at(int64_t(i)).late)
                                 .arg(actual.at(int64_t(i)).watermark)
                                 .arg(expected[i].late)
                                 .arg(expected[i].watermark)));
        late += expected[i].late;
        nulls += !times[i];
    }
    QCOMPARE(node->lateCount(), late);
    QCOMPARE(node->nullEventTimeCount(), nulls);
    QVERIFY(late > nulls || !dropLate);
}

// Stop after some batches, restore into a new node, continue: same output as one node.
void tst_Watermark::stateSurvivesRestart()
{
    std::mt19937_64 rng(99);
    const std::vector<Time> times = randomTimes(rng, 3000, 3);
    auto whole = makeNode("5 minutes", true);
    CollectingEmitter wholeOut;
    for (size_t at = 0; at < times.size(); at += 250)
        whole->process(eventBatch({times.begin() + long(at), times.begin() + long(at + 250)}, at),
                       wholeOut);

    MapState state;
    auto first = makeNode("5 minutes", true);
    CollectingEmitter restartedOut;
    for (size_t at = 0; at < 1500; at += 250)
        first->process(eventBatch({times.begin() + long(at), times.begin() + long(at + 250)}, at),
                       restartedOut);
    QVERIFY(first->isStateful());
    first->saveState(state);
    QCOMPARE(state.values.count("max_event_time"), size_t(1));
    QCOMPARE(state.values["max_event_time"], std::to_string(first->maxEventTime()));

    auto second = makeNode("5 minutes", true);
    QCOMPARE(second->watermark(), INT64_MIN);
    second->loadState(state);
    QCOMPARE(second->watermark(), first->watermark());
    for (size_t at = 1500; at < times.size(); at += 250)
        second->process(eventBatch({times.begin() + long(at), times.begin() + long(at + 250)}, at),
                        restartedOut);
    QCOMPARE(collect(restartedOut, 2), collect(wholeOut, 2));
    QCOMPARE(second->watermark(), whole->watermark());

    MapState bad;
    bad.values["max_event_time"] = "12x";
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, second->loadState(bad));
}

void tst_Watermark::savesOnlyChanges()
{
    auto node = makeNode("1 minute", false);
    MapState state;
    node->saveState(state);
    QCOMPARE(state.puts, 0); // nothing seen yet
    CollectingEmitter out;
    node->process(eventBatch({kStart, kStart + 5}, 0), out);
    node->saveState(state);
    QCOMPARE(state.puts, 1);
    node->process(eventBatch({kStart + 1}, 2), out); // older: max unchanged
    node->saveState(state);
    QCOMPARE(state.puts, 1);
    node->process(eventBatch({kStart + 9}, 3), out);
    node->saveState(state);
    QCOMPARE(state.puts, 2);
    QCOMPARE(state.values["max_event_time"], std::to_string(kStart + 9));
}

void tst_Watermark::passesThroughWhenNothingIsLate()
{
    auto node = makeNode("10 minutes", false);
    Batch in = eventBatch({kStart + 3, kStart + 1, kStart + 7}, 0);
    in.ingestNs = 77;
    CollectingEmitter out;
    node->process(in, out);
    QCOMPARE(out.emitted.size(), size_t(1));
    const Batch &batch = out.emitted[0].second;
    QCOMPARE(out.emitted[0].first, Port::Out);
    QCOMPARE(batch.rows, size_t(3));
    QCOMPARE(batch.ingestNs, int64_t(77));
    QCOMPARE(batch.origins, in.origins);
    QCOMPARE(batch.eventTimeColumn, 2);
    QCOMPARE(
        batch.watermarks,
        (std::vector<int64_t> {kStart + 3 - 600000, kStart + 3 - 600000, kStart + 7 - 600000}));
    QCOMPARE(batch.watermark(), node->watermark());
    QCOMPARE(*node->outputSchema(Port::Late), *eventSchema());
    QCOMPARE(node->lateCount(), uint64_t(0));
}

void tst_Watermark::saturatesNearTheEdgeOfTime()
{
    auto node = makeNode("1 day", true);
    CollectingEmitter out;
    node->process(eventBatch({INT64_MIN + 5, INT64_MIN + 3}, 0), out);
    QCOMPARE(node->watermark(), INT64_MIN);
    QCOMPARE(node->lateCount(), uint64_t(0));
    node->process(eventBatch({INT64_MAX}, 2), out);
    QCOMPARE(node->watermark(), INT64_MAX - 86400000);
}

void tst_Watermark::rejectsBadParameters_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray("{}") << "event_time"
                             << "missing";
    QTest::newRow("not a name") << QByteArray(R"({"event_time": 3})") << "event_time"
                                << "must be a field name";
    QTest::newRow("unknown") << QByteArray(R"({"event_time": "tss"})") << "event_time"
                             << "unknown field 'tss' (did you mean 'ts'?)";
    QTest::newRow("not a timestamp") << QByteArray(R"({"event_time": "name"})") << "event_time"
                                     << "field 'name' is a string, not a timestamp";
    QTest::newRow("bad delay") << QByteArray(R"({"event_time": "ts", "delay": "soon"})") << "delay"
                               << "must be a duration";
    QTest::newRow("numeric delay") << QByteArray(R"({"event_time": "ts", "delay": 5})") << "delay"
                                   << "must be a duration";
    QTest::newRow("drop_late") << QByteArray(R"({"event_time": "ts", "drop_late": "yes"})")
                               << "drop_late"
                               << "true or false";
}

void tst_Watermark::rejectsBadParameters()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, param);
    QFETCH(QString, message);
    try {
        makeWatermark({"wm", {}}, Json::parse(params.toStdString()), eventSchema());
        QFAIL("no PipelineError");
    } catch (const PipelineError &error) {
        QCOMPARE(error.problems().size(), size_t(1));
        QCOMPARE(QString::fromStdString(error.problems()[0].param), param);
        QVERIFY2(QString::fromStdString(error.problems()[0].message).contains(message),
                 error.problems()[0].message.c_str());
    }
}

QTEST_GUILESS_MAIN(tst_Watermark)
#include "tst_watermark.moc"
