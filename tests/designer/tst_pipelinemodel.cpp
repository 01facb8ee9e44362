#include "designertesting.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <set>

using namespace weir;

class tst_PipelineModel : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void fileWithoutPositionsIsLaidOutAndSavesUnchanged();
    void autoLayoutRunsLeftToRightWithRowsPerBranch();
    void buildArticlePipelineThroughEditor();
    void malformedFileLeavesModelUntouched_data();
    void malformedFileLeavesModelUntouched();
    void refusedConnections_data();
    void refusedConnections();
    void liveValidationFollowsEdits();
};

void tst_PipelineModel::roundTripIsByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QDir examples(sourcePath(QStringLiteral("resources/examples")));
    for (const QString &name : examples.entryList({QStringLiteral("*.weir.json")}))
        QTest::newRow(qPrintable(name)) << examples.filePath(name);
    const QDir golden(sourcePath(QStringLiteral("tests/golden/cases")));
    for (const QString &name : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::newRow(qPrintable(QStringLiteral("golden/") + name))
            << golden.filePath(name + QStringLiteral("/pipeline.weir.json"));
}

void tst_PipelineModel::roundTripIsByteIdentical()
{
    QFETCH(QString, path);
    const std::string text = readText(path);
    QVERIFY(!text.empty());
    PipelineModel model;
    QCOMPARE(model.loadFile(path), QString());
    QCOMPARE(model.toFileText(), text);
    // The golden cases have no positions: laid out, and still saved without them.
    QCOMPARE(model.positionsStored(), text.find("\"position\"") != std::string::npos);
    // After a change the text is the engine's canonical form, and it means the same.
    PipelineModel copy;
    copy.load(model.toPipeline());
    QCOMPARE(copy.toFileText(), savePipeline(loadPipeline(text)));
    QVERIFY(loadPipeline(copy.toFileText()) == loadPipeline(text));
}

void tst_PipelineModel::fileWithoutPositionsIsLaidOutAndSavesUnchanged()
{
    const std::string text = withoutPositions(readText(articleTemplatePath()));
    PipelineModel model;
    QCOMPARE(model.loadText(text), QString());
    QVERIFY(!model.positionsStored());
    QCOMPARE(model.toFileText(), text);
    QCOMPARE(model.node(QStringLiteral("sink"))->position, QPointF(880, 0));
}

// The template's hand layout is exactly what the auto-layout produces for it.
void tst_PipelineModel::autoLayoutRunsLeftToRightWithRowsPerBranch()
{
    const Pipeline original = loadPipelineFile(articleTemplatePath().toStdString());
    PipelineModel model;
    QCOMPARE(model.loadText(withoutPositions(savePipeline(original))), QString());
    for (const ConnectionId &c : model.connections())
        QVERIFY2(model.node(c.from)->position.x() < model.node(c.to)->position.x(),
                 qPrintable(c.from + " -> " + c.to));
    for (const NodeSpec &spec : original.nodes)
        QCOMPARE(model.node(QString::fromStdString(spec.id))->position,
                 QPointF(spec.position->x, spec.position->y));
}

namespace {

// Nodes by id with type and params, edges as a set, name, description and settings:
// what the pipeline means, whatever the order and the layout.
nlohmann::json meaning(const Pipeline &pipeline)
{
    nlohmann::json nodes = nlohmann::json::object();
    for (const NodeSpec &node : pipeline.nodes)
        nodes[node.id]
            = {{"type", node.type}, {"params", nlohmann::json::parse(node.params.dump())}};
    std::set<std::string> edges;
    for (const EdgeSpec &edge : pipeline.edges)
        edges.insert(edge.from + "." + edge.port + " -> " + edge.to);
    return {{"name", pipeline.name},
            {"description", pipeline.description},
            {"settings", nlohmann::json::parse(pipeline.settings.dump())},
            {"nodes", nodes},
            {"edges", edges}};
}

} // namespace

void tst_PipelineModel::buildArticlePipelineThroughEditor()
{
    const Pipeline expected = loadPipelineFile(articleTemplatePath().toStdString());
    PipelineModel model;
    PipelineEditor editor(&model);
    editor.setPipelineSettings({QStringLiteral("user_events_generator"),
                                QString::fromStdString(expected.description),
                                Json {{"trigger", "processing_time"}, {"interval", "1 second"}}});

    const QString generator = editor.addNode(QStringLiteral("source.generator"), {0, 0});
    QCOMPARE(generator, QStringLiteral("generator"));
    QCOMPARE(editor.renameNode(generator, QStringLiteral("events")), QString());
    const Json events {{"seed", 42},    {"rate", 100000},           {"users", 10000},
                       {"zipf", 1.1},   {"out_of_order", 0.05},     {"disorder", "2 minutes"},
                       {"late", 0.001}, {"lateness", "30 minutes"}, {"malformed", 0.001}};
    for (auto it = events.begin(); it != events.end(); ++it)
        editor.setParam(QStringLiteral("events"), QString::fromStdString(it.key()), it.value());

    QCOMPARE(editor.addNode(QStringLiteral("transform.parse_json"), {220, 0}),
             QStringLiteral("parse_json"));
    editor.renameNode(QStringLiteral("parse_json"), QStringLiteral("parse"));
    editor.setParam(QStringLiteral("parse"), QStringLiteral("schema"), Json::parse(R"([
        {"name": "event_id", "type": "string"},
        {"name": "user_id", "type": "string"},
        {"name": "event_type", "type": "string"},
        {"name": "timestamp", "type": "timestamp"},
        {"name": "properties", "type": "map<string,string>", "required": false, "default": {}}
    ])"));

    editor.addNode(QStringLiteral("transform.watermark"), {440, 0});
    editor.setParams(QStringLiteral("watermark"),
                     Json {{"event_time", "timestamp"}, {"delay", "10 minutes"}});

    editor.addNode(QStringLiteral("window.sliding"), {660, 0});
    editor.renameNode(QStringLiteral("sliding"), QStringLiteral("counts"));
    editor.setParams(QStringLiteral("counts"), Json::parse(R"({
        "size": "5 minutes", "slide": "1 minute", "group_by": ["event_type"],
        "aggregates": [{"fn": "count", "as": "event_count"},
                       {"fn": "count_distinct", "field": "user_id", "as": "unique_users"}],
        "output_mode": "update"})"));

    editor.addNode(QStringLiteral("sink.sqlite"), {880, 0});
    editor.renameNode(QStringLiteral("sqlite"), QStringLiteral("sink"));
    editor.setParams(
        QStringLiteral("sink"),
        Json {{"path", "user_event_counts.db"}, {"table", "event_counts"}, {"mode", "upsert"}});
    editor.addNode(QStringLiteral("sink.file"), {440, 160});
    editor.renameNode(QStringLiteral("file"), QStringLiteral("dead_letters"));
    editor.setParam(QStringLiteral("dead_letters"), QStringLiteral("path"), "dead_letters.ndjson");
    editor.addNode(QStringLiteral("sink.file"), {880, 160});
    editor.renameNode(QStringLiteral("file"), QStringLiteral("late_events"));
    editor.setParam(QStringLiteral("late_events"), QStringLiteral("path"), "late_events.ndjson");

    for (const auto &[from, port, to] : {std::tuple {"events", "out", "parse"},
                                         {"parse", "out", "watermark"},
                                         {"parse", "errors", "dead_letters"},
                                         {"watermark", "out", "counts"},
                                         {"counts", "out", "sink"},
                                         {"counts", "late", "late_events"}})
        QCOMPARE(editor.addConnection({QString::fromLatin1(from), QString::fromLatin1(port),
                                       QString::fromLatin1(to)}),
                 QString());

    QCOMPARE(meaning(model.toPipeline()).dump(2), meaning(expected).dump(2));
    // Built in the template's order and places, it is even the same file.
    QCOMPARE(model.toFileText(), savePipeline(expected));
    model.validateNow();
    QVERIFY(model.problems().empty());
}

void tst_PipelineModel::malformedFileLeavesModelUntouched_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("broken json") << QByteArray("{\"format\": \"weir-pipeline\",\n  \"nodes\": [")
                                 << QStringLiteral("invalid JSON at line 2");
    QTest::newRow("not a pipeline") << QByteArray(R"({"format": "other", "version": 1})")
                                    << QStringLiteral("not a Weir pipeline");
    QTest::newRow("repeated id") << QByteArray(R"({"format": "weir-pipeline", "version": 1,
        "nodes": [{"id": "a", "type": "source.generator"}, {"id": "a", "type": "sink.console"}]})")
                                 << QStringLiteral("used by more than one node");
    QTest::newRow("repeated edge") << QByteArray(R"({"format": "weir-pipeline", "version": 1,
        "nodes": [{"id": "a", "type": "source.generator"}, {"id": "b", "type": "sink.console"}],
        "edges": [{"from": "a", "to": "b"}, {"from": "a", "port": "out", "to": "b"}]})")
                                   << QStringLiteral("listed twice");
}

void tst_PipelineModel::malformedFileLeavesModelUntouched()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    PipelineModel model;
    QCOMPARE(model.loadFile(articleTemplatePath()), QString());
    const std::string before = model.toFileText();
    QSignalSpy resets(&model, &PipelineModel::modelReset);
    const QString error = model.loadText(text.toStdString());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(model.toFileText(), before);
    QCOMPARE(resets.count(), 0);

    const QString missing = model.loadFile(QStringLiteral("/nonexistent/x.weir.json"));
    QVERIFY2(missing.contains(QStringLiteral("cannot read")), qPrintable(missing));
    QCOMPARE(model.toFileText(), before);
}

void tst_PipelineModel::refusedConnections_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason"); // empty: accepted

    auto row = [](const char *name, const char *from, const char *port, const char *to,
                  const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(from) << QString::fromLatin1(port)
                            << QString::fromLatin1(to) << QString::fromLatin1(reason);
    };
    row("unknown node", "events", "out", "nowhere", "there is no node 'nowhere'");
    row("unknown port", "parse", "late", "late_events",
        "has no port 'late'; its ports: out, errors");
    row("sink as sender", "sink", "out", "dead_letters", "sinks have no outputs");
    row("source as target", "parse", "out", "events", "takes no input");
    row("itself", "watermark", "out", "watermark", "cannot feed itself");
    row("cycle", "counts", "out", "parse", "cycle: parse -> watermark -> counts -> parse");
    row("existing", "parse", "errors", "dead_letters", "parse.errors already feeds");
    row("other records", "events", "out", "watermark",
        "'watermark' is already fed by parse.out with records parsed by 'parse'; events.out "
        "carries raw records");
    row("dead letters into late", "parse", "errors", "late_events", "already fed by counts.late");
    row("rows beside dead letters", "parse", "errors", "sink", "already fed by counts.out");
    row("late records fan in", "watermark", "late", "late_events", "");
    row("fan out", "parse", "out", "late_events", "");
}

void tst_PipelineModel::refusedConnections()
{
    QFETCH(QString, from);
    QFETCH(QString, port);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    PipelineModel model;
    QCOMPARE(model.loadFile(articleTemplatePath()), QString());
    const QString refusal = model.connectionRefusal({from, port, to});
    if (reason.isEmpty())
        QCOMPARE(refusal, QString());
    else
        QVERIFY2(refusal.contains(reason), qPrintable(refusal));
}

void tst_PipelineModel::liveValidationFollowsEdits()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    model.validateNow();
    QVERIFY(model.problems().empty());

    QSignalSpy changed(&model, &PipelineModel::problemsChanged);
    editor.setParam(QStringLiteral("counts"), QStringLiteral("slide"), "10 minutes");
    editor.removeConnection(
        {QStringLiteral("counts"), QStringLiteral("out"), QStringLiteral("sink")});
    QVERIFY(changed.wait());
    QCOMPARE(changed.count(), 1); // both edits validated once
    const std::vector<Problem> counts = model.problemsOf(QStringLiteral("counts"));
    QCOMPARE(counts.size(), size_t(1));
    QCOMPARE(counts[0].param, std::string("slide"));
    QVERIFY(!model.problemsOf(QStringLiteral("sink")).empty());
    QVERIFY(model.problemsOf(QStringLiteral("parse")).empty());

    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QVERIFY(changed.wait());
    QVERIFY(model.problems().empty());
}

QTEST_GUILESS_MAIN(tst_PipelineModel)

#include "tst_pipelinemodel.moc"
