#include "windowreference.h"

#include "problem.h"
#include "statestore.h"
#include "windowoperator.h"

#include <QtTest>

#include <chrono>
#include <functional>
#include <map>
#include <random>

using namespace weir;

class tst_Windows : public QObject
{
    Q_OBJECT

private slots:
    void outputSchema();
    void badParameters_data();
    void badParameters();
    void matchesReference_data();
    void matchesReference();
    void restoresIntoFreshOperator();
    void throughput();
};

namespace {

// Collects what an operator emits: output rows by phase (the micro-batch whose
// finishBatch emitted them; the last phase is finishInput) and the late rows' offsets.
class CollectingEmitter : public Emitter
{
public:
    explicit CollectingEmitter(size_t groupFields)
        : m_groupFields(groupFields)
    {
    }

    void send(Port port, Batch &&batch) override
    {
        if (port == Port::Late) {
            for (const Origin &origin : batch.origins)
                late.push_back(size_t(origin.offset));
            return;
        }
        QCOMPARE(port, Port::Out);
        for (size_t r = 1; r < batch.rows; ++r)
            QVERIFY(batch.columns[0].ints[r - 1] <= batch.columns[0].ints[r]);
        for (const ResultRow &row : resultRows(batch, m_groupFields))
            phases.back().push_back(row);
    }

    std::vector<std::vector<ResultRow>> phases {{}};
    std::vector<size_t> late;

private:
    size_t m_groupFields;
};

class MemoryState : public StateWriter, public StateReader
{
public:
    void put(std::string_view key, std::string_view value) override
    {
        pairs[std::string(key)] = std::string(value);
    }
    void erase(std::string_view key) override { pairs.erase(std::string(key)); }
    void
    forEach(const std::function<void(std::string_view, std::string_view)> &visit) const override
    {
        for (const auto &[key, value] : pairs)
            visit(key, value);
    }
    std::map<std::string, std::string> pairs;
};

struct RunResult
{
    std::vector<std::vector<ResultRow>> phases;
    std::vector<int64_t> watermarks; // the operator's, after each micro-batch
    std::set<size_t> late;
    uint64_t lateCount = 0;
    size_t stateSize = 0;
    std::string problem; // what went wrong saving or restoring, if anything
};

// Micro-batches as lists of process() cut points: {begin, cut..., end}.
using Split = std::vector<std::vector<size_t>>;

std::unique_ptr<Operator> makeWindow(const WindowCase &c)
{
    const NodeContext ctx {.id = "win", .sourceNames = {"events"}};
    const Json params = windowParams(c);
    if (c.kind == "tumbling")
        return makeTumblingWindow(ctx, params, eventSchema());
    if (c.kind == "sliding")
        return makeSlidingWindow(ctx, params, eventSchema());
    return makeSessionWindow(ctx, params, eventSchema());
}

Split randomSplit(uint64_t seed, size_t count)
{
    std::mt19937_64 random(seed * 7 + 1);
    Split split;
    for (size_t begin = 0; begin < count;) {
        const size_t end = std::min(count, begin + 1 + random() % 300);
        std::vector<size_t> cuts {begin};
        for (size_t extra = random() % 3; extra > 0; --extra)
            cuts.push_back(begin + random() % (end - begin + 1));
        cuts.push_back(end);
        std::sort(cuts.begin(), cuts.end());
        split.push_back(cuts);
        begin = end;
    }
    return split;
}

RunResult run(const WindowCase &c, const std::vector<TestEvent> &events, const Split &split,
              bool saveAndRestore)
{
    std::unique_ptr<Operator> op = makeWindow(c);
    CollectingEmitter out(c.groupBy.size());
    MemoryState checkpoint;
    RunResult result;
    for (const std::vector<size_t> &cuts : split) {
        for (size_t i = 0; i + 1 < cuts.size(); ++i)
            op->process(eventBatch(events, cuts[i], cuts[i + 1]), out);
        op->finishBatch(out);
        result.watermarks.push_back(op->watermark());
        out.phases.emplace_back();
        if (!saveAndRestore)
            continue;
        auto *window = dynamic_cast<WindowOperator *>(op.get());
        op->saveState(checkpoint);
        const size_t size = window->stateSize();
        if (checkpoint.pairs.size() != size + 1 && result.problem.empty()) // + the header
            result.problem = "the checkpoint holds " + std::to_string(checkpoint.pairs.size())
                + " pairs for " + std::to_string(size) + " entries";
        op = makeWindow(c);
        op->loadState(checkpoint);
        window = dynamic_cast<WindowOperator *>(op.get());
        if ((window->stateSize() != size || op->watermark() != result.watermarks.back())
            && result.problem.empty())
            result.problem = "the restored operator differs";
    }
    op->finishInput(out);
    const auto *window = dynamic_cast<const WindowOperator *>(op.get());
    result.phases = std::move(out.phases);
    result.late.insert(out.late.begin(), out.late.end());
    if (result.late.size() != out.late.size())
        result.problem = "a late row was sent twice";
    result.lateCount = window->lateCount();
    result.stateSize = window->stateSize();
    return result;
}

std::map<std::tuple<int64_t, int64_t, std::string>, ResultRow> upsertTable(const RunResult &r)
{
    std::map<std::tuple<int64_t, int64_t, std::string>, ResultRow> table;
    for (const auto &phase : r.phases) {
        for (const ResultRow &row : phase)
            table[row.key()] = row;
    }
    return table;
}

std::vector<ResultRow> allRows(const RunResult &r)
{
    std::vector<ResultRow> rows;
    for (const auto &phase : r.phases)
        rows.insert(rows.end(), phase.begin(), phase.end());
    std::sort(rows.begin(), rows.end());
    return rows;
}

// The upsert table's rows for the reference's windows (sessions may add superseded ones).
std::vector<ResultRow> finalRows(const RunResult &r, const std::vector<ResultRow> &expected)
{
    std::vector<ResultRow> rows;
    for (const auto &[key, row] : upsertTable(r)) {
        if (std::binary_search(expected.begin(), expected.end(), row))
            rows.push_back(row);
    }
    return rows;
}

void checkRows(const std::vector<ResultRow> &got, const std::vector<ResultRow> &expected)
{
    QCOMPARE(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
        const std::string why = compareToReference(got[i], expected[i]);
        QVERIFY2(why.empty(), why.c_str());
    }
}

// Session rows in an upsert table that no reference session has: emitted before the
// session grew (update, complete). Each must lie inside a final session of its group.
void checkSupersededSessions(const RunResult &r, const std::vector<ResultRow> &expected)
{
    for (const auto &[key, row] : upsertTable(r)) {
        const bool known = std::binary_search(expected.begin(), expected.end(), row);
        const bool inside = std::any_of(expected.begin(), expected.end(), [&](const ResultRow &e) {
            return e.group == row.group && e.start <= row.start && row.end <= e.end;
        });
        QVERIFY2(known || inside, describe(row).c_str());
    }
}

void checkAgainstReference(const WindowCase &c, const RunResult &r, const WindowReference &ref,
                           size_t batches)
{
    QVERIFY2(r.problem.empty(), r.problem.c_str());
    QCOMPARE(r.late, ref.lateRows());
    QCOMPARE(r.lateCount, uint64_t(ref.lateRows().size()));
    const std::vector<ResultRow> expected = ref.results();
    QCOMPARE(r.stateSize, c.mode == "complete" ? expected.size() : size_t(0));
    QCOMPARE(r.phases.size(), batches + 1);
    // Every reference window, with its last emitted values.
    checkRows(finalRows(r, expected), expected);
    if (c.kind == "session")
        checkSupersededSessions(r, expected);
    else
        QCOMPARE(upsertTable(r).size(), expected.size());
    if (c.mode == "append") {
        checkRows(allRows(r), expected); // each window exactly once
        for (size_t b = 0; b < batches; ++b) {
            for (const ResultRow &row : r.phases[b])
                QVERIFY2(row.end <= r.watermarks[b], describe(row).c_str());
        }
    } else if (c.mode == "complete") {
        std::vector<ResultRow> last = r.phases.back();
        std::sort(last.begin(), last.end());
        checkRows(last, expected);
    } else {
        QVERIFY(r.phases.back().empty()); // finishBatch already emitted every change
        for (size_t b = 0; b < batches && c.kind != "session"; ++b) {
            std::set<std::tuple<int64_t, int64_t, std::string>> emitted;
            for (const ResultRow &row : r.phases[b])
                QVERIFY(emitted.insert(row.key()).second);
            QCOMPARE(emitted, ref.touchedIn(b));
        }
    }
}

} // namespace

void tst_Windows::outputSchema()
{
    const WindowCase c {.kind = "sliding",
                        .size = 300000,
                        .slide = 60000,
                        .groupBy = {"country", "mobile"},
                        .mode = "update"};
    const auto op = makeWindow(c);
    const SchemaPtr out = op->outputSchema(Port::Out);
    QCOMPARE(out->keyFields(), size_t(4));
    QCOMPARE(out->at(0), (Field {"window_start", FieldType::Timestamp}));
    QCOMPARE(out->at(1), (Field {"window_end", FieldType::Timestamp}));
    QCOMPARE(out->at(2), (Field {"country", FieldType::String}));
    QCOMPARE(out->at(3), (Field {"mobile", FieldType::Bool}));
    const std::vector<std::string> names = aggregateNames();
    QCOMPARE(out->size(), 4 + names.size());
    for (size_t i = 0; i < names.size(); ++i)
        QCOMPARE(out->at(4 + i).name, names[i]);
    QCOMPARE(out->at(4 + 4).type, FieldType::Double); // sum_amount
    QCOMPARE(out->at(4 + 5).type, FieldType::Int); // sum_qty
    QCOMPARE(out->at(4 + 10).type, FieldType::String); // min_user
    QCOMPARE(out->at(4 + 17).type, FieldType::Timestamp); // max_ts
    QCOMPARE(*op->outputSchema(Port::Late), *eventSchema());
    QVERIFY(op->isStateful());
    const auto counting
        = makeTumblingWindow({.id = "t"}, Json {{"size", "1 minute"}}, eventSchema());
    QCOMPARE(counting->outputSchema(Port::Out)->at(2), (Field {"count", FieldType::Int}));
}

void tst_Windows::badParameters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("param"); // the parameter the error names
    QTest::newRow("no size") << "tumbling"
                             << "{}"
                             << "size";
    QTest::newRow("bad size") << "tumbling"
                              << R"({"size": "ten minutes"})"
                              << "size";
    QTest::newRow("zero size") << "tumbling"
                               << R"({"size": "0s"})"
                               << "size";
    QTest::newRow("no slide") << "sliding"
                              << R"({"size": "5m"})"
                              << "slide";
    QTest::newRow("slide > size") << "sliding"
                                  << R"({"size": "1m", "slide": "2m"})"
                                  << "slide";
    QTest::newRow("too many windows") << "sliding"
                                      << R"({"size": "1h", "slide": "1ms"})"
                                      << "slide";
    QTest::newRow("no gap") << "session"
                            << "{}"
                            << "gap";
    QTest::newRow("unknown group field") << "session"
                                         << R"({"gap": "1m", "group_by": ["nope"]})"
                                         << "group_by";
    QTest::newRow("group twice") << "session"
                                 << R"({"gap": "1m", "group_by": ["user", "user"]})"
                                 << "group_by";
    QTest::newRow("bad mode") << "tumbling"
                              << R"({"size": "1m", "output_mode": "all"})"
                              << "output_mode";
    QTest::newRow("unknown fn") << "tumbling"
                                << R"({"size": "1m", "aggregates": [{"fn": "median",
                                   "field": "qty"}]})"
                                << "aggregates";
    QTest::newRow("no field") << "tumbling"
                              << R"({"size": "1m", "aggregates": [{"fn": "sum"}]})"
                              << "aggregates";
    QTest::newRow("sum of text") << "tumbling"
                                 << R"({"size": "1m", "aggregates": [{"fn": "sum",
                                    "field": "user"}]})"
                                 << "aggregates";
    QTest::newRow("no q") << "tumbling"
                          << R"({"size": "1m", "aggregates": [{"fn": "percentile",
                             "field": "qty"}]})"
                          << "aggregates";
    QTest::newRow("q > 1") << "tumbling"
                           << R"({"size": "1m", "aggregates": [{"fn": "percentile",
                              "field": "qty", "q": 95}]})"
                           << "aggregates";
    QTest::newRow("same name") << "tumbling"
                               << R"({"size": "1m", "aggregates": [{"fn": "count"},
                                  {"fn": "sum", "field": "qty", "as": "count"}]})"
                               << "aggregates";
    QTest::newRow("name of group") << "tumbling"
                                   << R"({"size": "1m", "group_by": ["user"],
                                      "aggregates": [{"fn": "min", "field": "user", "as": "user"}]})"
                                   << "aggregates";
}

void tst_Windows::badParameters()
{
    QFETCH(QString, kind);
    QFETCH(QString, params);
    QFETCH(QString, param);
    const Json json = Json::parse(params.toStdString());
    const NodeContext ctx {.id = "w1"};
    try {
        if (kind == "tumbling")
            makeTumblingWindow(ctx, json, eventSchema());
        else if (kind == "sliding")
            makeSlidingWindow(ctx, json, eventSchema());
        else
            makeSessionWindow(ctx, json, eventSchema());
        QFAIL("no error");
    } catch (const PipelineError &error) {
        QCOMPARE(error.problems().size(), size_t(1));
        QCOMPARE(QString::fromStdString(error.problems()[0].node), QString("w1"));
        QCOMPARE(QString::fromStdString(error.problems()[0].param), param);
        QVERIFY(!error.problems()[0].message.empty());
    }
}

void tst_Windows::matchesReference_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("size"); // size, or gap for sessions
    QTest::addColumn<qint64>("slide");
    QTest::addColumn<QStringList>("groupBy");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<quint64>("seed");
    struct Shape
    {
        const char *name;
        const char *kind;
        qint64 size;
        qint64 slide;
        QStringList groupBy;
    };
    const Shape shapes[] = {
        {"tumbling 5m by country", "tumbling", 300000, 300000, {"country"}},
        {"tumbling 1m", "tumbling", 60000, 60000, {}},
        {"sliding 5m/1m by country", "sliding", 300000, 60000, {"country"}},
        {"sliding 5m/2m by mobile, country", "sliding", 300000, 120000, {"mobile", "country"}},
        {"session 90s by country", "session", 90000, 0, {"country"}},
        {"session 20s by user", "session", 20000, 0, {"user"}},
        {"session 10s", "session", 10000, 0, {}},
    };
    for (const Shape &shape : shapes) {
        for (const char *mode : {"append", "update", "complete"}) {
            for (quint64 seed : {1, 2, 3}) {
                QTest::addRow("%s, %s, seed %llu", shape.name, mode, seed)
                    << QString(shape.kind) << shape.size << shape.slide << shape.groupBy
                    << QString(mode) << seed;
            }
        }
    }
}

void tst_Windows::matchesReference()
{
    QFETCH(QString, kind);
    QFETCH(qint64, size);
    QFETCH(qint64, slide);
    QFETCH(QStringList, groupBy);
    QFETCH(QString, mode);
    QFETCH(quint64, seed);
    WindowCase c {
        .kind = kind.toStdString(), .size = size, .slide = slide, .mode = mode.toStdString()};
    if (c.kind == "session")
        c.gap = size;
    for (const QString &field : groupBy)
        c.groupBy.push_back(field.toStdString());
    const std::vector<TestEvent> events = generateEvents(seed, 2500, 60000);
    const Split split = randomSplit(seed, events.size());
    std::vector<size_t> batchOf(events.size());
    for (size_t b = 0; b < split.size(); ++b) {
        for (size_t i = split[b].front(); i < split[b].back(); ++i)
            batchOf[i] = b;
    }
    const WindowReference reference(c, events, batchOf);
    QVERIFY(reference.lateRows().size() > 20);
    QVERIFY(reference.results().size() > 10);

    const Split whole {{0, events.size()}};
    const RunResult one = run(c, events, whole, false);
    checkAgainstReference(c, one, WindowReference(c, events, std::vector<size_t>(events.size())),
                          1);
    if (QTest::currentTestFailed())
        return;
    const RunResult many = run(c, events, split, false);
    checkAgainstReference(c, many, reference, split.size());
    if (QTest::currentTestFailed())
        return;
    const RunResult restored = run(c, events, split, true);
    QVERIFY2(restored.problem.empty(), restored.problem.c_str());
    QCOMPARE(restored.phases, many.phases);
    QCOMPARE(restored.late, many.late);
    QCOMPARE(restored.lateCount, many.lateCount);
    // Cutting the input differently changes when rows are emitted, not what they hold.
    QVERIFY(upsertTable(one) == upsertTable(many) || c.kind == "session");
    const std::vector<ResultRow> expected = reference.results();
    QCOMPARE(finalRows(one, expected), finalRows(many, expected)); // bit for bit
    if (c.mode == "append")
        QCOMPARE(allRows(one), allRows(many));
}

// A checkpoint written by one operator restores into another built from the same
// parameters, and is refused by one with different aggregates.
void tst_Windows::restoresIntoFreshOperator()
{
    WindowCase c {.kind = "sliding",
                  .size = 300000,
                  .slide = 60000,
                  .groupBy = {"country"},
                  .mode = "complete"};
    const std::vector<TestEvent> events = generateEvents(3, 1000, 60000);
    auto first = makeWindow(c);
    CollectingEmitter out(1);
    first->process(eventBatch(events, 0, 600), out);
    first->finishBatch(out);
    out.phases.emplace_back();
    MemoryState checkpoint;
    first->saveState(checkpoint);
    first->process(eventBatch(events, 600, 1000), out);
    first->finishBatch(out);
    const std::vector<ResultRow> expected = out.phases.back();

    auto second = makeWindow(c);
    second->loadState(checkpoint);
    CollectingEmitter again(1);
    second->process(eventBatch(events, 600, 1000), again);
    second->finishBatch(again);
    QCOMPARE(again.phases.back(), expected);

    Json other = windowParams(c);
    other["aggregates"] = Json::parse(R"([{"fn": "count"}])");
    auto different = makeSlidingWindow({.id = "win"}, other, eventSchema());
    QVERIFY_THROWS_EXCEPTION(PipelineError, different->loadState(checkpoint));
}

// Sliding 5 min / 1 min by a 5-value string, count + count_distinct over 10k users.
void tst_Windows::throughput()
{
    const SchemaPtr schema = makeSchema({{"ts", FieldType::Timestamp},
                                         {"country", FieldType::String},
                                         {"user_id", FieldType::String}});
    const Json params = Json::parse(R"({"size": "5 minutes", "slide": "1 minute",
        "group_by": ["country"], "output_mode": "update", "aggregates": [{"fn": "count"},
        {"fn": "count_distinct", "field": "user_id"}]})");
    auto op = makeSlidingWindow({.id = "bench"}, params, schema);
    const char *countries[] = {"br", "de", "fr", "jp", "us"};
    const size_t total = 2000000;
    const size_t batchSize = 20000;
    std::mt19937_64 random(17);
    std::vector<Batch> batches;
    int64_t maxTs = INT64_MIN;
    for (size_t begin = 0; begin < total; begin += batchSize) {
        Batch batch = Batch::withSchema(schema, batchSize);
        for (size_t i = begin; i < begin + batchSize; ++i) {
            const int64_t ts = int64_t(i) * 30 - int64_t(random() % 5000);
            maxTs = std::max(maxTs, ts);
            batch.columns[0].ints.push_back(ts);
            batch.columns[1].strings.push_back(countries[random() % 5]);
            const std::string user = "user-" + std::to_string(random() % 10000);
            batch.columns[2].strings.push_back(batch.strings().store(user));
            batch.watermarks.push_back(maxTs - 600000);
        }
        batch.rows = batchSize;
        batch.eventTimeColumn = 0;
        batches.push_back(std::move(batch));
    }
    CollectingEmitter out(1);
    const auto started = std::chrono::steady_clock::now();
    for (const Batch &batch : batches) {
        op->process(batch, out);
        op->finishBatch(out);
        out.phases.emplace_back();
    }
    op->finishInput(out);
    const double seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    qInfo("sliding 5m/1m, 5 groups, count + count_distinct: %.2f M records/s",
          double(total) / seconds / 1e6);
    int64_t counted = 0;
    for (const auto &[key, row] : upsertTable({.phases = out.phases}))
        counted += row.values[0].i;
    QVERIFY(out.late.empty());
    QCOMPARE(counted, int64_t(total * 5)); // every record in 5 windows
}

QTEST_GUILESS_MAIN(tst_Windows)
#include "tst_windows.moc"
