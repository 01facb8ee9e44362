#include "dataflowvalidator.h"
#include "duration.h"
#include "pipelinefile.h"
#include "validator.h"

#include <QDir>
#include <QtTest>

using namespace weir;

namespace {

// A pipeline with every kind of node and port in use; each test row breaks it in one way
// with a JSON patch (RFC 6902) and names the problem that must follow.
const char *kBase = R"({
  "format": "weir-pipeline", "version": 1, "name": "user_events",
  "settings": {"trigger": "processing_time", "interval": "1 second",
               "metrics_addr": "127.0.0.1:9464"},
  "nodes": [
    {"id": "events", "type": "source.generator", "params": {"rate": 1000, "count": 5000}},
    {"id": "parse", "type": "transform.parse_json", "params": {"schema": [
      {"name": "event_id", "type": "string"},
      {"name": "user_id", "type": "int"},
      {"name": "event_type", "type": "string"},
      {"name": "amount", "type": "double", "required": false, "default": 0},
      {"name": "ts", "type": "timestamp"},
      {"name": "properties", "type": "map<string,string>", "required": false, "default": {}}]}},
    {"id": "clicks", "type": "transform.filter",
     "params": {"expression": "event_type != 'signup'"}},
    {"id": "wm", "type": "transform.watermark",
     "params": {"event_time": "ts", "delay": "10 minutes"}},
    {"id": "counts", "type": "window.sliding", "params": {
      "size": "10 minutes", "slide": "5 minutes", "group_by": ["event_type"],
      "aggregates": [{"fn": "count"}, {"fn": "count_distinct", "field": "user_id", "as": "users"},
                     {"fn": "percentile", "field": "amount", "q": 0.95}],
      "output_mode": "update"}},
    {"id": "store", "type": "sink.sqlite", "params": {"path": "counts.db", "table": "counts"}},
    {"id": "dead", "type": "sink.file", "params": {"path": "dead.ndjson"}},
    {"id": "late", "type": "sink.console", "params": {"limit": 5}}
  ],
  "edges": [
    {"from": "events", "port": "out", "to": "parse"},
    {"from": "parse", "port": "out", "to": "clicks"},
    {"from": "parse", "port": "errors", "to": "dead"},
    {"from": "clicks", "port": "out", "to": "wm"},
    {"from": "wm", "port": "out", "to": "counts"},
    {"from": "counts", "port": "out", "to": "store"},
    {"from": "counts", "port": "late", "to": "late"}
  ]
})";

std::vector<Problem> validatePatched(const QByteArray &patch)
{
    const Json document = Json::parse(kBase).patch(Json::parse(patch.toStdString()));
    return validatePipeline(loadPipeline(document.dump()));
}

QString describe(const std::vector<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << QString::fromStdString(p.toString());
    return lines.join('\n');
}

} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void basePipelineIsValid();
    void examplesAreValid();
    void problems_data();
    void problems();
    void allProblemsAreCollected();
    void durations_data();
    void durations();
    void junkDurations_data();
    void junkDurations();
    void inputFields_data();
    void inputFields();
    void exampleWindowInputIsParseSchema();
};

void tst_Validation::basePipelineIsValid()
{
    const std::vector<Problem> problems = validatePatched("[]");
    QVERIFY2(problems.empty(), qPrintable(describe(problems)));
}

void tst_Validation::examplesAreValid()
{
    const QDir examples(QStringLiteral(WEIR_SOURCE_DIR "/resources/examples"));
    const QStringList files = examples.entryList({"*.weir.json"}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const std::string path = examples.filePath(name).toStdString();
        const std::vector<Problem> problems = validatePipeline(loadPipelineFile(path));
        QVERIFY2(problems.empty(), qPrintable(name + ":\n" + describe(problems)));
    }
}

void tst_Validation::problems_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count"); // problems in all: a mistake is reported once

    auto row = [](const char *name, const char *patch, const char *node, const char *param,
                  const char *message, int count = 1) {
        QTest::newRow(name) << QByteArray(patch) << node << param << message << count;
    };
    // Ids and types
    row("duplicate id", R"([{"op": "add", "path": "/nodes/-", "value": {"id": "store",
        "type": "sink.console"}}])", "store", "id", "used by nodes[5] and nodes[8]");
    row("empty id", R"([{"op": "add", "path": "/nodes/-", "value": {"id": "",
        "type": "sink.console"}}])", "nodes[8]", "id", "empty id");
    row("unknown node type", R"([{"op": "replace", "path": "/nodes/2/type",
        "value": "transform.flter"}])", "clicks", "type",
        "unknown node type 'transform.flter' (did you mean 'transform.filter'?)");
    // Parameters
    row("unknown parameter", R"([{"op": "add", "path": "/nodes/0/params/rat", "value": 5}])",
        "events", "rat", "unknown parameter \"rat\" (did you mean 'rate'?)");
    row("missing required parameter", R"([{"op": "remove", "path": "/nodes/5/params/path"}])",
        "store", "path", "missing required parameter");
    row("number expected", R"([{"op": "replace", "path": "/nodes/0/params/rate",
        "value": "fast"}])", "events", "rate", "expected a number, got string \"fast\"");
    row("whole number expected", R"([{"op": "replace", "path": "/nodes/0/params/count",
        "value": 1.5}])", "events", "count", "expected a whole number, got number 1.5");
    row("bool expected", R"([{"op": "add", "path": "/nodes/3/params/drop_late",
        "value": "yes"}])", "wm", "drop_late", "expected true or false");
    row("string expected", R"([{"op": "replace", "path": "/nodes/2/params/expression",
        "value": 5}])", "clicks", "expression", "expected a string, got number 5");
    row("empty path", R"([{"op": "replace", "path": "/nodes/6/params/path", "value": ""}])",
        "dead", "path", "must not be empty");
    row("value not allowed", R"([{"op": "replace", "path": "/nodes/4/params/output_mode",
        "value": "appendd"}])", "counts", "output_mode",
        "\"appendd\" is not allowed (did you mean 'append'?); use one of: append, update, "
        "complete");
    row("below min", R"([{"op": "add", "path": "/nodes/0/params/users", "value": 0}])",
        "events", "users", "must be at least 1, got 0");
    row("above max", R"([{"op": "add", "path": "/nodes/0/params/zipf", "value": 500}])",
        "events", "zipf", "must be at most 100, got 500");
    row("map value below min", R"([{"op": "add", "path": "/nodes/0/params/event_types",
        "value": {"click": -1, "view": 2}}])", "events", "event_types",
        "\"click\" must be at least 0, got -1");
    row("no positive weight", R"([{"op": "add", "path": "/nodes/0/params/event_types",
        "value": {"click": 0}}])", "events", "event_types", "positive weight");
    row("fractions above 1", R"([{"op": "add", "path": "/nodes/0/params/out_of_order",
        "value": 0.6}, {"op": "add", "path": "/nodes/0/params/malformed", "value": 0.5}])",
        "events", "out_of_order", "together they must not exceed 1");
    row("bad start time", R"([{"op": "add", "path": "/nodes/0/params/start_time",
        "value": "yesterday"}])", "events", "start_time", "neither \"now\" nor an ISO-8601");
    row("unparseable duration", R"([{"op": "replace", "path": "/nodes/3/params/delay",
        "value": "ten minutes"}])", "wm", "delay", "cannot read duration \"ten minutes\"");
    row("duration as number", R"([{"op": "replace", "path": "/nodes/3/params/delay",
        "value": 600}])", "wm", "delay", "expected a duration such as \"10 minutes\"");
    row("slide longer than size", R"([{"op": "replace", "path": "/nodes/4/params/slide",
        "value": "15 minutes"}])", "counts", "slide",
        "slide (15 minutes) must not be longer than size (10 minutes)");
    row("too many windows per record", R"([{"op": "replace", "path": "/nodes/4/params/slide",
        "value": "500ms"}])", "counts", "slide", "puts every record in 1200 windows; at most 1000");
    row("slide zero", R"([{"op": "replace", "path": "/nodes/4/params/slide",
        "value": "0 seconds"}])", "counts", "slide", "must be greater than 0");
    row("session gap zero", R"([{"op": "replace", "path": "/nodes/4/type",
        "value": "window.session"}, {"op": "remove", "path": "/nodes/4/params/size"},
        {"op": "remove", "path": "/nodes/4/params/slide"},
        {"op": "add", "path": "/nodes/4/params/gap", "value": "0ms"}])", "counts", "gap",
        "must be greater than 0");
    row("tumbling without size", R"([{"op": "replace", "path": "/nodes/4/type",
        "value": "window.tumbling"}, {"op": "remove", "path": "/nodes/4/params/size"},
        {"op": "remove", "path": "/nodes/4/params/slide"}])", "counts", "size",
        "missing required parameter \"size\"");
    row("group_by not strings", R"([{"op": "replace", "path": "/nodes/4/params/group_by",
        "value": [1]}])", "counts", "group_by", "every entry must be a non-empty string");
    row("group_by twice", R"([{"op": "replace", "path": "/nodes/4/params/group_by",
        "value": ["event_type", "event_type"]}])", "counts", "group_by", "listed twice");
    // parse_json schema entries
    row("schema entry without name", R"([{"op": "replace", "path": "/nodes/1/params/schema/0",
        "value": {"type": "string"}}])", "parse", "schema", "field 1: missing \"name\"");
    row("schema entry unknown type", R"([{"op": "replace",
        "path": "/nodes/1/params/schema/2/type", "value": "strng"}])", "parse", "schema",
        "field 'event_type': unknown type \"strng\" (did you mean 'string'?)");
    row("schema duplicate field", R"([{"op": "replace", "path": "/nodes/1/params/schema/2/name",
        "value": "user_id"}])", "parse", "schema", "field 'user_id' is declared twice");
    row("schema default of wrong type", R"([{"op": "replace",
        "path": "/nodes/1/params/schema/3/default", "value": "zero"}])", "parse", "schema",
        "field 'amount': the default string \"zero\" is not a double");
    row("schema default on required field", R"([{"op": "remove",
        "path": "/nodes/1/params/schema/3/required"}])", "parse", "schema",
        "field 'amount' has a default but is required");
    row("schema unknown key", R"([{"op": "add", "path": "/nodes/1/params/schema/0/typ",
        "value": "x"}])", "parse", "schema", "unknown key \"typ\" (did you mean 'type'?)");
    row("schema empty", R"([{"op": "replace", "path": "/nodes/1/params/schema",
        "value": []}])", "parse", "schema", "at least one field");
    // window aggregates
    row("aggregate unknown fn", R"([{"op": "replace", "path": "/nodes/4/params/aggregates/0/fn",
        "value": "cnt"}])", "counts", "aggregates",
        "aggregate 1: unknown function \"cnt\" (did you mean 'count'?)");
    row("aggregate without field", R"([{"op": "remove",
        "path": "/nodes/4/params/aggregates/1/field"}])", "counts", "aggregates",
        "aggregate 2: count_distinct needs a \"field\"");
    row("percentile q too big", R"([{"op": "replace", "path": "/nodes/4/params/aggregates/2/q",
        "value": 1.5}])", "counts", "aggregates", "q must be between 0 and 1 (exclusive)");
    row("percentile q zero", R"([{"op": "replace", "path": "/nodes/4/params/aggregates/2/q",
        "value": 0}])", "counts", "aggregates", "q must be between 0 and 1 (exclusive)");
    row("percentile without q", R"([{"op": "remove", "path": "/nodes/4/params/aggregates/2/q"}])",
        "counts", "aggregates", "percentile needs \"q\"");
    row("q on count_distinct", R"([{"op": "add", "path": "/nodes/4/params/aggregates/1/q",
        "value": 0.5}])", "counts", "aggregates", "\"q\" only applies to percentile");
    row("duplicate output names", R"([{"op": "add", "path": "/nodes/4/params/aggregates/-",
        "value": {"fn": "count"}}])", "counts", "aggregates",
        "aggregate 4: another aggregate already produces the column 'count'");
    row("aggregate named like group_by", R"([{"op": "add",
        "path": "/nodes/4/params/aggregates/-", "value": {"fn": "max", "field": "amount",
        "as": "event_type"}}])", "counts", "aggregates",
        "column 'event_type' clashes with a window or group_by column");
    // edges and graph
    row("edge from unknown node", R"([{"op": "replace", "path": "/edges/1/from",
        "value": "prse"}])", "clicks", "edges[1]",
        "edge prse.out -> clicks: there is no node 'prse' (did you mean 'parse'?)");
    row("edge to unknown node", R"([{"op": "replace", "path": "/edges/5/to", "value": "stor"}])",
        "counts", "edges[5]", "there is no node 'stor'", 2);
    row("port the node lacks", R"([{"op": "replace", "path": "/edges/2/port",
        "value": "late"}])", "parse", "edges[2]",
        "transform.parse_json has no port 'late'; its ports: out, errors");
    row("edge into a source", R"([{"op": "add", "path": "/edges/-", "value": {"from": "parse",
        "port": "out", "to": "events"}}])", "events", "edges[7]",
        "'events' is a source (source.generator) and takes no input");
    row("edge out of a sink", R"([{"op": "add", "path": "/edges/-", "value": {"from": "store",
        "port": "out", "to": "late"}}])", "store", "edges[7]", "has no outputs");
    row("duplicate edge", R"([{"op": "add", "path": "/edges/-", "value": {"from": "parse",
        "port": "errors", "to": "dead"}}])", "parse", "edges[7]", "the same as edges[2]");
    row("cycle", R"([{"op": "add", "path": "/edges/-", "value": {"from": "wm", "port": "out",
        "to": "clicks"}}])", "clicks", "", "the pipeline has a cycle: clicks -> wm -> clicks");
    row("self loop", R"([{"op": "add", "path": "/edges/-", "value": {"from": "clicks",
        "port": "out", "to": "clicks"}}])", "clicks", "", "cycle: clicks -> clicks");
    row("input nothing feeds", R"([{"op": "remove", "path": "/edges/3"}])", "wm", "in",
        "'wm' (transform.watermark) has an input that nothing feeds");
    row("sink fed by nothing", R"([{"op": "remove", "path": "/edges/2"}])", "dead", "in",
        "sink 'dead' is fed by nothing");
    // event time and fields flowing downstream
    row("window without watermark", R"([{"op": "replace", "path": "/edges/4/from",
        "value": "clicks"}])", "counts", "in",
        "window 'counts' needs event time: put a transform.watermark upstream");
    row("window behind a subscribing kafka source", R"([{"op": "replace", "path": "/nodes/0",
        "value": {"id": "events", "type": "source.kafka", "params": {"topics": ["events"],
        "group_mode": "subscribe"}}}])", "counts", "in",
        "source 'events' reads with group_mode \"subscribe\": its partitions move between "
        "group members, and window state cannot move with them");
    row("group_by field missing", R"([{"op": "replace", "path": "/nodes/4/params/group_by/0",
        "value": "event_typ"}])", "counts", "group_by",
        "there is no field 'event_typ' in the input (did you mean 'event_type'?)");
    row("aggregate field missing", R"([{"op": "replace",
        "path": "/nodes/4/params/aggregates/1/field", "value": "user"}])", "counts",
        "aggregates", "aggregate 2 (count_distinct): there is no field 'user' in the input");
    row("aggregate of wrong type", R"([{"op": "replace",
        "path": "/nodes/4/params/aggregates/2/field", "value": "event_type"}])", "counts",
        "aggregates", "percentile cannot take field 'event_type' of type string");
    row("event_time missing", R"([{"op": "replace", "path": "/nodes/3/params/event_time",
        "value": "time"}])", "wm", "event_time", "there is no field 'time' in the input");
    row("event_time not a timestamp", R"([{"op": "replace", "path": "/nodes/3/params/event_time",
        "value": "user_id"}])", "wm", "event_time",
        "field 'user_id' has type int, but event time needs a timestamp");
    row("watermark on raw records", R"([{"op": "replace", "path": "/edges/3/from",
        "value": "events"}])", "wm", "event_time",
        "it has: key, value; parse the records with a transform.parse_json first");
    row("sqlite key field missing", R"([{"op": "add", "path": "/nodes/5/params/key",
        "value": ["window_start", "event"]}])", "store", "key", "no field 'event' in the input");
    row("sqlite upsert without key", R"([{"op": "replace", "path": "/edges/5/from",
        "value": "clicks"}])", "store", "key", "mode \"upsert\" needs key fields");
    // settings
    row("unknown trigger", R"([{"op": "replace", "path": "/settings/trigger",
        "value": "sometimes"}])", "", "settings.trigger", "\"sometimes\" is not allowed");
    row("settings bad interval", R"([{"op": "replace", "path": "/settings/interval",
        "value": "1 sec0nd"}])", "", "settings.interval", "cannot read duration \"1 sec0nd\"");
    row("settings unknown key", R"([{"op": "add", "path": "/settings/intervall",
        "value": "1s"}])", "", "settings.intervall", "(did you mean 'interval'?)");
    row("settings batch too small", R"([{"op": "add", "path": "/settings/max_batch_records",
        "value": 0}])", "", "settings.max_batch_records", "must be at least 1");
    row("settings metrics address", R"([{"op": "replace", "path": "/settings/metrics_addr",
        "value": "localhost"}])", "", "settings.metrics_addr", "is not host:port");
}

void tst_Validation::problems()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, node);
    QFETCH(QString, param);
    QFETCH(QString, message);
    QFETCH(int, count);
    const std::vector<Problem> problems = validatePatched(patch);
    const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem &p) {
        return p.node == node.toStdString() && p.param == param.toStdString()
            && QString::fromStdString(p.message).contains(message);
    });
    QVERIFY2(found, qPrintable("not among:\n" + describe(problems)));
    QVERIFY2(int(problems.size()) == count, qPrintable(describe(problems)));
}

void tst_Validation::allProblemsAreCollected()
{
    const std::vector<Problem> problems = validatePatched(R"([
        {"op": "replace", "path": "/nodes/0/params/rate", "value": -1},
        {"op": "replace", "path": "/nodes/3/params/delay", "value": "soon"},
        {"op": "replace", "path": "/settings/trigger", "value": "never"},
        {"op": "remove", "path": "/edges/6"}])");
    QStringList where;
    for (const Problem &p : problems)
        where << QString::fromStdString(p.node + "/" + p.param);
    where.sort();
    QCOMPARE(where, QStringList({"/settings.trigger", "events/rate", "late/in", "wm/delay"}));
}

void tst_Validation::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("10 minutes") << "10 minutes" << qint64(600000);
    QTest::newRow("1 minute") << "1 minute" << qint64(60000);
    QTest::newRow("5m") << "5m" << qint64(300000);
    QTest::newRow("500ms") << "500ms" << qint64(500);
    QTest::newRow("1.5s") << "1.5s" << qint64(1500);
    QTest::newRow("2 hours") << "2 hours" << qint64(7200000);
    QTest::newRow("1 day") << "1 day" << qint64(86400000);
    QTest::newRow("0 seconds") << "0 seconds" << qint64(0);
}

void tst_Validation::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(parseDurationMs(text.toStdString()), std::optional<int64_t>(ms));
    // The validator accepts what parses, for every duration parameter.
    const QByteArray patch = R"([{"op": "replace", "path": "/nodes/3/params/delay", "value": ")"
        + text.toUtf8() + "\"}]";
    QVERIFY(validatePatched(patch).empty());
}

void tst_Validation::junkDurations_data()
{
    QTest::addColumn<QString>("text");
    for (const char *junk : {"", "minutes", "ten minutes", "10", "10 parsecs", "-5s", "1.2.3s",
                             "5 m s", "s5", "1e3s", ". s"})
        QTest::newRow(junk[0] ? junk : "empty") << QString::fromUtf8(junk);
}

void tst_Validation::junkDurations()
{
    QFETCH(QString, text);
    QCOMPARE(parseDurationMs(text.toStdString()), std::nullopt);
    const QByteArray patch = R"([{"op": "replace", "path": "/nodes/3/params/delay", "value": ")"
        + text.toUtf8() + "\"}]";
    const std::vector<Problem> problems = validatePatched(patch);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(problems[0].param, std::string("delay"));
}

// Names of the fields reaching a node's input ("name:type"), or "unknown".
static QStringList describeFields(const std::optional<std::vector<Field>> &fields)
{
    if (!fields)
        return {QStringLiteral("unknown")};
    QStringList names;
    for (const Field &field : *fields)
        names << QString::fromStdString(field.name + ":" + std::string(fieldTypeName(field.type)));
    return names;
}

void tst_Validation::inputFields_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QStringList>("fields");
    const QStringList parsed {"event_id:string", "user_id:int", "event_type:string",
                              "amount:double", "ts:timestamp", "properties:map<string,string>"};
    QTest::newRow("source has no input") << QByteArray("[]") << "events" << QStringList {"unknown"};
    QTest::newRow("unknown node") << QByteArray("[]") << "nope" << QStringList {"unknown"};
    QTest::newRow("parse reads raw records")
        << QByteArray("[]") << "parse" << QStringList {"key:string", "value:string"};
    QTest::newRow("filter after parse") << QByteArray("[]") << "clicks" << parsed;
    QTest::newRow("window after watermark") << QByteArray("[]") << "counts" << parsed;
    QTest::newRow("dead letters")
        << QByteArray("[]") << "dead"
        << describeFields(deadLetterSchema()->fields());
    QTest::newRow("window output")
        << QByteArray("[]") << "store"
        << QStringList {"window_start:timestamp", "window_end:timestamp", "event_type:string",
                        "count:int", "users:int", "p95_amount:double"};
    QTest::newRow("late records are the window's input")
        << QByteArray("[]") << "late" << parsed;
    // A flaw elsewhere does not hide the fields: the form still offers them.
    QTest::newRow("fields despite a bad window param")
        << QByteArray(R"([{"op": "replace", "path": "/nodes/4/params/size", "value": "soon"}])")
        << "counts" << parsed;
    QTest::newRow("unfed node") << QByteArray(R"([{"op": "remove", "path": "/edges/4"}])")
                                << "counts" << QStringList {"unknown"};
    QTest::newRow("unknown upstream type")
        << QByteArray(R"([{"op": "replace", "path": "/nodes/2/type", "value": "transform.nope"}])")
        << "wm" << QStringList {"unknown"};
}

void tst_Validation::inputFields()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, node);
    QFETCH(QStringList, fields);
    const Json document = Json::parse(kBase).patch(Json::parse(patch.toStdString()));
    const Pipeline pipeline = loadPipeline(document.dump());
    QCOMPARE(describeFields(weir::inputFields(pipeline, node.toStdString())), fields);
}

void tst_Validation::exampleWindowInputIsParseSchema()
{
    const Pipeline pipeline = loadPipelineFile(WEIR_SOURCE_DIR
                                               "/resources/examples/user_events.weir.json");
    const auto fields = weir::inputFields(pipeline, "counts");
    QVERIFY(fields);
    const Json &schema = pipeline.node("parse")->params.at("schema");
    QCOMPARE(fields->size(), schema.size());
    for (size_t i = 0; i < fields->size(); ++i) {
        QCOMPARE((*fields)[i].name, schema[i].at("name").get<std::string>());
        QCOMPARE(std::string(fieldTypeName((*fields)[i].type)),
                 schema[i].at("type").get<std::string>());
    }
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
