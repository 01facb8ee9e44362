// resolveReplay and resolvePipelineReplay on the in-process sandbox broker: bounds become
// offsets (times through the records' own timestamps), everything is clamped to the
// watermarks, topics read alongside get empty ranges, and each mistake is named. The
// expected offsets come from the producer's own list of what it wrote.
#include "../kafkasource/kafkatesting.h"

#include "kafkaadmin.h"
#include "replayplan.h"
#include "replayrange.h"
#include "sandboxbroker.h"
#include "timestamp.h"

#include <QtTest>

using namespace weir;
using namespace std::chrono_literals;

namespace {

// Partition p holds kCount[p] records; record k is stamped kBase + 10 s * k + p ms.
constexpr int kCount[] = {30, 0, 12};
constexpr int64_t kBase = 1'700'000'000'000;

int64_t stamp(int partition, int k)
{
    return kBase + 10'000 * k + partition;
}

std::string iso(int64_t ms)
{
    return formatTimestampMs(ms);
}

ResolvedReplay resolve(KafkaAdmin &admin, const std::vector<std::string> &texts,
                       const std::set<std::string> &idle = {})
{
    std::vector<ReplayRange> ranges;
    for (const std::string &text : texts)
        ranges.push_back(ReplayRange::parse(text));
    return resolveReplay(ranges, admin, 20s, idle);
}

std::string errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ReplayRangeError &e) {
        return e.what();
    }
    return "no error";
}

} // namespace

class tst_ReplayResolve : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offsetsAndOpenEnds();
    void timesAreRecordTimestamps();
    void idleTopicsGetEmptyRanges();
    void mistakesAreNamed();
    void pipelineSourcesPickTheCluster();

private:
    std::unique_ptr<SandboxBroker> m_broker;
    std::unique_ptr<KafkaAdmin> m_admin;
};

void tst_ReplayResolve::initTestCase()
{
    m_broker = std::make_unique<SandboxBroker>(1, 3);
    m_broker->createTopic("stamped", 3);
    m_broker->createTopic("side", 2);
    TestProducer producer(m_broker->bootstrapServers());
    for (int p = 0; p < 3; ++p)
        for (int k = 0; k < kCount[p]; ++k)
            producer.produce("stamped", p, std::nullopt, "v", stamp(p, k));
    for (int k = 0; k < 5; ++k)
        producer.produce("side", 1, std::nullopt, "s", stamp(0, k));
    producer.flush();
    m_admin = std::make_unique<KafkaAdmin>(m_broker->bootstrapServers());
}

void tst_ReplayResolve::offsetsAndOpenEnds()
{
    const ResolvedReplay all = resolve(*m_admin, {"stamped:.."});
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all.at("stamped").at(0), (OffsetRange{0, 30}));
    QCOMPARE(all.at("stamped").at(1), (OffsetRange{0, 0}));
    QCOMPARE(all.at("stamped").at(2), (OffsetRange{0, 12}));
    QCOMPARE(replayRecordCount(all), int64_t(42));

    // Clamped to the high watermark; partitions not named read nothing (empty at the end).
    const ResolvedReplay one = resolve(*m_admin, {"stamped:2:5..1000"});
    QCOMPARE(one.at("stamped").at(2), (OffsetRange{5, 12}));
    QCOMPARE(one.at("stamped").at(0), (OffsetRange{30, 30}));
    QCOMPARE(one.at("stamped").at(1), (OffsetRange{0, 0}));

    const ResolvedReplay every = resolve(*m_admin, {"stamped:10..20"});
    QCOMPARE(every.at("stamped").at(0), (OffsetRange{10, 20}));
    QCOMPARE(every.at("stamped").at(2), (OffsetRange{10, 12}));
    QCOMPARE(every.at("stamped").at(1), (OffsetRange{0, 0}));

    const ResolvedReplay beyond = resolve(*m_admin, {"stamped:0:40..50"});
    QCOMPARE(beyond.at("stamped").at(0), (OffsetRange{30, 30}));
}

void tst_ReplayResolve::timesAreRecordTimestamps()
{
    // FROM on a record's exact time includes it; TO on one excludes it; between records
    // both round up to the next record.
    const ResolvedReplay exact
        = resolve(*m_admin, {"stamped:0:" + iso(stamp(0, 7)) + ".." + iso(stamp(0, 19))});
    QCOMPARE(exact.at("stamped").at(0), (OffsetRange{7, 19}));
    const ResolvedReplay between = resolve(
        *m_admin, {"stamped:" + iso(stamp(0, 3) + 1) + ".." + iso(stamp(0, 10) + 5)});
    QCOMPARE(between.at("stamped").at(0), (OffsetRange{4, 11}));
    // Partition 2's record 3 is stamped 1 ms after FROM: it is in.
    QCOMPARE(between.at("stamped").at(2), (OffsetRange{3, 11}));
    QCOMPARE(between.at("stamped").at(1), (OffsetRange{0, 0}));
    // Before every record and after every record.
    const ResolvedReplay before = resolve(*m_admin, {"stamped:2:" + iso(kBase - 60'000) + ".."});
    QCOMPARE(before.at("stamped").at(2), (OffsetRange{0, 12}));
    const ResolvedReplay after = resolve(*m_admin, {"stamped:2:" + iso(stamp(2, 12)) + ".."});
    QCOMPARE(after.at("stamped").at(2), (OffsetRange{12, 12}));
    // An offset FROM with a time TO.
    const ResolvedReplay mixed = resolve(*m_admin, {"stamped:0:2.." + iso(stamp(0, 25))});
    QCOMPARE(mixed.at("stamped").at(0), (OffsetRange{2, 25}));
}

void tst_ReplayResolve::idleTopicsGetEmptyRanges()
{
    const ResolvedReplay r = resolve(*m_admin, {"stamped:0:1..2"}, {"side", "not_there"});
    QCOMPARE(r.size(), size_t(2)); // a topic the cluster lacks is left out
    QCOMPARE(r.at("side").at(0), (OffsetRange{0, 0}));
    QCOMPARE(r.at("side").at(1), (OffsetRange{5, 5}));
    QCOMPARE(replayRecordCount(r), int64_t(1));
}

void tst_ReplayResolve::mistakesAreNamed()
{
    const auto bootstrap = m_broker->bootstrapServers();
    QCOMPARE(errorOf([&] { resolve(*m_admin, {"nope:.."}); }),
             "replay range 'nope:..': topic 'nope' does not exist on " + bootstrap);
    QCOMPARE(errorOf([&] { resolve(*m_admin, {"stamped:3:.."}); }),
             std::string("replay range 'stamped:3:..': topic 'stamped' has no partition 3 (it "
                         "has 0, 1, 2)"));
    QCOMPARE(errorOf([&] { resolve(*m_admin, {"stamped:2:1..3", "stamped:5.."}); }),
             std::string("replay range 'stamped:5..': partition stamped:2 is already in another "
                         "replay range"));
    const std::string backwards = "stamped:0:20.." + iso(stamp(0, 4));
    QCOMPARE(errorOf([&] { resolve(*m_admin, {backwards}); }),
             "replay range '" + backwards
                 + "': on partition stamped:0 FROM is offset 20, after TO at offset 4");
}

void tst_ReplayResolve::pipelineSourcesPickTheCluster()
{
    Pipeline p;
    p.name = "two";
    const Json schema = Json::array({{{"name", "v"}, {"type", "string"}}});
    p.nodes = {{"both", "source.kafka",
                {{"bootstrap_servers", m_broker->bootstrapServers()},
                 {"topics", Json::array({"stamped", "side", "^s.*"})}},
                std::nullopt},
               {"sink", "sink.console", Json::object(), std::nullopt}};
    p.edges = {{"both", "out", "sink"}};
    const ResolvedReplay r
        = resolvePipelineReplay(p, {ReplayRange::parse("stamped:2:..3")}, 20s);
    QCOMPARE(r.at("stamped").at(2), (OffsetRange{0, 3}));
    QCOMPARE(r.at("stamped").at(0), (OffsetRange{30, 30}));
    QCOMPARE(r.at("side").at(1), (OffsetRange{5, 5}));
    QCOMPARE(replayRecordCount(r), int64_t(3));

    // The same topic read from another cluster cannot be replayed: which one?
    p.nodes.push_back({"other", "source.kafka",
                       {{"bootstrap_servers", "127.0.0.1:1"}, {"topics", Json::array({"side"})}},
                       std::nullopt});
    p.edges.push_back({"other", "out", "sink"});
    const std::string error = errorOf(
        [&] { resolvePipelineReplay(p, {ReplayRange::parse("side:..")}, 20s); });
    QVERIFY2(error.find("topic 'side' is read from two clusters") != std::string::npos,
             error.c_str());
}

QTEST_GUILESS_MAIN(tst_ReplayResolve)
#include "tst_replayresolve.moc"
