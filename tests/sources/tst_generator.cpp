#include "generatortesting.h"
#include "problem.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QtTest>

#include <chrono>
#include <ctime>
#include <set>

using namespace weir;
using namespace weir::testing;

Q_DECLARE_METATYPE(weir::Json)

class tst_Generator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes();
    void seekMatchesFullRead_data();
    void seekMatchesFullRead();
    void chunkSizeDoesNotMatter();
    void eventsHaveTheArticleFields();
    void countBoundsTheInput();
    void rateLimitsReads();
    void firstEventIsDueAtOnce();
    void restoreSettingsRegeneratesEvents();
    void invalidParams_data();
    void invalidParams();
    void defaults();
    void throughput();
};

void tst_Generator::sameSeedSameBytes()
{
    const Records a = generate(testParams({{"malformed", 0.05}}));
    const Records b = generate(testParams({{"malformed", 0.05}}));
    const Records other = generate(testParams({{"malformed", 0.05}, {"seed", 7}}));
    QCOMPARE(a.values.size(), size_t(20000));
    QVERIFY(a.values == b.values);
    QVERIFY(a.keys == b.keys);
    QCOMPARE(other.values.size(), a.values.size());
    size_t same = 0;
    for (size_t i = 0; i < a.values.size(); ++i)
        same += a.values[i] == other.values[i];
    QCOMPARE(same, size_t(0));
}

void tst_Generator::seekMatchesFullRead_data()
{
    QTest::addColumn<int64_t>("from");
    for (int64_t from : {0, 1, 999, 5000, 12345, 19999, 20000})
        QTest::addRow("%lld", static_cast<long long>(from)) << from;
}

void tst_Generator::seekMatchesFullRead()
{
    QFETCH(int64_t, from);
    const Json params = testParams({{"malformed", 0.02}, {"late", 0.02}});
    const Records full = generate(params);
    const Records tail = generate(params, from);
    QCOMPARE(tail.last, ReadStatus::End);
    QCOMPARE(tail.values.size(), full.values.size() - size_t(from));
    QVERIFY(std::equal(tail.values.begin(), tail.values.end(), full.values.begin() + from));
    QVERIFY(std::equal(tail.keys.begin(), tail.keys.end(), full.keys.begin() + from));
    for (size_t i = 0; i < tail.offsets.size(); ++i)
        QCOMPARE(tail.offsets[i], from + int64_t(i));
}

void tst_Generator::chunkSizeDoesNotMatter()
{
    const Records big = generate(testParams({{"count", 3000}}), 0, 100000);
    for (size_t chunkSize : {1, 7, 1000}) {
        auto source = makeGeneratorSource("gen", testParams({{"count", 3000}}));
        source->open({});
        const Records small = readAll(*source, chunkSize);
        QVERIFY(small.values == big.values);
        QCOMPARE(source->position(), (Positions {{0, 3000}}));
    }
}

void tst_Generator::eventsHaveTheArticleFields()
{
    const Json params = testParams({{"count", 50000}, {"users", 500}, {"malformed", 0.01}});
    const Records records = generate(params);
    const QRegularExpression hex16("^[0-9a-f]{16}$");
    const QRegularExpression page(
        "^/(products/([1-9][0-9]{0,2}|1000)|search|cart|checkout|account)?$");
    const std::set<std::string> types {"page_view", "click", "add_to_cart", "purchase", "signup"};
    const std::set<std::string> devices {"mobile", "desktop", "tablet"};
    std::set<std::string> ids;
    int64_t wellFormedCount = 0;
    for (size_t i = 0; i < records.values.size(); ++i) {
        const auto event = wellFormed(records.values[i]);
        if (!event)
            continue;
        ++wellFormedCount;
        QCOMPARE(event->size(), size_t(5));
        const std::string id = (*event)["event_id"];
        QVERIFY2(hex16.match(QString::fromStdString(id)).hasMatch(), id.c_str());
        ids.insert(id);
        const std::string user = (*event)["user_id"];
        QVERIFY(user.starts_with("user_"));
        QVERIFY(userNumber(user) >= 1 && userNumber(user) <= 500);
        QCOMPARE(records.keys[i], user);
        QVERIFY(types.count((*event)["event_type"]));
        const nlohmann::json &properties = (*event)["properties"];
        QCOMPARE(properties.size(), size_t(3));
        const std::string pagePath = properties["page"];
        QVERIFY2(page.match(QString::fromStdString(pagePath)).hasMatch(), pagePath.c_str());
        QVERIFY(devices.count(properties["device"]));
        QCOMPARE(properties["country"].get<std::string>().size(), size_t(2));
    }
    QCOMPARE(int64_t(ids.size()), wellFormedCount);
    QVERIFY(fractionMatches(50000 - wellFormedCount, 50000, 0.01));
}

void tst_Generator::countBoundsTheInput()
{
    auto source = makeGeneratorSource("gen", testParams({{"count", 1234}}));
    QCOMPARE(source->availableEnd(), (Positions {{0, 1234}}));
    source->open({});
    const Records records = readAll(*source, 1000);
    QCOMPARE(records.values.size(), size_t(1234));
    QCOMPARE(records.last, ReadStatus::End);
    RawChunk chunk;
    QCOMPARE(source->read(chunk, 10), ReadStatus::End);
    QCOMPARE(source->position(), (Positions {{0, 1234}}));
    QCOMPARE(backlog(source->availableEnd(), source->position()),
             (std::map<int32_t, int64_t> {{0, 0}}));
}

void tst_Generator::rateLimitsReads()
{
    using Clock = std::chrono::steady_clock;
    auto source = makeGeneratorSource("gen", testParams({{"rate", 1000}, {"count", 0}}));
    const auto dueBound = [start = Clock::now()] {
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        return int64_t(seconds * 1000) + 1;
    };
    source->open({});
    const int64_t firstEnd = source->availableEnd().at(0);
    QVERIFY(firstEnd >= 1 && firstEnd <= dueBound());
    size_t total = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    while (total < 300 && Clock::now() < deadline) {
        RawChunk chunk;
        const ReadStatus status = source->read(chunk, 1000000);
        QVERIFY(status != ReadStatus::End);
        total += chunk.size();
        QVERIFY(int64_t(total) <= dueBound());
        QCOMPARE(status == ReadStatus::Data, chunk.size() > 0);
    }
    QVERIFY(total >= 300);
    QVERIFY(source->availableEnd().at(0) > firstEnd);
    QCOMPARE(source->position(), (Positions {{0, int64_t(total)}}));
    QCOMPARE(dynamic_cast<GeneratorSource &>(*source).ratePerSecond(), 1000.0);
}

void tst_Generator::firstEventIsDueAtOnce()
{
    using Clock = std::chrono::steady_clock;
    auto source = makeGeneratorSource("gen", testParams({{"rate", 0.5}, {"count", 0}}));
    const auto opened = Clock::now();
    source->open({{0, 10}});
    RawChunk chunk;
    QCOMPARE(source->read(chunk, 100), ReadStatus::Data);
    QCOMPARE(chunk.size(), size_t(1));
    QCOMPARE(chunk.offsets[0], int64_t(10));
    const ReadStatus again = source->read(chunk, 100);
    if (Clock::now() - opened < std::chrono::seconds(2))
        QCOMPARE(again, ReadStatus::Idle);
    QCOMPARE(backlog(source->availableEnd(), source->position()).at(0), int64_t(0));
}

void tst_Generator::restoreSettingsRegeneratesEvents()
{
    const Json params = testParams({{"start_time", "now"}, {"count", 500}});
    auto first = makeGeneratorSource("gen", params);
    QCOMPARE(first->persistentSettings(), std::string());
    first->open({});
    const Records original = readAll(*first);
    const std::string settings = first->persistentSettings();
    const auto start = dynamic_cast<GeneratorSource &>(*first).startTimeMs();
    QVERIFY(start && *start % 1000 == 0);
    QVERIFY(std::abs(*start - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QCOMPARE(isoMs(nlohmann::json::parse(settings)["start_time"]), *start);

    auto restarted = makeGeneratorSource("gen", params);
    restarted->restoreSettings(settings);
    restarted->open({{0, 100}});
    const Records replayed = readAll(*restarted);
    QVERIFY(
        std::equal(replayed.values.begin(), replayed.values.end(), original.values.begin() + 100));
    QCOMPARE(restarted->persistentSettings(), settings);

    auto late = makeGeneratorSource("gen", testParams({{"start_time", "2001-01-01T00:00:00Z"}}));
    late->open({});
    late->restoreSettings(settings);
    late->open({});
    QVERIFY(readAll(*late, 4096, 500).values == original.values);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, late->restoreSettings("{\"start\":1}"));
}

void tst_Generator::invalidParams_data()
{
    QTest::addColumn<Json>("params");
    QTest::addColumn<QString>("param");
    QTest::newRow("negative rate") << Json {{"rate", -1}} << "rate";
    QTest::newRow("rate as text") << Json {{"rate", "fast"}} << "rate";
    QTest::newRow("fractional count") << Json {{"count", 1.5}} << "count";
    QTest::newRow("negative count") << Json {{"count", -5}} << "count";
    QTest::newRow("no users") << Json {{"users", 0}} << "users";
    QTest::newRow("negative zipf") << Json {{"zipf", -0.5}} << "zipf";
    QTest::newRow("seed as text") << Json {{"seed", "x"}} << "seed";
    QTest::newRow("empty types") << Json {{"event_types", Json::object()}} << "event_types";
    QTest::newRow("negative weight") << Json {{"event_types", {{"a", -1}}}} << "event_types";
    QTest::newRow("zero weights") << Json {{"event_types", {{"a", 0}}}} << "event_types";
    QTest::newRow("types as list") << Json {{"event_types", {"a", "b"}}} << "event_types";
    QTest::newRow("fraction > 1") << Json {{"late", 1.5}} << "late";
    QTest::newRow("fractions sum > 1")
        << Json {{"out_of_order", 0.6}, {"malformed", 0.6}} << "malformed";
    QTest::newRow("sum with defaults") << Json {{"late", 0.99}} << "late";
    QTest::newRow("bad duration") << Json {{"disorder", "soon"}} << "disorder";
    QTest::newRow("numeric duration") << Json {{"lateness", 5}} << "lateness";
    QTest::newRow("bad start") << Json {{"start_time", "yesterday"}} << "start_time";
    QTest::newRow("impossible date")
        << Json {{"start_time", "2026-02-30T00:00:00Z"}} << "start_time";
    QTest::newRow("negative time rate") << Json {{"time_rate", -3}} << "time_rate";
    QTest::newRow("not an object") << Json::array({1, 2}) << "";
}

void tst_Generator::invalidParams()
{
    QFETCH(Json, params);
    QFETCH(QString, param);
    try {
        makeGeneratorSource("gen", params);
        QFAIL("no PipelineError");
    } catch (const PipelineError &error) {
        QCOMPARE(error.problems().size(), size_t(1));
        QCOMPARE(error.problems()[0].node, std::string("gen"));
        QCOMPARE(QString::fromStdString(error.problems()[0].param), param);
        QVERIFY(!error.problems()[0].message.empty());
    }
}

void tst_Generator::defaults()
{
    auto source = makeGeneratorSource("gen", Json::object());
    const GeneratorParams &p = dynamic_cast<GeneratorSource &>(*source).params();
    QCOMPARE(p.seed, uint64_t(42));
    QCOMPARE(p.rate, 10000.0);
    QCOMPARE(p.count, int64_t(0));
    QCOMPARE(p.users, uint64_t(10000));
    QCOMPARE(p.zipf, 1.1);
    QCOMPARE(p.eventTypes.size(), size_t(5));
    QCOMPARE(p.timeRate, 10000.0);
    QCOMPARE(p.outOfOrder, 0.05);
    QCOMPARE(p.disorderMs, int64_t(120000));
    QCOMPARE(p.late, 0.001);
    QCOMPARE(p.latenessMs, int64_t(1800000));
    QCOMPARE(p.malformed, 0.001);
    QVERIFY(!p.startTimeMs);
    const GeneratorParams unlimited = GeneratorParams::fromJson("gen", {{"rate", 0}});
    QCOMPARE(unlimited.timeRate, 10000.0);
    const GeneratorParams paced = GeneratorParams::fromJson("gen", {{"rate", 250}});
    QCOMPARE(paced.timeRate, 250.0);
}

static double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

// Not a pass/fail limit (machines differ): reports events per second on one core.
void tst_Generator::throughput()
{
#ifdef NDEBUG
    const int64_t n = 3000000;
#else
    const int64_t n = 300000; // sanitizer and debug builds are an order of magnitude slower
#endif
    auto source = makeGeneratorSource("gen", {{"rate", 0}, {"count", n}, {"start_time", kStart}});
    source->open({});
    const auto started = std::chrono::steady_clock::now();
    const double cpuStarted = threadCpuSeconds();
    int64_t total = 0, bytes = 0;
    for (;;) {
        RawChunk chunk;
        if (source->read(chunk, 10000) != ReadStatus::Data)
            break;
        total += int64_t(chunk.size());
        bytes += int64_t(chunk.data.size());
    }
    const double cpu = threadCpuSeconds() - cpuStarted;
    const double wall
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    QCOMPARE(total, n);
    qInfo("generator: %.2f million events per CPU second (%.2f million/s wall clock), "
          "%.0f MB per CPU second, %.1f bytes/event",
          double(n) / cpu / 1e6, double(n) / wall / 1e6, double(bytes) / cpu / 1e6,
          double(bytes) / double(n));
}

QTEST_GUILESS_MAIN(tst_Generator)
#include "tst_generator.moc"
