#include "pipelinefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace weir;

namespace {

// A file exactly as savePipeline writes it: the oracle for the format.
const char *kCanonical = R"({
  "format": "weir-pipeline",
  "version": 1,
  "name": "clicks",
  "description": "Counts clicks per minute.",
  "settings": {
    "trigger": "once",
    "interval": "5 seconds"
  },
  "nodes": [
    {
      "id": "events",
      "type": "source.generator",
      "params": {
        "rate": 100,
        "zipf": 1.5
      },
      "position": {
        "x": 0,
        "y": -40.5
      }
    },
    {
      "id": "out",
      "type": "sink.console",
      "params": {}
    }
  ],
  "edges": [
    {
      "from": "events",
      "port": "out",
      "to": "out"
    }
  ]
}
)";

std::vector<Problem> problemsOf(std::string_view text)
{
    try {
        loadPipeline(text);
    } catch (const PipelineError &error) {
        return error.problems();
    }
    return {};
}

QString describe(const std::vector<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << QString::fromStdString(p.toString());
    return lines.join('\n');
}

} // namespace

class tst_PipelineFile : public QObject
{
    Q_OBJECT

private slots:
    void canonicalFileSavesToTheSameBytes();
    void roundTripIsStable_data();
    void roundTripIsStable();
    void keysAreWrittenInFixedOrder();
    void emptyPartsAreLeftOut();
    void pipelineBuiltInCodeRoundTrips();
    void malformedJsonNamesLineAndColumn_data();
    void malformedJsonNamesLineAndColumn();
    void structuralErrors_data();
    void structuralErrors();
    void everyStructuralProblemIsReported();
    void loadsFromFile();
    void unreadableFileNamesPathAndReason_data();
    void unreadableFileNamesPathAndReason();
    void examplesRoundTrip();
};

void tst_PipelineFile::canonicalFileSavesToTheSameBytes()
{
    const Pipeline pipeline = loadPipeline(kCanonical);
    QCOMPARE(pipeline.name, std::string("clicks"));
    QCOMPARE(pipeline.nodes.size(), size_t(2));
    QVERIFY(pipeline.nodes[0].position.has_value());
    QCOMPARE(pipeline.nodes[0].position->y, -40.5);
    QVERIFY(!pipeline.nodes[1].position.has_value());
    QCOMPARE(pipeline.edges.at(0), (EdgeSpec{"events", "out", "out"}));
    QCOMPARE(QString::fromStdString(savePipeline(pipeline)), QString::fromUtf8(kCanonical));
}

void tst_PipelineFile::roundTripIsStable_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("canonical") << QByteArray(kCanonical);
    QTest::newRow("compact, keys shuffled")
        << QByteArray(R"({"edges":[{"to":"b","from":"a"}],"nodes":[{"params":{"z":1,"a":2,"m":3},
            "type":"t.x","id":"a"},{"id":"b","type":"sink.console"}],"version":1,
            "format":"weir-pipeline"})");
    QTest::newRow("unicode") << QByteArray(R"({"format": "weir-pipeline", "version": 1,
        "name": "Zürich → 東京 🚀", "description": "caf\u00e9 \"quoted\" \\ tab\t",
        "nodes": [{"id": "ünïcode", "type": "transform.filter",
                   "params": {"expression": "city = 'Zürich' and emoji = '😀'"}}]})");
    QTest::newRow("numbers") << QByteArray(R"({"format": "weir-pipeline", "version": 1,
        "nodes": [{"id": "n", "type": "x", "params": {"big": 18446744073709551615,
        "neg": -9223372036854775808, "float": 1e6, "tiny": 1.5e-300, "third": 0.3333333333333333,
        "zero": -0.0}, "position": {"x": 1e3, "y": 0.1}}]})");
    QTest::newRow("nested params in odd order") << QByteArray(R"({"format": "weir-pipeline",
        "version": 1, "name": "", "settings": {"queue_capacity": 5, "trigger": "once"},
        "nodes": [{"id": "w", "type": "window.sliding", "params": {"output_mode": "append",
        "aggregates": [{"q": 0.99, "field": "latency", "fn": "percentile"}],
        "slide": "1 minute", "size": "5 minutes", "group_by": ["b", "a"]},
        "position": {"y": 3, "x": 2}}], "edges": []})");
    QTest::newRow("escapes and control characters") << QByteArray(
        "{\"format\":\"weir-pipeline\",\"version\":1,\"name\":\"a\\u0001b\\nc\\/d\","
        "\"nodes\":[]}");
}

void tst_PipelineFile::roundTripIsStable()
{
    QFETCH(QByteArray, text);
    const Pipeline first = loadPipeline(text.toStdString());
    const std::string saved = savePipeline(first);
    const Pipeline second = loadPipeline(saved);
    QVERIFY(first == second);
    QCOMPARE(QByteArray::fromStdString(savePipeline(second)), QByteArray::fromStdString(saved));
    QVERIFY(saved.ends_with("}\n"));
    // What was read is what was written, key order of params included.
    QCOMPARE(Json::parse(saved)["nodes"].size(), first.nodes.size());
    for (size_t i = 0; i < first.nodes.size(); ++i)
        QCOMPARE(Json::parse(saved)["nodes"][i]["params"].dump(), first.nodes[i].params.dump());
}

void tst_PipelineFile::keysAreWrittenInFixedOrder()
{
    const Pipeline pipeline = loadPipeline(R"({"edges": [{"to": "b", "port": "late", "from": "a"}],
        "nodes": [{"position": {"y": 2, "x": 1}, "params": {"z": 1, "a": 2}, "type": "t",
                   "id": "a"}],
        "settings": {"b": 1, "a": 2}, "description": "d", "name": "n", "version": 1,
        "format": "weir-pipeline"})");
    const std::string saved = savePipeline(pipeline);
    const std::vector<std::string> order{"\"format\"", "\"version\"", "\"name\"",
                                         "\"description\"", "\"settings\"", "\"b\"", "\"a\"",
                                         "\"nodes\"", "\"id\"", "\"type\"", "\"params\"",
                                         "\"z\"", "\"position\"", "\"x\"", "\"y\"", "\"edges\"",
                                         "\"from\"", "\"port\"", "\"to\""};
    size_t at = 0;
    for (const std::string &key : order) {
        const size_t found = saved.find(key, at);
        QVERIFY2(found != std::string::npos, key.c_str());
        at = found + key.size();
    }
    QVERIFY(saved.find("\n  \"version\": 1,\n") != std::string::npos);
}

void tst_PipelineFile::emptyPartsAreLeftOut()
{
    Pipeline pipeline;
    pipeline.nodes.push_back({"a", "sink.console", Json::object(), std::nullopt});
    const std::string saved = savePipeline(pipeline);
    QCOMPARE(QString::fromStdString(saved), QStringLiteral(R"({
  "format": "weir-pipeline",
  "version": 1,
  "name": "",
  "nodes": [
    {
      "id": "a",
      "type": "sink.console",
      "params": {}
    }
  ],
  "edges": []
}
)"));
}

void tst_PipelineFile::pipelineBuiltInCodeRoundTrips()
{
    Pipeline pipeline;
    pipeline.name = "built";
    pipeline.description = "made by hand";
    pipeline.settings = Json{{"trigger", "continuous"}};
    pipeline.nodes.push_back({"g", "source.generator", Json{{"seed", 7}, {"count", 10}},
                              CanvasPosition{-12.25, 3}});
    pipeline.nodes.push_back({"c", "sink.console", Json::object(), CanvasPosition{100, 0}});
    pipeline.edges.push_back({"g", "out", "c"});
    QVERIFY(loadPipeline(savePipeline(pipeline)) == pipeline);
}

void tst_PipelineFile::malformedJsonNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("position");
    QTest::newRow("missing comma") << QByteArray("{\n  \"format\": \"weir-pipeline\",\n"
                                                 "  \"version\": 1\n  \"nodes\": []\n}")
                                   << "line 4, column 9";
    QTest::newRow("trailing comma") << QByteArray("{\"nodes\": [\n1,\n]}") << "line 3, column 1";
    QTest::newRow("bad literal") << QByteArray("{\n\n   \"a\": tru }") << "line 3, column 12";
    QTest::newRow("column counts characters") << QByteArray("{\"ä€\": x}") << "line 1, column 8";
    QTest::newRow("unterminated string") << QByteArray("{\"name\": \"abc") << "line 1, column 14";
    QTest::newRow("empty text") << QByteArray("") << "line 1, column 1";
    QTest::newRow("garbage after the object") << QByteArray("{}\n}") << "line 2, column 1";
}

void tst_PipelineFile::malformedJsonNamesLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, position);
    const std::vector<Problem> problems = problemsOf(text.toStdString());
    QCOMPARE(problems.size(), size_t(1));
    const QString message = QString::fromStdString(problems[0].message);
    QVERIFY2(message.startsWith("invalid JSON at " + position + ": "), qPrintable(message));
    QVERIFY2(!message.contains("json.exception"), qPrintable(message));
}

void tst_PipelineFile::structuralErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"("format": "weir-pipeline", "version": 1, )";
    auto file = [&](const char *rest) { return "{" + head + rest + "}"; };
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "" << "" << "JSON object";
    QTest::newRow("missing format") << QByteArray(R"({"version": 1, "nodes": []})") << ""
                                    << "format" << "missing \"format\"";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "nifi", "version": 1, "nodes": []})")
                                  << "" << "format" << "not a Weir pipeline";
    QTest::newRow("missing version") << QByteArray(R"({"format": "weir-pipeline", "nodes": []})")
                                     << "" << "version" << "missing \"version\"";
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "weir-pipeline", "version": 2, "nodes": []})") << ""
        << "version" << "unsupported version 2: this Weir reads version 1";
    QTest::newRow("version as text")
        << QByteArray(R"({"format": "weir-pipeline", "version": "1", "nodes": []})") << ""
        << "version" << "unsupported version \"1\"";
    QTest::newRow("missing nodes") << file(R"("name": "x")") << "" << "nodes"
                                   << "missing \"nodes\"";
    QTest::newRow("nodes not an array") << file(R"("nodes": {})") << "" << "nodes"
                                        << "\"nodes\" must be an array";
    QTest::newRow("name not text") << file(R"("name": 5, "nodes": [])") << "" << "name"
                                   << "\"name\" must be a string";
    QTest::newRow("settings not an object") << file(R"("settings": [], "nodes": [])") << ""
                                            << "settings" << "must be an object";
    QTest::newRow("unknown top-level key") << file(R"("node": [], "nodes": [])") << "" << "node"
        << "unknown key \"node\" in the file (did you mean 'nodes'?)";
    QTest::newRow("node not an object") << file(R"("nodes": ["a"])") << "nodes[0]" << ""
                                        << "must be a JSON object";
    QTest::newRow("node without id") << file(R"("nodes": [{"type": "sink.console"}])")
                                     << "nodes[0]" << "id" << "missing \"id\"";
    QTest::newRow("id not text") << file(R"("nodes": [{"id": 3, "type": "sink.console"}])")
                                 << "nodes[0]" << "id" << "\"id\" must be a string";
    QTest::newRow("node without type") << file(R"("nodes": [{"id": "a"}, {"id": "b"}])") << "a"
                                       << "type" << "missing \"type\"";
    QTest::newRow("params not an object")
        << file(R"("nodes": [{"id": "a", "type": "t", "params": [1]}])") << "a" << "params"
        << "\"params\" must be an object";
    QTest::newRow("position without y")
        << file(R"("nodes": [{"id": "a", "type": "t", "position": {"x": 1}}])") << "a"
        << "position" << "numbers \"x\" and \"y\"";
    QTest::newRow("unknown node key")
        << file(R"("nodes": [{"id": "a", "type": "t", "param": {}}])") << "a" << "param"
        << "(did you mean 'params'?)";
    QTest::newRow("edges not an array") << file(R"("nodes": [], "edges": {})") << "" << "edges"
                                        << "\"edges\" must be an array";
    QTest::newRow("edge without to")
        << file(R"("nodes": [], "edges": [{"from": "a", "port": "out"}])") << "a" << "edges[0]"
        << "the edge has no \"to\"";
    QTest::newRow("edge without from") << file(R"("nodes": [], "edges": [{}, {"to": "b"}])") << ""
                                       << "edges[1]" << "the edge has no \"from\"";
    QTest::newRow("edge port not text")
        << file(R"("nodes": [], "edges": [{"from": "a", "port": 1, "to": "b"}])") << "a"
        << "edges[0]" << "\"port\" must be a string";
    QTest::newRow("edge not an object") << file(R"("nodes": [], "edges": ["a->b"])") << ""
                                        << "edges[0]" << "must be an object";
}

void tst_PipelineFile::structuralErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, node);
    QFETCH(QString, param);
    QFETCH(QString, message);
    const std::vector<Problem> problems = problemsOf(text.toStdString());
    const bool found = std::any_of(problems.begin(), problems.end(), [&](const Problem &p) {
        return p.node == node.toStdString() && p.param == param.toStdString()
            && QString::fromStdString(p.message).contains(message);
    });
    QVERIFY2(found, qPrintable(describe(problems)));
}

void tst_PipelineFile::everyStructuralProblemIsReported()
{
    const std::vector<Problem> problems = problemsOf(R"({"format": "weir-pipeline",
        "version": 1, "nodes": [{"type": "a"}, {"id": "b"}, {"id": "c", "type": "t",
        "params": 1}], "edges": [{"from": "b"}]})");
    QCOMPARE(problems.size(), size_t(4));
    QCOMPARE(problems[0], (Problem{"nodes[0]", "id", "missing \"id\""}));
    QCOMPARE(problems[1], (Problem{"b", "type", "missing \"type\""}));
    QCOMPARE(problems[2].node, std::string("c"));
    QCOMPARE(problems[3].param, std::string("edges[0]"));
}

void tst_PipelineFile::loadsFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("p.weir.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kCanonical);
    file.close();
    const Pipeline pipeline = loadPipelineFile(path.toStdString());
    QCOMPARE(QString::fromStdString(savePipeline(pipeline)), QString::fromUtf8(kCanonical));
}

void tst_PipelineFile::unreadableFileNamesPathAndReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("error");
    QTest::newRow("missing file") << "missing.weir.json" << ENOENT;
    QTest::newRow("directory") << "folder" << EISDIR;
}

void tst_PipelineFile::unreadableFileNamesPathAndReason()
{
    QFETCH(QString, name);
    QFETCH(int, error);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir("folder"));
    const std::string path = dir.filePath(name).toStdString();
    try {
        loadPipelineFile(path);
        QFAIL("no error thrown");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().size(), size_t(1));
        QCOMPARE(e.problems()[0].message,
                 "cannot read pipeline file '" + path + "': " + std::strerror(error));
    }
}

void tst_PipelineFile::examplesRoundTrip()
{
    const QDir examples(QStringLiteral(WEIR_SOURCE_DIR "/resources/examples"));
    const QStringList files = examples.entryList({"*.weir.json"}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        const std::string path = examples.filePath(name).toStdString();
        const std::string saved = savePipeline(loadPipelineFile(path));
        QCOMPARE(savePipeline(loadPipeline(saved)), saved);
    }
}

QTEST_GUILESS_MAIN(tst_PipelineFile)
#include "tst_pipelinefile.moc"
