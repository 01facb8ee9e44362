#include "parsejsontesting.h"
#include "problem.h"

#include <QtTest>

using namespace weir;
using namespace weir::testing;

// parse_json against hand-written expectations: every type, every failure reason,
// epoch units, dead-letter columns and parameter errors.
class tst_ParseJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidRecords_data();
    void parsesValidRecords();
    void reportsFailures_data();
    void reportsFailures();
    void readsEpochSeconds_data();
    void readsEpochSeconds();
    void keepsOriginsAndDeadLetterColumns();
    void rejectsBadParameters_data();
    void rejectsBadParameters();
};

namespace {

constexpr qint64 kOutOfRange = INT64_MIN;

Json expectedRow(const char *overrides)
{
    Json row = Json::parse(R"({"user_id": "u", "count": null, "price": 1.5, "ok": null,
                               "ts": 0, "props": null, "n": 7})");
    const Json changes = Json::parse(overrides);
    for (const auto &[key, value] : changes.items())
        row[key] = value;
    return row;
}

struct ValidCase
{
    const char *name;
    std::string_view record;
    const char *expected; // overrides of expectedRow's defaults
};

const ValidCase kValidCases[] = {
    {"all fields",
     R"({"user_id":"u1","count":42,"price":9.99,"ok":true,"ts":"2026-11-25T15:42:17.123Z",)"
     R"("props":{"page":"/home","device":"mobile"},"n":3})",
     R"({"user_id":"u1","count":42,"price":9.99,"ok":true,"ts":1795621337123,)"
     R"("props":"{\"page\":\"/home\",\"device\":\"mobile\"}","n":3})"},
    {"required only", R"({"ts":0,"user_id":"u"})", "{}"},
    {"optional nulls take defaults",
     R"({"user_id":"u","ts":0,"count":null,"price":null,"ok":null,"props":null,"n":null})", "{}"},
    {"unknown fields ignored",
     R"({"x":{"a":[1,2,{"b":null}]},"user_id":"u","more":[true,"s"],"ts":0})", "{}"},
    {"whitespace", " \t{ \"user_id\" : \"u\" ,\n\"ts\" : 0 }\r\n ", "{}"},
    {"escapes", R"({"user_id":"a\"b\\c\u00e9\n\ud83c\udf89","ts":0})",
     R"({"user_id":"a\"b\\c\u00e9\n\ud83c\udf89"})"},
    {"raw utf-8", "{\"user_id\":\"\xc3\xbcn\xc3\xaf \xe6\x97\xa5\",\"ts\":0}",
     "{\"user_id\":\"\xc3\xbcn\xc3\xaf \xe6\x97\xa5\"}"},
    {"empty string", R"({"user_id":"","ts":0})", R"({"user_id":""})"},
    {"int extremes",
     R"({"user_id":"u","ts":0,"count":-9223372036854775808,"n":9223372036854775807})",
     R"({"count":-9223372036854775808,"n":9223372036854775807})"},
    {"integral doubles as ints", R"({"user_id":"u","ts":0,"count":42.0,"n":1e3})",
     R"({"count":42,"n":1000})"},
    {"largest double", R"({"user_id":"u","ts":0,"price":1.7976931348623157e308})",
     R"({"price":1.7976931348623157e308})"},
    {"int as double", R"({"user_id":"u","ts":0,"price":5})", R"({"price":5.0})"},
    {"uint64 as double", R"({"user_id":"u","ts":0,"price":18446744073709551615})",
     R"({"price":18446744073709551615.0})"},
    {"negative zero", R"({"user_id":"u","ts":0,"price":-0.0})", R"({"price":-0.0})"},
    {"bool false", R"({"user_id":"u","ts":0,"ok":false})", R"({"ok":false})"},
    {"ts offset", R"({"user_id":"u","ts":"2026-11-25T16:42:17+01:00"})", R"({"ts":1795621337000})"},
    {"ts date only", R"({"user_id":"u","ts":"2026-11-25"})", R"({"ts":1795564800000})"},
    {"ts epoch ms", R"({"user_id":"u","ts":1795621337123})", R"({"ts":1795621337123})"},
    {"ts fractional ms rounds", R"({"user_id":"u","ts":1795621337000.7})",
     R"({"ts":1795621337001})"},
    {"ts negative", R"({"user_id":"u","ts":-1})", R"({"ts":-1})"},
    {"empty map", R"({"user_id":"u","ts":0,"props":{}})", R"({"props":"{}"})"},
    {"map escapes normalised",
     R"({"user_id":"u","ts":0,"props":{ "k\"" : "v\n\u0001" , "\u00e9":"x" }})",
     R"({"props":"{\"k\\\"\":\"v\\u000a\\u0001\",\"\u00e9\":\"x\"}"})"},
    {"map plain, escape elsewhere", R"({"user_id":"a\nb","ts":0,"props":{"k":"v","":""}})",
     R"({"user_id":"a\nb","props":"{\"k\":\"v\",\"\":\"\"}"})"},
    {"map unicode", "{\"user_id\":\"u\",\"ts\":0,\"props\":{\"\xc3\xa9\":\"\xe6\x97\xa5\"}}",
     "{\"props\":\"{\\\"\xc3\xa9\\\":\\\"\xe6\x97\xa5\\\"}\"}"},
    {"duplicate key: last wins", R"({"user_id":"first","ts":0,"user_id":"second"})",
     R"({"user_id":"second"})"},
};

#define BASE R"("user_id":"u","ts":0)"

struct FailureCase
{
    const char *name;
    std::string_view record;
    const char *reason; // exact, or a prefix when it ends with "..."
};

const FailureCase kFailureCases[] = {
    {"empty", "", "empty record"},
    {"whitespace only", " \n\t ", "empty record"},
    {"open brace", "{", "invalid JSON: ..."},
    {"truncated", R"({"user_id":"u","ts":0)", "invalid JSON: ..."},
    {"not json", "hello world", "invalid JSON: ..."},
    {"trailing value", "{" BASE "} {}", "invalid JSON: ..."},
    {"missing comma", R"({"user_id":"u" "ts":0})", "invalid JSON: ..."},
    {"leading zero", "{" BASE R"(,"count":01})", "invalid JSON: ..."},
    {"number too large", "{" BASE R"(,"price":1e400})",
     "invalid JSON: malformed or out-of-range number"},
    {"30-digit integer", "{" BASE R"(,"price":123456789012345678901234567890})",
     "invalid JSON: ..."},
    {"bad literal", "{" BASE R"(,"ok":tru})", "invalid JSON: ..."},
    {"bad escape", "{" BASE R"(,"x":"a\qb"})", "invalid JSON: ..."},
    {"control char",
     "{" BASE ",\"x\":\"a\x01"
     "b\"}",
     "invalid JSON: ..."},
    {"unclosed string", R"({"user_id":"u)", "invalid JSON: ..."},
    {"lone surrogate", "{" BASE R"(,"x":"\ud800"})", "invalid JSON: ..."},
    {"invalid utf-8 byte", "{\"user_id\":\"\xff\",\"ts\":0}", "invalid UTF-8"},
    {"truncated utf-8", "{\"user_id\":\"\xc3\",\"ts\":0}", "invalid UTF-8"},
    {"overlong utf-8", "{\"user_id\":\"\xc0\xaf\",\"ts\":0}", "invalid UTF-8"},
    {"nul byte", std::string_view("{\"user_id\":\"u\",\0\"ts\":0}", 22), "invalid JSON: ..."},
    {"array", "[1,2]", "expected a JSON object, got an array"},
    {"string", R"("str")", "expected a JSON object, got \"str\""},
    {"number", "42", "expected a JSON object, got 42"},
    {"null", "null", "expected a JSON object, got null"},
    {"missing required", R"({"ts":0})", "missing required field 'user_id'"},
    {"missing timestamp", R"({"user_id":"u"})", "missing required field 'ts'"},
    {"required null", R"({"user_id":null,"ts":0})", "field 'user_id': required but null"},
    {"string type", R"({"user_id":5,"ts":0})", "field 'user_id': expected a string, got 5"},
    {"string got object", R"({"user_id":{},"ts":0})",
     "field 'user_id': expected a string, got an object"},
    {"int fraction", "{" BASE R"(,"count":1.5})", "field 'count': expected an integer, got 1.5"},
    {"int text", "{" BASE R"(,"count":"7"})", "field 'count': expected an integer, got \"7\""},
    {"int bool", "{" BASE R"(,"count":true})", "field 'count': expected an integer, got true"},
    {"int over max", "{" BASE R"(,"count":9223372036854775808})",
     "field 'count': integer out of range, got 9223372036854775808"},
    {"int huge double", "{" BASE R"(,"count":1e20})",
     "field 'count': integer out of range, got 1e+20"},
    {"double text", "{" BASE R"(,"price":"1.5"})", "field 'price': expected a number, got \"1.5\""},
    {"double array", "{" BASE R"(,"price":[1]})", "field 'price': expected a number, got an array"},
    {"bool number", "{" BASE R"(,"ok":1})", "field 'ok': expected true or false, got 1"},
    {"bool text", "{" BASE R"(,"ok":"true"})", "field 'ok': expected true or false, got \"true\""},
    {"timestamp text", R"({"user_id":"u","ts":"abc"})",
     "field 'ts': expected ISO-8601 text or epoch number, got \"abc\""},
    {"timestamp bad date", R"({"user_id":"u","ts":"2026-02-30"})",
     "field 'ts': expected ISO-8601 text or epoch number, got \"2026-02-30\""},
    {"timestamp bool", R"({"user_id":"u","ts":true})",
     "field 'ts': expected ISO-8601 text or epoch number, got true"},
    {"timestamp object", R"({"user_id":"u","ts":{"a":1}})",
     "field 'ts': expected ISO-8601 text or epoch number, got an object"},
    {"timestamp huge", R"({"user_id":"u","ts":1e300})",
     "field 'ts': timestamp out of range, got 1e+300"},
    {"timestamp uint64", R"({"user_id":"u","ts":18446744073709551615})",
     "field 'ts': timestamp out of range, got 18446744073709551615"},
    {"map array", "{" BASE R"(,"props":[]})",
     "field 'props': expected an object of strings, got an array"},
    {"map text", "{" BASE R"(,"props":"x"})",
     "field 'props': expected an object of strings, got \"x\""},
    {"map number value", "{" BASE R"(,"props":{"a":"b","c":1}})",
     "field 'props': expected an object of strings, but key \"c\" has 1"},
    {"map nested", "{" BASE R"(,"props":{"a":{"b":"c"}}})",
     "field 'props': expected an object of strings, but key \"a\" has an object"},
};

#undef BASE
} // namespace

void tst_ParseJson::parsesValidRecords_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QByteArray>("expected");
    for (const ValidCase &c : kValidCases) {
        QTest::newRow(c.name) << QByteArray(c.record.data(), qsizetype(c.record.size()))
                              << QByteArray(c.expected);
    }
}

void tst_ParseJson::parsesValidRecords()
{
    QFETCH(QByteArray, record);
    QFETCH(QByteArray, expected);
    auto op = makeParser();
    const Outcome outcome = run(*op, {record.toStdString()});
    QVERIFY2(outcome.reasons.empty(), outcome.reasons.empty() ? "" : outcome.reasons[0].c_str());
    QCOMPARE(outcome.rows.size(), size_t(1));
    const Json want = expectedRow(expected.constData());
    QVERIFY2(outcome.rows[0] == want,
             qPrintable(QString::fromStdString(outcome.rows[0].dump() + " != " + want.dump())));
}

void tst_ParseJson::reportsFailures_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("reason");
    for (const FailureCase &c : kFailureCases) {
        QTest::newRow(c.name) << QByteArray(c.record.data(), qsizetype(c.record.size()))
                              << QString::fromUtf8(c.reason);
    }
    const QByteArray base = R"("user_id":"u","ts":0)";
    const QString tsReason = "field 'ts': expected ISO-8601 text or epoch number, got \"";
    QTest::newRow("long value cut") << R"({"user_id":"u","ts":")" + QByteArray(100, 'a') + "\"}"
                                    << tsReason + QString(40, 'a') + "...\"";
    QTest::newRow("cut before a utf-8 sequence") << R"({"user_id":"u","ts":")" + QByteArray(39, 'a')
            + "\xc3\xa9tail\"}" << tsReason + QString(39, 'a') + "...\"";
    QTest::newRow("deep nesting") << "{\"x\":" + QByteArray(1100, '[') + QByteArray(1100, ']') + ","
            + base + "}"
                                  << "invalid JSON: nested deeper than 1024 levels";
}

void tst_ParseJson::reportsFailures()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, reason);
    auto op = makeParser();
    const Outcome outcome = run(*op, {record.toStdString()});
    QCOMPARE(outcome.rows.size(), size_t(0));
    QCOMPARE(outcome.reasons.size(), size_t(1));
    const QString actual = QString::fromStdString(outcome.reasons[0]);
    if (reason.endsWith("..."))
        QVERIFY2(actual.startsWith(reason.chopped(3)), qPrintable(actual));
    else
        QCOMPARE(actual, reason);
}

void tst_ParseJson::readsEpochSeconds_data()
{
    QTest::addColumn<QByteArray>("ts");
    QTest::addColumn<qint64>("expected"); // kOutOfRange: a dead letter
    QTest::newRow("integer seconds") << QByteArray("1795621337") << qint64(1795621337000);
    QTest::newRow("fractional seconds") << QByteArray("1795621337.123") << qint64(1795621337123);
    QTest::newRow("negative seconds") << QByteArray("-1.5") << qint64(-1500);
    QTest::newRow("iso still accepted")
        << QByteArray("\"2026-11-25T15:42:17Z\"") << qint64(1795621337000);
    QTest::newRow("overflow") << QByteArray("9223372036854776") << kOutOfRange;
}

void tst_ParseJson::readsEpochSeconds()
{
    QFETCH(QByteArray, ts);
    QFETCH(qint64, expected);
    auto op = makeParser("s");
    const Outcome outcome = run(*op, {"{\"user_id\":\"u\",\"ts\":" + ts.toStdString() + "}"});
    if (expected == kOutOfRange) {
        QCOMPARE(outcome.reasons.size(), size_t(1));
        QVERIFY(outcome.reasons[0].starts_with("field 'ts': timestamp out of range"));
        return;
    }
    QCOMPARE(outcome.rows.size(), size_t(1));
    QCOMPARE(outcome.rows[0]["ts"].get<int64_t>(), expected);
}

// Good rows keep their origins in order; dead letters say where they came from.
void tst_ParseJson::keepsOriginsAndDeadLetterColumns()
{
    auto op = makeParser();
    QCOMPARE(*op->outputSchema(Port::Errors), *deadLetterSchema());
    QCOMPARE(op->outputSchema(Port::Out)->at(5).type, FieldType::Map);
    const std::vector<std::string> values {R"({"user_id":"a","ts":1})", "oops",
                                           R"({"user_id":"b","ts":2})", R"({"ts":3})"};
    CollectingEmitter out;
    {
        Batch in = rawBatch(values, 1);
        in.ingestNs = 4242;
        in.columns[1].appendNull(); // a record with a null value
        in.columns[0].strings.push_back({});
        in.origins.push_back({0, 9, 999});
        ++in.rows;
        op->process(in, out);
    } // the input batch is gone: dead letters must keep its bytes alive
    const auto good = out.on(Port::Out);
    const auto bad = out.on(Port::Errors);
    QCOMPARE(good.size(), size_t(1));
    QCOMPARE(bad.size(), size_t(1));
    QCOMPARE(good[0]->ingestNs, int64_t(4242));
    QCOMPARE(bad[0]->ingestNs, int64_t(4242));
    QCOMPARE(good[0]->origins, (std::vector<Origin> {{1, 0, 100}, {1, 2, 102}}));
    QCOMPARE(bad[0]->origins, (std::vector<Origin> {{1, 1, 101}, {1, 0, 103}, {0, 9, 999}}));
    const Batch &errors = *bad[0];
    QCOMPARE(errors.rows, size_t(3));
    const std::vector<std::string> reasons {"invalid JSON: ...", "missing required field 'user_id'",
                                            "empty record"};
    for (size_t row = 0; row < errors.rows; ++row) {
        QCOMPARE(errors.columns[0].strings[row], std::string_view("parse"));
        QCOMPARE(errors.columns[2].strings[row], std::string_view(row == 2 ? "gen" : "kafka"));
        QCOMPARE(errors.columns[3].ints[row], int64_t(errors.origins[row].partition));
        QCOMPARE(errors.columns[4].ints[row], errors.origins[row].offset);
        const std::string reason(errors.columns[1].strings[row]);
        QVERIFY2(reason.starts_with(reasons[row].substr(0, reasons[row].find("...")).c_str()),
                 reason.c_str());
    }
    QCOMPARE(errors.columns[5].strings[0], std::string_view("oops"));
    QCOMPARE(errors.columns[5].strings[1], std::string_view(values[3]));
    QVERIFY(errors.columns[5].isNull(2));
}

void tst_ParseJson::rejectsBadParameters_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("message");
    QTest::newRow("no schema") << QByteArray("{}") << "schema"
                               << "missing";
    QTest::newRow("empty schema") << QByteArray(R"({"schema": []})") << "schema"
                                  << "non-empty array";
    QTest::newRow("not an array") << QByteArray(R"({"schema": "x"})") << "schema"
                                  << "non-empty array";
    QTest::newRow("entry not object") << QByteArray(R"({"schema": [1]})") << "schema"
                                      << "field #1 must be an object";
    QTest::newRow("no name") << QByteArray(R"({"schema": [{"type": "int"}]})") << "schema"
                             << "field #1 needs a name";
    QTest::newRow("no type") << QByteArray(R"({"schema": [{"name": "a"}]})") << "schema"
                             << "field 'a': needs a type";
    QTest::newRow("bad type") << QByteArray(R"({"schema": [{"name": "a", "type": "integer"}]})")
                              << "schema"
                              << "unknown type \"integer\"";
    QTest::newRow("twice") << QByteArray(
        R"({"schema": [{"name": "a", "type": "int"}, {"name": "a", "type": "string"}]})")
                           << "schema"
                           << "listed twice";
    QTest::newRow("required not bool")
        << QByteArray(R"({"schema": [{"name": "a", "type": "int", "required": "no"}]})") << "schema"
        << "\"required\" must be true or false";
    QTest::newRow("default on required")
        << QByteArray(R"({"schema": [{"name": "a", "type": "int", "default": 5}]})") << "schema"
        << "a default needs \"required\": false";
    QTest::newRow("int default") << QByteArray(
        R"({"schema": [{"name": "a", "type": "int", "required": false, "default": "x"}]})")
                                 << "schema"
                                 << "default must be an integer";
    QTest::newRow("ts default") << QByteArray(
        R"({"schema": [{"name": "a", "type": "timestamp", "required": false, "default": "soon"}]})")
                                << "schema"
                                << "default must be ISO-8601 text or an epoch number";
    QTest::newRow("map default") << QByteArray(
        R"({"schema": [{"name": "a", "type": "map<string,string>", "required": false,)"
        R"( "default": {"k": 1}}]})")
                                 << "schema"
                                 << "default must be an object of strings";
    QTest::newRow("unit") << QByteArray(
        R"({"schema": [{"name": "a", "type": "int"}], "timestamp_unit": "us"})")
                          << "timestamp_unit"
                          << "must be \"ms\" or \"s\"";
}

void tst_ParseJson::rejectsBadParameters()
{
    QFETCH(QByteArray, params);
    QFETCH(QString, param);
    QFETCH(QString, message);
    try {
        makeParseJson({"parse", {}}, Json::parse(params.toStdString()), rawSchema());
        QFAIL("no PipelineError");
    } catch (const PipelineError &error) {
        QCOMPARE(error.problems().size(), size_t(1));
        const Problem &problem = error.problems()[0];
        QCOMPARE(QString::fromStdString(problem.node), QString("parse"));
        QCOMPARE(QString::fromStdString(problem.param), param);
        QVERIFY2(QString::fromStdString(problem.message).contains(message),
                 problem.message.c_str());
    }
}

QTEST_GUILESS_MAIN(tst_ParseJson)
#include "tst_parsejson.moc"
