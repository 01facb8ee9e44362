// Data preview: the pipeline over the first N records, each node's ports tapped. The
// oracles are computed here from the taps upstream of each node (a brute-force filter, a
// brute-force window count) and from what the test itself wrote or produced.
#include "../kafkasource/kafkatesting.h"

#include "pipelinefile.h"
#include "previewrun.h"
#include "sandboxbroker.h"
#include "sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

using namespace weir;

namespace {

Pipeline windowedPipeline(const std::string &mode, const std::string &realDb)
{
    Pipeline p;
    p.name = "preview_test";
    p.nodes = {
        {"events", "source.generator",
         {{"seed", 7}, {"rate", 500}, {"time_rate", 10}, {"users", 50}, {"malformed", 0.05},
          {"late", 0}, {"out_of_order", 0.1}, {"disorder", "1 minute"},
          {"start_time", "2024-05-01T12:00:00Z"}},
         {}},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "event_id"}, {"type", "string"}},
                                  {{"name", "user_id"}, {"type", "string"}},
                                  {{"name", "event_type"}, {"type", "string"}},
                                  {{"name", "timestamp"}, {"type", "timestamp"}}})}},
         {}},
        {"picked", "transform.filter", {{"expression", "event_type in ('click', 'purchase')"}}, {}},
        {"wm", "transform.watermark", {{"event_time", "timestamp"}, {"delay", "10 minutes"}}, {}},
        {"counts", "window.tumbling",
         {{"size", "1 minute"}, {"group_by", Json::array({"event_type"})}, {"output_mode", mode}},
         {}},
        {"store", "sink.sqlite", {{"path", realDb}, {"table", "counts"}}, {}},
    };
    p.edges = {{"events", "out", "parse"},
               {"parse", "out", "picked"},
               {"picked", "out", "wm"},
               {"wm", "out", "counts"},
               {"counts", "out", "store"}};
    return p;
}

// What the parser must accept: a JSON object with the three strings and an ISO-8601 time.
bool wellFormed(const std::string &value)
{
    static const std::regex iso(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d))");
    const Json event = Json::parse(value, nullptr, false);
    return event.is_object() && event.value("timestamp", Json()).is_string()
           && std::regex_match(event["timestamp"].get<std::string>(), iso)
           && event.value("event_id", Json()).is_string()
           && event.value("user_id", Json()).is_string()
           && event.value("event_type", Json()).is_string();
}

std::vector<Json> all(const PreviewResult &result, const std::string &node, const std::string &port)
{
    return result.records(node, port, SIZE_MAX);
}

} // namespace

class tst_Preview : public QObject
{
    Q_OBJECT

private slots:
    void perNodeOutputsMatchTheOracle_data();
    void perNodeOutputsMatchTheOracle();
    void fileSourcesAndSampleFilesReadTheirFirstRecords();
    void kafkaPartitionsShareTheRecords();
    void theExamplePipelinePreviews();
    void kafkaSourceReadsTheFirstRecords_data();
    void kafkaSourceReadsTheFirstRecords();
};

void tst_Preview::perNodeOutputsMatchTheOracle_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("records");
    QTest::newRow("update, 1500") << "update" << 1500;
    QTest::newRow("append, 800") << "append" << 800;
    QTest::newRow("complete, 1000") << "complete" << 1000;
}

void tst_Preview::perNodeOutputsMatchTheOracle()
{
    QFETCH(QString, mode);
    QFETCH(int, records);
    QTemporaryDir dir;
    const std::string realDb = dir.filePath("real.db").toStdString();
    PreviewOptions options;
    options.records = records;
    options.directory = dir.filePath("preview").toStdString();
    std::filesystem::create_directory(options.directory);
    PreviewResult result;
    try {
        result = runPreview(windowedPipeline(mode.toStdString(), realDb), options);
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }

    // The generator made exactly N records; the parser split them all into out and errors.
    const std::vector<Json> raw = all(result, "events", "out");
    QCOMPARE(raw.size(), size_t(records));
    QCOMPARE(result.count("events", "out"), uint64_t(records));
    size_t valid = 0;
    for (const Json &r : raw)
        valid += wellFormed(r["value"].get<std::string>()) ? 1 : 0;
    QVERIFY(valid < raw.size()); // some malformed ones, so errors has records
    QCOMPARE(result.count("parse", "out"), uint64_t(valid));
    QCOMPARE(result.count("parse", "errors"), uint64_t(records) - valid);

    // The filter kept exactly what a brute-force filter of the parser's output keeps.
    std::vector<Json> picked;
    for (const Json &r : all(result, "parse", "out"))
        if (r["event_type"] == "click" || r["event_type"] == "purchase")
            picked.push_back(r);
    QVERIFY(!picked.empty());
    QCOMPARE(all(result, "picked", "out"), picked);

    // The window emitted every window once, with the brute-force count; nothing was late.
    std::map<std::pair<int64_t, std::string>, int64_t> expected;
    for (const Json &r : picked) {
        const int64_t ts = r["timestamp"].get<int64_t>();
        ++expected[{ts - ts % 60000, r["event_type"].get<std::string>()}];
    }
    std::map<std::pair<int64_t, std::string>, int64_t> got;
    const std::vector<Json> windows = all(result, "counts", "out");
    for (const Json &w : windows) {
        QCOMPARE(w["window_end"].get<int64_t>(), w["window_start"].get<int64_t>() + 60000);
        got[{w["window_start"].get<int64_t>(), w["event_type"].get<std::string>()}]
            = w["count"].get<int64_t>();
    }
    QCOMPARE(windows.size(), got.size());
    QCOMPARE(got, expected);
    QCOMPARE(result.count("counts", "late"), uint64_t(0));
    QCOMPARE(result.ports("counts"), (std::vector<std::string>{"out", "late"}));

    // The sink's input is the window's output; it went to the preview, not the real path.
    QVERIFY(result.isSink("store"));
    QCOMPARE(result.input("store", SIZE_MAX), windows);
    QCOMPARE(result.inputCount("store"), uint64_t(windows.size()));
    QVERIFY(!std::filesystem::exists(realDb));
    QCOMPARE(result.plan().sinks.size(), size_t(1));
    SqliteDb db(result.plan().sinks[0].path, false);
    SqliteStatement rows(db, "SELECT COUNT(*) FROM counts");
    QVERIFY(rows.step());
    QCOMPARE(rows.columnInt(0), int64_t(windows.size()));
    // At most N records: the first M.
    QCOMPARE(result.records("events", "out", 10), std::vector<Json>(raw.begin(), raw.begin() + 10));
}

void tst_Preview::fileSourcesAndSampleFilesReadTheirFirstRecords()
{
    QTemporaryDir dir;
    const std::string input = dir.filePath("in.ndjson").toStdString();
    const std::string sample = dir.filePath("sample.ndjson").toStdString();
    std::vector<std::string> lines, sampleLines;
    {
        std::ofstream in(input), s(sample);
        for (int i = 0; i < 30; ++i) {
            lines.push_back("{\"n\":" + std::to_string(i) + "}");
            in << lines.back() << (i == 3 ? "\n\n" : "\n"); // an empty line is no record
        }
        for (int i = 0; i < 4; ++i) {
            sampleLines.push_back("{\"s\":" + std::to_string(i) + "}");
            s << sampleLines.back() << '\n';
        }
    }
    Pipeline p;
    p.nodes = {{"file", "source.file", {{"path", input}}, {}},
               {"gen", "source.generator", {{"rate", 10}}, {}},
               {"out", "sink.file", {{"path", dir.filePath("real.ndjson").toStdString()}}, {}}};
    p.edges = {{"file", "out", "out"}, {"gen", "out", "out"}};
    PreviewOptions options{10, dir.path().toStdString(), sample, "gen"};
    PreviewResult result;
    try {
        result = runPreview(p, options);
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    std::vector<std::string> read, sampled;
    for (const Json &r : all(result, "file", "out"))
        read.push_back(r["value"]);
    for (const Json &r : all(result, "gen", "out"))
        sampled.push_back(r["value"]);
    QCOMPARE(read, std::vector<std::string>(lines.begin(), lines.begin() + 10));
    QCOMPARE(sampled, sampleLines);
    QCOMPARE(result.inputCount("out"), uint64_t(14));
    QVERIFY(!std::filesystem::exists(dir.filePath("real.ndjson").toStdString()));
    // A tap cannot take a user's id: one named like the tap gets a numbered tap.
    p.nodes.push_back({"preview.tap:file:out", "sink.file", {{"path", "x.ndjson"}}, {}});
    p.edges.push_back({"file", "out", "preview.tap:file:out"});
    const PreviewPlan plan = planPreview(p, options);
    QCOMPARE(plan.taps.front().tapId, std::string("preview.tap:file:out#2"));
    // A sample file where the preview empties its folders would be lost: refused.
    options.sampleFile = (std::filesystem::path(options.directory) / "samples" / "gen.ndjson").string();
    QVERIFY(std::filesystem::exists(options.sampleFile));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, planPreview(p, options));
    QVERIFY(std::filesystem::exists(options.sampleFile));
}

void tst_Preview::kafkaPartitionsShareTheRecords()
{
    QTemporaryDir dir;
    Pipeline p;
    p.nodes = {{"k", "source.kafka", {{"topics", Json::array({"t"})}}, {}},
               {"out", "sink.console", Json::object(), {}}};
    p.edges = {{"k", "out", "out"}};
    const KafkaTopics topics{{"k", {TopicInfo{"t", {{0, 1, 100, 150}, {1, 1, 7, 9}, {2, 1, 0, 40}}}}}};
    const PreviewPlan plan = planPreview(p, {30, dir.path().toStdString(), {}, {}}, topics);
    const Json &source = plan.pipeline.node("k")->params;
    QCOMPARE(source["starting_partition_offsets"], (Json{{"t:0", 100}, {"t:1", 7}, {"t:2", 0}}));
    // 2 in the small partition, the other 28 split evenly.
    QCOMPARE(source["ending_partition_offsets"], (Json{{"t:0", 114}, {"t:1", 9}, {"t:2", 14}}));
    QCOMPARE(plan.pipeline.node("out")->type, std::string("sink.file"));
    QVERIFY(plan.notes.empty());

    // A topic that does not exist: that source reads nothing, and the plan says why.
    p.nodes.push_back({"k2", "source.kafka", {{"topics", Json::array({"t", "nope"})}}, {}});
    p.edges.push_back({"k2", "out", "out"});
    KafkaTopics both = topics;
    both["k2"] = topics.at("k");
    const PreviewPlan missing = planPreview(p, {30, dir.path().toStdString(), {}, {}}, both);
    QCOMPARE(missing.notes.size(), size_t(1));
    QVERIFY(missing.notes[0].find("'nope'") != std::string::npos);
    QCOMPARE(missing.pipeline.node("k2")->type, std::string("source.file"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             planPreview(p, {0, dir.path().toStdString(), {}, {}}, both));
}

void tst_Preview::theExamplePipelinePreviews()
{
    // The example produces to its own topic and reads it back; in a process whose sandbox
    // never held that topic, its generator part previews and its Kafka part reads nothing.
    const Pipeline example = loadPipelineFile(WEIR_SOURCE_DIR "/resources/examples/user_events.weir.json");
    QTemporaryDir dir;
    PreviewResult result;
    try {
        result = runPreview(example, {200, dir.path().toStdString(), {}, {}});
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    QCOMPARE(result.count("events", "out"), uint64_t(200));
    QCOMPARE(result.inputCount("to_kafka"), uint64_t(200));
    QCOMPARE(result.plan().notes.size(), size_t(1));
    QCOMPARE(result.count("parse", "out") + result.count("parse", "errors"), uint64_t(0));
    for (const SinkRedirect &sink : result.plan().sinks)
        QVERIFY2(sink.path.starts_with(dir.path().toStdString()), sink.path.c_str());
}

void tst_Preview::kafkaSourceReadsTheFirstRecords_data()
{
    QTest::addColumn<int>("records");
    QTest::newRow("fewer than the small partition's share") << 12;
    QTest::newRow("the small partition runs out") << 50;
    QTest::newRow("more than the topic holds") << 1000;
}

void tst_Preview::kafkaSourceReadsTheFirstRecords()
{
    QFETCH(int, records);
    static const std::vector<int> held{5, 40, 41};
    static bool produced = false;
    if (!produced) {
        SandboxBroker::shared()->createTopic("preview_events", int(held.size()));
        TestProducer producer(SandboxBroker::shared()->bootstrapServers());
        for (size_t p = 0; p < held.size(); ++p)
            for (int i = 0; i < held[p]; ++i)
                producer.produce("preview_events", int32_t(p), std::nullopt,
                                 "{\"p\":" + std::to_string(p) + ",\"i\":" + std::to_string(i) + "}");
        producer.flush();
        produced = true;
    }
    Pipeline pipeline;
    pipeline.nodes = {{"k", "source.kafka",
                       {{"bootstrap_servers", "embedded"}, {"topics", Json::array({"preview_events"})}},
                       {}},
                      {"parse", "transform.parse_json",
                       {{"schema", Json::array({{{"name", "p"}, {"type", "int"}},
                                                {{"name", "i"}, {"type", "int"}}})}},
                       {}},
                      {"out", "sink.console", Json::object(), {}}};
    pipeline.edges = {{"k", "out", "parse"}, {"parse", "out", "out"}};
    QTemporaryDir dir;
    PreviewResult result;
    try {
        result = runPreview(pipeline, {records, dir.path().toStdString(), {}, {}});
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    // Per partition, the records read are its first ones, without gaps.
    std::map<int64_t, std::vector<int64_t>> read;
    for (const Json &r : all(result, "parse", "out"))
        read[r["p"].get<int64_t>()].push_back(r["i"].get<int64_t>());
    int total = 0;
    std::vector<int64_t> counts;
    for (size_t p = 0; p < held.size(); ++p) {
        std::vector<int64_t> &ids = read[int64_t(p)];
        std::sort(ids.begin(), ids.end());
        for (size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], int64_t(i));
        total += int(ids.size());
        counts.push_back(int64_t(ids.size()));
    }
    const int heldTotal = std::accumulate(held.begin(), held.end(), 0);
    QCOMPARE(total, std::min(records, heldTotal));
    QCOMPARE(result.count("k", "out"), uint64_t(total));
    // Evenly: a partition that gave fewer than another was emptied.
    for (size_t a = 0; a < held.size(); ++a)
        for (size_t b = 0; b < held.size(); ++b)
            if (counts[a] + 1 < counts[b])
                QCOMPARE(counts[a], int64_t(held[a]));
}

QTEST_GUILESS_MAIN(tst_Preview)
#include "tst_preview.moc"
