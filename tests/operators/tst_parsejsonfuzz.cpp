#include "parsejsontesting.h"

#include <QtTest>

#include <random>

using namespace weir;
using namespace weir::testing;

// parse_json on adversarial input: megabyte values, deep nesting, and random byte
// edits of valid records judged by nlohmann-json, an independent JSON parser.
class tst_ParseJsonFuzz : public QObject
{
    Q_OBJECT

private slots:
    void handlesLargeAndDeepInput();
    void agreesWithNlohmannOnMutations();
};

void tst_ParseJsonFuzz::handlesLargeAndDeepInput()
{
    auto op = makeParser();
    const std::string big(1 << 20, 'x');
    const std::string bigRecord = R"({"user_id":")" + big + R"(","ts":0})";
    const std::string deep = "{\"x\":" + std::string(1000, '[') + std::string(1000, ']')
        + R"(,"user_id":"deep","ts":0})";
    const std::string broken = R"({"user_id":")" + big; // 1 MB, never closed
    CollectingEmitter out;
    op->process(rawBatch({bigRecord, "{}", deep, broken, R"({"user_id":"after","ts":5})"}), out);
    const auto good = out.on(Port::Out);
    const auto bad = out.on(Port::Errors);
    QCOMPARE(good.size(), size_t(1));
    QCOMPARE(good[0]->rows, size_t(3));
    QCOMPARE(good[0]->columns[0].strings[0].size(), big.size());
    QVERIFY(good[0]->columns[0].strings[0] == big);
    QCOMPARE(good[0]->columns[0].strings[1], std::string_view("deep"));
    QCOMPARE(good[0]->columns[0].strings[2], std::string_view("after"));
    QCOMPARE(bad[0]->rows, size_t(2));
    QCOMPARE(bad[0]->columns[5].strings[1].size(), broken.size());
}

// Random byte edits of valid records: wherever nlohmann-json refuses the text, we
// must report invalid JSON or UTF-8; wherever it accepts, we must not.
void tst_ParseJsonFuzz::agreesWithNlohmannOnMutations()
{
    const std::vector<std::string> templates {
        R"({"user_id":"u1","count":42,"price":9.5,"ok":true,"ts":"2026-11-25T15:42:17Z",)"
        R"("props":{"a":"b"}})",
        R"({"ts":1795621337000,"user_id":"\u00e9t\u00e9","extra":[1,{"x":null}],"n":-3})",
        "{\"user_id\":\"\xc3\xa9\",\"ts\":0,\"props\":{}}",
    };
    const std::string alphabet = "{}[]\":,0123456789.-eEtrufalsn\\ \xff\xc3\xa9u";
    std::mt19937_64 rng(2026);
    auto op = makeParser();
    size_t accepted = 0;
    size_t rejected = 0;
    for (int round = 0; round < 40; ++round) {
        std::vector<std::string> records;
        for (int i = 0; i < 500; ++i) {
            std::string r = templates[rng() % templates.size()];
            for (int edits = 1 + int(rng() % 3); edits > 0; --edits) {
                const size_t at = rng() % r.size();
                const char c = alphabet[rng() % alphabet.size()];
                switch (rng() % 3) {
                case 0:
                    r[at] = c;
                    break;
                case 1:
                    r.erase(at, 1);
                    break;
                default:
                    r.insert(r.begin() + long(at), c);
                    break;
                }
            }
            records.push_back(r);
        }
        CollectingEmitter out;
        op->process(rawBatch(records), out);
        std::vector<std::string> reasonOf(records.size()); // empty: parsed
        for (const Batch *errors : out.on(Port::Errors)) {
            for (size_t row = 0; row < errors->rows; ++row)
                reasonOf[size_t(errors->origins[row].offset - 100)]
                    = errors->columns[1].strings[row];
        }
        size_t parsedRows = 0;
        for (const Batch *batch : out.on(Port::Out))
            parsedRows += batch->rows;
        QCOMPARE(parsedRows
                     + size_t(std::count_if(reasonOf.begin(), reasonOf.end(),
                                            [](auto &r) { return !r.empty(); })),
                 records.size());
        for (size_t i = 0; i < records.size(); ++i) {
            const bool valid = Json::accept(records[i]);
            const std::string &reason = reasonOf[i];
            const bool syntaxError = reason.starts_with("invalid JSON") || reason == "invalid UTF-8"
                || reason == "empty record";
            if (valid == syntaxError)
                QFAIL(qPrintable(QString::fromStdString("record " + records[i] + ": " + reason)));
            (valid ? accepted : rejected)++;
        }
    }
    QVERIFY(accepted > 1000);
    QVERIFY(rejected > 1000);
}

QTEST_GUILESS_MAIN(tst_ParseJsonFuzz)
#include "tst_parsejsonfuzz.moc"
