// Dead letters: a run whose schema refuses some lines of an NDJSON file stores them; the
// list read back equals the oracle the test keeps of which lines were bad and why; after
// the schema is fixed, re-driving them puts the fixed ones into the SQLite sink and takes
// them out of the store, while the ones that still fail are stored again with their reason.
#include "debugrun.h"
#include "deadletters.h"
#include "jsonbytes.h"
#include "redrive.h"
#include "rowjson.h"
#include "sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

using namespace weir;

namespace {

enum class Flaw { None, DoubleAmount, Truncated, InvalidUtf8, TextAmount };

struct Line
{
    std::string text;
    int64_t offset = 0;
    Flaw flaw = Flaw::None;
    int id = 0;
};

Flaw flawOf(int id)
{
    if (id == 20)
        return Flaw::InvalidUtf8;
    if (id == 30)
        return Flaw::TextAmount;
    if (id % 7 == 3)
        return Flaw::Truncated;
    return id % 5 == 1 ? Flaw::DoubleAmount : Flaw::None;
}

std::string lineFor(int id, Flaw flaw)
{
    const std::string head = "{\"id\":" + std::to_string(id) + ",\"amount\":";
    switch (flaw) {
    case Flaw::None: return head + std::to_string(id * 10) + "}";
    case Flaw::DoubleAmount: return head + std::to_string(id) + ".5}";
    case Flaw::Truncated: return head;
    case Flaw::InvalidUtf8: return head + "\"x\xff\"}"; // kept byte for byte in the store
    case Flaw::TextAmount: return head + "\"12\"}";
    }
    return {};
}

bool stillFails(Flaw flaw)
{
    return flaw == Flaw::Truncated || flaw == Flaw::InvalidUtf8 || flaw == Flaw::TextAmount;
}

// The reason names the field for a value of the wrong type, not for broken JSON.
bool reasonFits(const std::string &reason, Flaw flaw)
{
    const bool namesField = reason.starts_with("field 'amount'");
    const bool broken = flaw == Flaw::Truncated || flaw == Flaw::InvalidUtf8;
    return !reason.empty() && (broken ? !namesField : namesField);
}

Pipeline pipelineFor(const QTemporaryDir &dir, const std::string &amountType, bool sqliteStore)
{
    Pipeline p;
    p.name = "orders";
    p.settings = {{"trigger", "once"}};
    const Json store = sqliteStore
        ? Json{{"path", dir.filePath("dead.db").toStdString()}, {"table", "letters"},
               {"mode", "append"}}
        : Json{{"path", dir.filePath("dead.ndjson").toStdString()}};
    p.nodes = {
        {"in", "source.file", {{"path", dir.filePath("in.ndjson").toStdString()}}, {}},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "id"}, {"type", "int"}},
                                  {{"name", "amount"}, {"type", amountType}}})}},
         {}},
        {"good", "sink.sqlite",
         {{"path", dir.filePath("good.db").toStdString()}, {"table", "orders"},
          {"key", Json::array({"id"})}},
         {}},
        {"dead", sqliteStore ? "sink.sqlite" : "sink.file", store, {}},
    };
    p.edges = {{"in", "out", "parse"}, {"parse", "out", "good"}, {"parse", "errors", "dead"}};
    return p;
}

std::map<int64_t, double> amounts(const QTemporaryDir &dir)
{
    std::map<int64_t, double> rows;
    SqliteDb db(dir.filePath("good.db").toStdString(), false);
    SqliteStatement select(db, "SELECT id, amount FROM orders");
    while (select.step())
        rows[select.columnInt(0)] = select.columnDouble(1);
    return rows;
}

} // namespace

class tst_DeadLetters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void redriveAfterSchemaFix_data();
    void redriveAfterSchemaFix();
    void refusals();
    void aChangedStoreIsNotTouched();
    void theProductionRunCarriesOnAfterARedrive();
    void unreadableStoresSayWhy();
    void bytesSurviveTheFileSinksJson_data();
    void bytesSurviveTheFileSinksJson();
    void findsTheValueMember();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<Line> m_lines;
};

void tst_DeadLetters::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_lines.clear();
    std::ofstream out(m_dir->filePath("in.ndjson").toStdString(), std::ios::binary);
    int64_t offset = 0;
    for (int id = 0; id < 40; ++id) {
        const Flaw flaw = flawOf(id);
        m_lines.push_back({lineFor(id, flaw), offset, flaw, id});
        out << m_lines.back().text << '\n';
        offset += int64_t(m_lines.back().text.size()) + 1;
    }
}

void tst_DeadLetters::redriveAfterSchemaFix_data()
{
    QTest::addColumn<bool>("sqliteStore");
    QTest::newRow("NDJSON store") << false;
    QTest::newRow("SQLite store") << true;
}

void tst_DeadLetters::redriveAfterSchemaFix()
{
    QFETCH(bool, sqliteStore);
    const Pipeline broken = pipelineFor(*m_dir, "int", sqliteStore);
    try {
        runToEnd(broken);
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    const std::vector<DeadLetterStore> stores = deadLetterStores(broken);
    QCOMPARE(stores.size(), size_t(1));
    QCOMPARE(stores[0].sink, std::string("dead"));
    QCOMPARE(stores[0].fedBy, std::vector<std::string>{"parse"});

    // Exactly the bad lines, in order, with their source position, bytes and reason.
    const std::vector<DeadLetter> letters = readDeadLetters(stores[0]);
    std::vector<Line> bad;
    std::copy_if(m_lines.begin(), m_lines.end(), std::back_inserter(bad),
                 [](const Line &l) { return l.flaw != Flaw::None; });
    QCOMPARE(letters.size(), bad.size());
    for (size_t i = 0; i < bad.size(); ++i) {
        QCOMPARE(letters[i].node, std::string("parse"));
        QCOMPARE(letters[i].source, std::string("in"));
        QCOMPARE(letters[i].partition, std::optional<int64_t>(0));
        QCOMPARE(letters[i].offset, std::optional<int64_t>(bad[i].offset));
        QCOMPARE(letters[i].value, std::optional<std::string>(bad[i].text));
        QVERIFY2(reasonFits(letters[i].reason, bad[i].flaw), letters[i].reason.c_str());
        QCOMPARE(letters[i].store, std::string("dead"));
    }
    std::map<int64_t, double> expected;
    for (const Line &l : m_lines)
        if (l.flaw == Flaw::None)
            expected[l.id] = l.id * 10;
    QCOMPARE(amounts(*m_dir), expected);

    // The schema is fixed: amounts are doubles. Re-drive every letter.
    const Pipeline fixed = pipelineFor(*m_dir, "double", sqliteStore);
    RedriveResult result;
    try {
        result = redriveDeadLetters(fixed, stores[0], letters, m_dir->path().toStdString());
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    QVERIFY(result.refused.empty());
    QCOMPARE(result.redriven, letters.size());
    for (const Line &l : bad)
        if (l.flaw == Flaw::DoubleAmount)
            expected[l.id] = l.id + 0.5;
    QCOMPARE(amounts(*m_dir), expected);

    // The store holds the letters that failed again, once, with their reason; the fixed ones
    // are gone. Their positions now point into the re-drive file.
    const std::vector<DeadLetter> left = readDeadLetters(stores[0]);
    std::vector<Line> failing;
    std::copy_if(bad.begin(), bad.end(), std::back_inserter(failing),
                 [](const Line &l) { return stillFails(l.flaw); });
    QCOMPARE(result.run.errors, uint64_t(failing.size()));
    QCOMPARE(left.size(), failing.size());
    for (size_t i = 0; i < failing.size(); ++i) {
        QCOMPARE(left[i].value, std::optional<std::string>(failing[i].text));
        QVERIFY2(reasonFits(left[i].reason, failing[i].flaw), left[i].reason.c_str());
        QCOMPARE(left[i].source, std::string("in"));
    }
    std::string scratch;
    for (const auto &entry : std::filesystem::directory_iterator(m_dir->path().toStdString()))
        if (entry.path().filename().string().starts_with("redrive-"))
            scratch = entry.path().string();
    std::ifstream in(scratch, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const DeadLetter &l : left)
        QCOMPARE(bytes.substr(size_t(*l.offset), l.value->size() + 1), *l.value + "\n");

    // The store stays usable: the next run appends after what it holds, cutting nothing.
    runToEnd(broken);
    const std::vector<DeadLetter> again = readDeadLetters(stores[0]);
    QCOMPARE(again.size(), left.size() + bad.size());
    QCOMPARE(std::vector<DeadLetter>(again.begin(), again.begin() + long(left.size())), left);
}

void tst_DeadLetters::refusals()
{
    const Pipeline p = pipelineFor(*m_dir, "int", false);
    const DeadLetterStore file = deadLetterStores(p).at(0);
    DeadLetter letter{"parse", "r", "in", 0, 0, "{}", "dead", 1};
    QVERIFY(redriveRefusal(p, file, letter).empty());
    DeadLetter unknownSource = letter;
    unknownSource.source = "gone";
    QVERIFY(redriveRefusal(p, file, unknownSource).find("'gone'") != std::string::npos);
    DeadLetter noSource = letter; // the parser's only upstream source is used
    noSource.source.clear();
    QVERIFY(redriveRefusal(p, file, noSource).empty());
    DeadLetter newline = letter;
    newline.value = "{\"a\":\n1}";
    QVERIFY(redriveRefusal(p, file, newline).find("newline") != std::string::npos);
    DeadLetter null = letter;
    null.value.reset();
    QVERIFY(redriveRefusal(p, file, null).find("null") != std::string::npos);
    DeadLetterStore upsert{"dead", "sink.sqlite", "x.db", "letters", true, {"parse"}};
    QVERIFY(redriveRefusal(p, upsert, letter).find("upsert") != std::string::npos);
    Pipeline windowed = p; // parse -> watermark -> window -> good
    windowed.nodes.push_back({"wm", "transform.watermark", {{"event_time", "ts"}}, {}});
    windowed.nodes.push_back({"counts", "window.tumbling", {{"size", "1 minute"}}, {}});
    windowed.edges = {{"in", "out", "parse"}, {"parse", "out", "wm"}, {"wm", "out", "counts"},
                      {"counts", "out", "good"}, {"parse", "errors", "dead"}};
    QVERIFY(redriveRefusal(windowed, file, letter).find("window 'counts'") != std::string::npos);

    // Refused letters stay where they are; nothing runs.
    const RedriveResult result
        = redriveDeadLetters(p, file, {newline, null}, m_dir->path().toStdString());
    QCOMPARE(result.redriven, size_t(0));
    QCOMPARE(result.refused.size(), size_t(2));
    QVERIFY(!std::filesystem::exists(m_dir->filePath("good.db").toStdString()));
}

void tst_DeadLetters::aChangedStoreIsNotTouched()
{
    const Pipeline p = pipelineFor(*m_dir, "int", false);
    runToEnd(p);
    const DeadLetterStore store = deadLetterStores(p).at(0);
    const std::vector<DeadLetter> letters = readDeadLetters(store);
    QVERIFY(letters.size() > 2);
    // Another hand removes the first letter: every location moved.
    std::vector<std::string> lines;
    {
        std::ifstream in(store.path);
        for (std::string line; std::getline(in, line);)
            lines.push_back(line);
    }
    {
        std::ofstream out(store.path, std::ios::trunc);
        for (size_t i = 1; i < lines.size(); ++i)
            out << lines[i] << '\n';
    }
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, removeDeadLetters(store, {letters[1]}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             redriveDeadLetters(p, store, {letters[1]}, m_dir->path().toStdString()));
    QCOMPARE(readDeadLetters(store).size(), letters.size() - 1);
}

// The re-drive commits into the real sinks with the next batch ids; a production run with a
// checkpoint must still write its next batch there (not discard it as already held).
void tst_DeadLetters::theProductionRunCarriesOnAfterARedrive()
{
    Pipeline production = pipelineFor(*m_dir, "int", false);
    production.settings["checkpoint"] = m_dir->filePath("orders.checkpoint").toStdString();
    runToEnd(production);
    const DeadLetterStore store = deadLetterStores(production).at(0);
    const RedriveResult result = redriveDeadLetters(pipelineFor(*m_dir, "double", false), store,
                                                    readDeadLetters(store),
                                                    m_dir->path().toStdString());
    QVERIFY(result.redriven > 0);
    const size_t left = readDeadLetters(store).size();
    {
        std::ofstream in(m_dir->filePath("in.ndjson").toStdString(), std::ios::app);
        for (int id = 100; id < 110; ++id)
            in << lineFor(id, id == 101 ? Flaw::DoubleAmount : Flaw::None) << '\n';
    }
    runToEnd(production);
    const std::map<int64_t, double> rows = amounts(*m_dir);
    for (int id = 100; id < 110; ++id)
        QCOMPARE(rows.count(id), size_t(id == 101 ? 0 : 1));
    const std::vector<DeadLetter> letters = readDeadLetters(store);
    QCOMPARE(letters.size(), left + 1);
    QCOMPARE(letters.back().value, std::optional<std::string>(lineFor(101, Flaw::DoubleAmount)));
}

void tst_DeadLetters::unreadableStoresSayWhy()
{
    const auto error = [](const DeadLetterStore &store) -> std::string {
        try {
            readDeadLetters(store);
        } catch (const std::exception &e) {
            return e.what();
        }
        return {};
    };
    const std::string directory = m_dir->path().toStdString();
    const DeadLetterStore isDirectory{"dead", "sink.file", directory, {}, false, {"parse"}};
    QVERIFY2(error(isDirectory).find(directory) != std::string::npos, error(isDirectory).c_str());
    const std::string text = m_dir->filePath("in.ndjson").toStdString();
    const DeadLetterStore notDatabase{"dead", "sink.sqlite", text, "letters", false, {"parse"}};
    QVERIFY2(error(notDatabase).find(text) != std::string::npos, error(notDatabase).c_str());
    const DeadLetterStore notLetters{"dead", "sink.file", text, {}, false, {"parse"}};
    QVERIFY2(error(notLetters).find("line 1") != std::string::npos, error(notLetters).c_str());
    const DeadLetterStore missing{"dead", "sink.file", directory + "/none.ndjson", {}, false, {}};
    QVERIFY(readDeadLetters(missing).empty());
}

void tst_DeadLetters::bytesSurviveTheFileSinksJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("ascii") << QByteArray("{\"id\":1}");
    QTest::newRow("quotes, backslashes, controls") << QByteArray("a\"b\\c\td\re\x01\x1f/");
    QTest::newRow("valid UTF-8") << QByteArray("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
    QTest::newRow("invalid bytes") << QByteArray("x\xff\xfe y \xc3 z \xed\xa0\x80");
    QTest::newRow("U+0080 to U+00FF as characters") << QByteArray("\xc2\x80\xc3\xbf");
    QTest::newRow("empty") << QByteArray("");
}

// The writer is the engine's own (what sink.file writes); decoding must give the bytes back.
void tst_DeadLetters::bytesSurviveTheFileSinksJson()
{
    QFETCH(QByteArray, bytes);
    std::string literal;
    appendJsonString(literal, std::string_view(bytes.constData(), size_t(bytes.size())));
    QCOMPARE(decodeJsonBytes(literal), std::optional<std::string>(bytes.toStdString()));
}

void tst_DeadLetters::findsTheValueMember()
{
    const std::string object
        = R"({"node":"p","reason":"a \"value\": x","nested":{"value":[1,"}"]},"value":"v\u00ff"})";
    QCOMPARE(rawMember(object, "value"), std::optional<std::string_view>(R"("v\u00ff")"));
    QCOMPARE(decodeJsonBytes(*rawMember(object, "value")), std::optional<std::string>("v\xff"));
    QCOMPARE(rawMember(object, "nested"), std::optional<std::string_view>(R"({"value":[1,"}"]})"));
    QCOMPARE(rawMember(object, "missing"), std::nullopt);
    QCOMPARE(rawMember("[1]", "value"), std::nullopt);
    QCOMPARE(decodeJsonBytes("\"bad\\q\""), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_DeadLetters)
#include "tst_deadletters.moc"
