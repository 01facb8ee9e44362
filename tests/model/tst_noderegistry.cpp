#include "nodecatalog.h"
#include "noderegistry.h"
#include "paramvalidator.h"
#include "pipelinefile.h"
#include "validator.h"

#include <QFile>
#include <QSet>
#include <QtTest>

using namespace weir;

namespace {

QString readSourceFile(const char *relative)
{
    QFile file(QStringLiteral(WEIR_SOURCE_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every string value anywhere in a JSON document.
void collectStrings(const Json &json, QSet<QString> &out)
{
    if (json.is_string())
        out.insert(QString::fromStdString(json.get<std::string>()));
    if (!json.is_structured())
        return;
    for (const Json &child : json)
        collectStrings(child, out);
}

// The section of the node reference that documents one node type.
QString sectionOf(const QString &doc, const std::string &type)
{
    const int start = doc.indexOf(QStringLiteral("### `%1`").arg(QString::fromStdString(type)));
    if (start < 0)
        return {};
    const int end = doc.indexOf(QStringLiteral("\n### "), start + 1);
    return doc.mid(start, end < 0 ? -1 : end - start);
}

} // namespace

class tst_NodeRegistry : public QObject
{
    Q_OBJECT

private slots:
    void typesAreWellFormed();
    void paramsAreWellFormed();
    void defaultsPassValidation();
    void findsByName();
    void aggregateOutputNames_data();
    void aggregateOutputNames();
    void nodeReferenceDocumentsEveryType();
    void formatReferenceExampleIsValid();
    void jsonSchemaIsValidJsonAndKnowsEveryType();
};

void tst_NodeRegistry::typesAreWellFormed()
{
    const QSet<QString> categories{"source", "transform", "window", "sink"};
    QSet<QString> seen;
    for (const NodeTypeInfo &info : NodeRegistry::instance().types()) {
        const QString type = QString::fromStdString(info.type);
        QVERIFY2(!seen.contains(type), qPrintable(type));
        seen.insert(type);
        QVERIFY2(categories.contains(QString::fromStdString(info.category)), qPrintable(type));
        QVERIFY2(type.startsWith(QString::fromStdString(info.category) + "."), qPrintable(type));
        QVERIFY(!info.title.empty() && !info.description.empty() && !info.icon.empty());
        QCOMPARE(info.hasInput, info.category != "source");
        QCOMPARE(info.outputs.empty(), info.category == "sink");
        if (info.category != "sink")
            QVERIFY2(info.output("out"), qPrintable(type));
        for (const PortInfo &port : info.outputs)
            QVERIFY(!port.help.empty());
    }
    const QSet<QString> expected{"source.generator", "source.file", "source.kafka",
                                 "transform.parse_json", "transform.filter",
                                 "transform.watermark", "window.tumbling", "window.sliding",
                                 "window.session", "sink.sqlite", "sink.file", "sink.console",
                                 "sink.kafka"};
    QCOMPARE(seen, expected);
}

void tst_NodeRegistry::paramsAreWellFormed()
{
    std::vector<std::pair<std::string, const std::vector<ParamInfo> *>> lists{
        {"settings", &pipelineSettings()}};
    for (const NodeTypeInfo &info : NodeRegistry::instance().types())
        lists.emplace_back(info.type, &info.params);
    for (const auto &[owner, params] : lists) {
        QSet<QString> names;
        for (const ParamInfo &p : *params) {
            const QString where = QString::fromStdString(owner + "." + p.name);
            QVERIFY2(!names.contains(QString::fromStdString(p.name)), qPrintable(where));
            names.insert(QString::fromStdString(p.name));
            QVERIFY2(!p.help.empty(), qPrintable(where));
            // Optional parameters have a default, except optional text meaning "not set".
            const bool unsetText = p.type == ParamType::String || p.type == ParamType::Path;
            QVERIFY2(p.required == p.defaultValue.is_null() || (!p.required && unsetText),
                     qPrintable(where));
            QCOMPARE(p.type == ParamType::Enum, !p.allowed.empty());
        }
    }
}

void tst_NodeRegistry::defaultsPassValidation()
{
    std::vector<Problem> problems;
    NodeProblems collector("registry", problems);
    for (const NodeTypeInfo &info : NodeRegistry::instance().types()) {
        for (const ParamInfo &p : info.params) {
            if (!p.defaultValue.is_null())
                validateParamValue(p, p.defaultValue, info.type + "." + p.name, collector);
        }
    }
    for (const ParamInfo &p : pipelineSettings()) {
        if (!p.defaultValue.is_null())
            validateParamValue(p, p.defaultValue, "settings." + p.name, collector);
    }
    QStringList text;
    for (const Problem &p : problems)
        text << QString::fromStdString(p.toString());
    QVERIFY2(problems.empty(), qPrintable(text.join('\n')));
}

void tst_NodeRegistry::findsByName()
{
    const NodeTypeInfo *sliding = NodeRegistry::instance().find("window.sliding");
    QVERIFY(sliding);
    QVERIFY(sliding->param("slide") && sliding->param("slide")->required);
    QCOMPARE(sliding->param("output_mode")->defaultValue, Json("update"));
    QVERIFY(sliding->output("late"));
    QVERIFY(!sliding->output("errors"));
    QVERIFY(!NodeRegistry::instance().find("window.slidng"));
    QCOMPARE(pipelineSettings().front().name, std::string("trigger"));
    QCOMPARE(&pipelineSettings(), &NodeRegistry::instance().pipelineSettings());
}

void tst_NodeRegistry::aggregateOutputNames_data()
{
    QTest::addColumn<QByteArray>("aggregate");
    QTest::addColumn<QString>("name");
    QTest::newRow("count") << QByteArray(R"({"fn": "count"})") << "count";
    QTest::newRow("count of a field") << QByteArray(R"({"fn": "count", "field": "x"})")
                                      << "count_x";
    QTest::newRow("sum") << QByteArray(R"({"fn": "sum", "field": "amount"})") << "sum_amount";
    QTest::newRow("as wins") << QByteArray(R"({"fn": "sum", "field": "a", "as": "total"})")
                             << "total";
    QTest::newRow("p95") << QByteArray(R"({"fn": "percentile", "field": "lat", "q": 0.95})")
                         << "p95_lat";
    QTest::newRow("p50") << QByteArray(R"({"fn": "percentile", "field": "lat", "q": 0.5})")
                         << "p50_lat";
    QTest::newRow("p99.9") << QByteArray(R"({"fn": "percentile", "field": "lat", "q": 0.999})")
                           << "p99_9_lat";
    QTest::newRow("p0.1") << QByteArray(R"({"fn": "percentile", "field": "lat", "q": 0.001})")
                          << "p0_1_lat";
}

void tst_NodeRegistry::aggregateOutputNames()
{
    QFETCH(QByteArray, aggregate);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(aggregateOutputName(Json::parse(aggregate.toStdString()))),
             name);
}

// The node reference (docs/nodes.md, generated by weir-docgen) has a section per node type
// naming each of its parameters and ports, and names every pipeline setting; the format
// reference sends readers there. tst_generateddocs checks nodes.md is what the registry
// generates now; this checks, independently of the generator, that nothing is missing.
void tst_NodeRegistry::nodeReferenceDocumentsEveryType()
{
    const QString doc = readSourceFile("docs/nodes.md");
    QVERIFY(!doc.isEmpty());
    for (const NodeTypeInfo &info : NodeRegistry::instance().types()) {
        const QString section = sectionOf(doc, info.type);
        QVERIFY2(!section.isEmpty(), info.type.c_str());
        for (const ParamInfo &p : info.params)
            QVERIFY2(section.contains(QStringLiteral("`%1`").arg(p.name.c_str())),
                     (info.type + "." + p.name).c_str());
        for (const PortInfo &port : info.outputs)
            QVERIFY2(section.contains(QStringLiteral("`%1`").arg(port.name.c_str())),
                     (info.type + " port " + port.name).c_str());
    }
    std::vector<ParamInfo> settings = pipelineSettings();
    for (const ParamInfo &p : alertSettingInfos())
        settings.push_back(p);
    for (const ParamInfo &p : settings)
        QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(p.name.c_str())), p.name.c_str());
    const QString format = readSourceFile("docs/pipeline-format.md");
    QVERIFY(format.contains(QStringLiteral("](nodes.md)")));
}

void tst_NodeRegistry::formatReferenceExampleIsValid()
{
    const QString doc = readSourceFile("docs/pipeline-format.md");
    const int start = doc.indexOf("```json\n");
    QVERIFY(start >= 0);
    const int end = doc.indexOf("```", start + 8);
    const std::string example = doc.mid(start + 8, end - start - 8).toStdString();
    const std::vector<Problem> problems = validatePipeline(loadPipeline(example));
    QStringList text;
    for (const Problem &p : problems)
        text << QString::fromStdString(p.toString());
    QVERIFY2(problems.empty(), qPrintable(text.join('\n')));
}

void tst_NodeRegistry::jsonSchemaIsValidJsonAndKnowsEveryType()
{
    const QString text = readSourceFile("docs/pipeline.schema.json");
    QVERIFY(!text.isEmpty());
    Json schema;
    try {
        schema = Json::parse(text.toStdString());
    } catch (const Json::parse_error &e) {
        QFAIL(e.what());
    }
    QCOMPARE(schema.value("$schema", ""),
             std::string("https://json-schema.org/draft/2020-12/schema"));
    QSet<QString> strings;
    collectStrings(schema, strings);
    for (const NodeTypeInfo &info : NodeRegistry::instance().types())
        QVERIFY2(strings.contains(QString::fromStdString(info.type)), info.type.c_str());
    for (const ParamInfo &p : pipelineSettings())
        QVERIFY2(schema["properties"]["settings"]["properties"].contains(p.name), p.name.c_str());
}

QTEST_GUILESS_MAIN(tst_NodeRegistry)
#include "tst_noderegistry.moc"
