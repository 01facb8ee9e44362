// planReplay and the debugpipeline rewrites it is made of: which nodes stay, what the
// kept Kafka sources read (every partition of every topic bounded), that nothing is
// committed or checkpointed, and where each sink writes. The expected pipelines are
// written out here from the example file's text, not derived by the code under test.
#include "compiledpipeline.h"
#include "debugpipeline.h"
#include "kafkasourceparams.h"
#include "pipelinefile.h"
#include "problem.h"
#include "replayplan.h"

#include <QtTest>

#include <set>

using namespace weir;

namespace {

std::set<std::string> nodeIds(const Pipeline &p)
{
    std::set<std::string> ids;
    for (const NodeSpec &n : p.nodes)
        ids.insert(n.id);
    return ids;
}

std::set<std::string> edgeTexts(const Pipeline &p)
{
    std::set<std::string> edges;
    for (const EdgeSpec &e : p.edges)
        edges.insert(e.from + "." + e.port + "->" + e.to);
    return edges;
}

Pipeline examplePipeline()
{
    return loadPipelineFile(WEIR_SOURCE_DIR "/resources/examples/user_events.weir.json");
}

std::string problemsOf(const Pipeline &p)
{
    std::string text;
    for (const Problem &problem : CompiledPipeline::check(p))
        text += problem.toString() + "\n";
    return text;
}

// Two Kafka sources and a generator: `both` reads a, b and a pattern; `onlyB` reads b.
Pipeline twoTopicPipeline()
{
    Pipeline p;
    p.name = "two_topics";
    p.settings = {{"trigger", "processing_time"}, {"checkpoint", "state.ckpt"},
                  {"metrics_addr", "127.0.0.1:9464"}};
    const Json schema = Json::array({{{"name", "id"}, {"type", "int"}}});
    p.nodes = {
        {"both", "source.kafka",
         {{"bootstrap_servers", "127.0.0.1:1"}, {"topics", Json::array({"a", "b", "^c.*"})},
          {"group_mode", "subscribe"}},
         std::nullopt},
        {"onlyB", "source.kafka",
         {{"bootstrap_servers", "127.0.0.1:1"}, {"topics", Json::array({"b"})}},
         std::nullopt},
        {"gen", "source.generator", {{"seed", 1}}, std::nullopt},
        {"parse", "transform.parse_json", {{"schema", schema}}, std::nullopt},
        {"parseB", "transform.parse_json", {{"schema", schema}}, std::nullopt},
        {"out", "sink.sqlite", {{"path", "out.db"}, {"table", "t"}, {"mode", "append"}},
         std::nullopt},
        {"outB", "sink.console", Json::object(), std::nullopt},
        {"genOut", "sink.kafka",
         {{"bootstrap_servers", "127.0.0.1:1"}, {"topic", "a"}, {"value_field", "value"}},
         std::nullopt},
    };
    p.edges = {{"both", "out", "parse"}, {"parse", "out", "out"}, {"onlyB", "out", "parseB"},
               {"parseB", "out", "outB"}, {"gen", "out", "genOut"}};
    return p;
}

} // namespace

class tst_ReplayPlan : public QObject
{
    Q_OBJECT

private slots:
    void examplePipeline_();
    void sourceWithTwoTopics();
    void topicNoSourceReads();
    void keepDownstreamOfKeepsWhatIsReached();
    void keepDownstreamOfRefusesNonSources();
    void redirectSinksByType();
};

void tst_ReplayPlan::examplePipeline_()
{
    const Pipeline original = examplePipeline();
    const ResolvedReplay resolved = {
        {"user_events", {{0, {10, 20}}, {1, {5, 5}}, {2, {0, 7}}}}};
    const ReplayPlan plan = planReplay(original, {ReplayRange::parse("user_events:0:10..20")},
                                       resolved, "/scratch/r1");
    const Pipeline &p = plan.pipeline;

    QCOMPARE(plan.sources, std::set<std::string>{"user_events"});
    // The generator and its Kafka sink are gone; the reading part is whole.
    QCOMPARE(nodeIds(p), (std::set<std::string>{"user_events", "parse", "watermark", "counts",
                                                 "sink", "dead_letters", "late_events"}));
    QCOMPARE(edgeTexts(p),
             (std::set<std::string>{"user_events.out->parse", "parse.out->watermark",
                                    "parse.errors->dead_letters", "watermark.out->counts",
                                    "counts.out->sink", "counts.late->late_events"}));
    for (const char *id : {"parse", "counts"})
        QCOMPARE(p.node(id)->params, original.node(id)->params);
    // The watermark waits for every partition the replay reads: they come in bulk.
    Json watermark = original.node("watermark")->params;
    watermark["align_partitions"] = true;
    QCOMPARE(p.node("watermark")->params, watermark);

    // Every partition is bounded, the one not replayed to an empty range.
    const Json &source = p.node("user_events")->params;
    QCOMPARE(source["starting_partition_offsets"],
             Json::parse(R"({"user_events:0": 10, "user_events:1": 5, "user_events:2": 0})"));
    QCOMPARE(source["ending_partition_offsets"],
             Json::parse(R"({"user_events:0": 20, "user_events:1": 5, "user_events:2": 7})"));
    QCOMPARE(source["commit_offsets"], Json(false));
    QCOMPARE(source["group_mode"], Json("assign"));
    QCOMPARE(source["topics"], Json::array({"user_events"}));
    QCOMPARE(source["bootstrap_servers"], Json("embedded"));
    QCOMPARE(source["config"], original.node("user_events")->params["config"]);
    // ... as the Kafka source itself reads them.
    const KafkaSourceParams read = KafkaSourceParams::fromJson("user_events", source);
    QCOMPARE(read.partitionStarts.at({"user_events", 2}), int64_t(0));
    QCOMPARE(read.partitionEnds.at({"user_events", 2}), int64_t(7));
    QVERIFY(!read.commitOffsets);

    QCOMPARE(p.settings["trigger"], Json("once"));
    QVERIFY(!p.settings.contains("checkpoint"));
    QVERIFY(!p.settings.contains("metrics_addr"));

    QCOMPARE(plan.sinks.size(), size_t(3));
    std::map<std::string, SinkRedirect> sinks;
    for (const SinkRedirect &s : plan.sinks)
        sinks[s.node] = s;
    QCOMPARE(sinks["sink"].path, std::string("/scratch/r1/sink.db"));
    QCOMPARE(sinks["sink"].table, std::string("event_counts"));
    QCOMPARE(sinks["sink"].originalType, std::string("sink.sqlite"));
    QCOMPARE(p.node("sink")->params,
             Json::parse(R"({"path": "/scratch/r1/sink.db", "table": "event_counts",
                             "mode": "upsert"})"));
    QCOMPARE(sinks["dead_letters"].path, std::string("/scratch/r1/dead_letters.ndjson"));
    QCOMPARE(sinks["late_events"].path, std::string("/scratch/r1/late_events.ndjson"));
    QCOMPARE(p.node("late_events")->params["path"], Json("/scratch/r1/late_events.ndjson"));

    QVERIFY2(problemsOf(p).empty(), problemsOf(p).c_str());
}

void tst_ReplayPlan::sourceWithTwoTopics()
{
    const Pipeline original = twoTopicPipeline();
    // `a` replayed on partition 0; `b` read alongside gets empty ranges; the pattern is
    // dropped: it has no offsets.
    const ResolvedReplay resolved = {{"a", {{0, {1, 4}}, {1, {9, 9}}}},
                                     {"b", {{0, {3, 3}}, {1, {0, 0}}, {2, {8, 8}}}}};
    const ReplayPlan plan = planReplay(original, {ReplayRange::parse("a:0:1..4")}, resolved,
                                       "/scratch/r2");
    const Pipeline &p = plan.pipeline;
    QCOMPARE(plan.sources, std::set<std::string>{"both"});
    QCOMPARE(nodeIds(p), (std::set<std::string>{"both", "parse", "out"}));
    QCOMPARE(edgeTexts(p), (std::set<std::string>{"both.out->parse", "parse.out->out"}));
    const Json &source = p.node("both")->params;
    QCOMPARE(source["topics"], Json::array({"a", "b"}));
    QCOMPARE(source["starting_partition_offsets"],
             Json::parse(R"({"a:0": 1, "a:1": 9, "b:0": 3, "b:1": 0, "b:2": 8})"));
    QCOMPARE(source["ending_partition_offsets"],
             Json::parse(R"({"a:0": 4, "a:1": 9, "b:0": 3, "b:1": 0, "b:2": 8})"));
    QCOMPARE(source["group_mode"], Json("assign")); // was subscribe
    QCOMPARE(source["commit_offsets"], Json(false));
    QCOMPARE(p.settings, Json::parse(R"({"trigger": "once"})"));
    QCOMPARE(plan.sinks.size(), size_t(1));
    QCOMPARE(plan.sinks[0].path, std::string("/scratch/r2/out.db"));

    // Replaying `b` takes both sources that read it.
    const ReplayPlan both = planReplay(original, {ReplayRange::parse("b:..")}, resolved, "/s");
    QCOMPARE(both.sources, (std::set<std::string>{"both", "onlyB"}));
    QCOMPARE(nodeIds(both.pipeline),
             (std::set<std::string>{"both", "parse", "out", "onlyB", "parseB", "outB"}));
    QCOMPARE(both.pipeline.node("onlyB")->params["ending_partition_offsets"],
             Json::parse(R"({"b:0": 3, "b:1": 0, "b:2": 8})"));
    QCOMPARE(both.pipeline.node("outB")->type, std::string("sink.file"));
}

void tst_ReplayPlan::topicNoSourceReads()
{
    try {
        replaySources(twoTopicPipeline(), {ReplayRange::parse("cats:1..2")});
        QFAIL("a topic no source reads was accepted");
    } catch (const ReplayRangeError &e) {
        QVERIFY2(std::string(e.what()).find("no source.kafka of pipeline 'two_topics' reads "
                                            "topic 'cats'")
                     != std::string::npos,
                 e.what());
    }
    // A topic only a pattern would match is not replayed either.
    QVERIFY_THROWS_EXCEPTION(ReplayRangeError,
                             replaySources(twoTopicPipeline(), {ReplayRange::parse("cx:..")}));
}

void tst_ReplayPlan::keepDownstreamOfKeepsWhatIsReached()
{
    Pipeline p = examplePipeline();
    keepDownstreamOf(p, {"events"});
    QCOMPARE(nodeIds(p), (std::set<std::string>{"events", "to_kafka"}));
    QCOMPARE(edgeTexts(p), std::set<std::string>{"events.out->to_kafka"});

    Pipeline both = examplePipeline();
    keepDownstreamOf(both, {"events", "user_events"});
    QCOMPARE(both.nodes.size(), examplePipeline().nodes.size());
    QCOMPARE(both.edges.size(), examplePipeline().edges.size());

    Pipeline none = examplePipeline();
    keepDownstreamOf(none, {});
    QVERIFY(none.nodes.empty());
    QVERIFY(none.edges.empty());
}

void tst_ReplayPlan::keepDownstreamOfRefusesNonSources()
{
    for (const char *id : {"parse", "nope"}) {
        Pipeline p = examplePipeline();
        try {
            keepDownstreamOf(p, {id});
            QFAIL(id);
        } catch (const PipelineError &e) {
            QCOMPARE(e.problems().at(0).node, std::string(id));
            QVERIFY(std::string(e.what()).find("is not a source") != std::string::npos);
        }
    }
}

void tst_ReplayPlan::redirectSinksByType()
{
    Pipeline p = twoTopicPipeline();
    p.node("out")->params["key"] = Json::array({"id"});
    const std::vector<SinkRedirect> sinks = redirectSinks(p, "/d");
    QCOMPARE(sinks.size(), size_t(3));
    std::map<std::string, SinkRedirect> byNode;
    for (const SinkRedirect &s : sinks)
        byNode[s.node] = s;
    QCOMPARE(byNode["out"].type, std::string("sink.sqlite"));
    QCOMPARE(byNode["out"].table, std::string("t"));
    QCOMPARE(byNode["out"].key, std::vector<std::string>{"id"});
    QCOMPARE(p.node("out")->params,
             Json::parse(R"({"path": "/d/out.db", "table": "t", "mode": "append",
                             "key": ["id"]})"));
    // Nothing reaches a real topic or the console: both become files.
    for (const char *id : {"outB", "genOut"}) {
        QCOMPARE(p.node(id)->type, std::string("sink.file"));
        QCOMPARE(p.node(id)->params, Json({{"path", "/d/" + std::string(id) + ".ndjson"}}));
    }
    QCOMPARE(byNode["genOut"].originalType, std::string("sink.kafka"));
    QCOMPARE(byNode["outB"].originalType, std::string("sink.console"));
}

QTEST_GUILESS_MAIN(tst_ReplayPlan)
#include "tst_replayplan.moc"
