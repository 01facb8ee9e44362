#include "problem.h"
#include "sqlitedb.h"
#include "sqlitesink.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <random>
#include <tuple>

using namespace weir;

namespace {

SchemaPtr windowSchema()
{
    return makeSchema({{"window_start", FieldType::Timestamp},
                       {"window_end", FieldType::Timestamp},
                       {"event_type", FieldType::String},
                       {"event_count", FieldType::Int},
                       {"avg_value", FieldType::Double}},
                      3);
}

struct Row
{
    int64_t start;
    std::string type;
    int64_t count;
    double avg;
};

Batch makeBatch(const std::vector<Row> &rows)
{
    Batch b = Batch::withSchema(windowSchema(), rows.size());
    for (const Row &r : rows) {
        b.columns[0].ints.push_back(r.start);
        b.columns[1].ints.push_back(r.start + 60000);
        b.columns[2].strings.push_back(b.strings().store(r.type));
        b.columns[3].ints.push_back(r.count);
        b.columns[4].doubles.push_back(r.avg);
    }
    b.rows = rows.size();
    return b;
}

using Table = std::map<std::tuple<int64_t, std::string>, std::pair<int64_t, double>>;

Table readTable(const std::string &path, const std::string &table)
{
    SqliteDb db(path, false);
    SqliteStatement select(db, "SELECT window_start, event_type, event_count, avg_value FROM "
                                   + sqlQuoteIdentifier(table));
    Table rows;
    while (select.step())
        rows[{select.columnInt(0), std::string(select.columnText(1))}] = {select.columnInt(2),
                                                                           select.columnDouble(3)};
    return rows;
}

int64_t countRows(const std::string &path, const std::string &table)
{
    SqliteDb db(path, false);
    SqliteStatement count(db, "SELECT count(*) FROM " + sqlQuoteIdentifier(table));
    count.step();
    return count.columnInt(0);
}

} // namespace

class tst_SqliteSink : public QObject
{
    Q_OBJECT

private slots:
    void upsertKeepsTheLastValuePerKey();
    void appendKeepsEveryRow();
    void replayedBatchIsIgnored();
    void uncommittedBatchLeavesNoRows();
    void walModeIsOn();
    void unwritableLocationFailsWithReason();
    void mismatchedTableIsRefused();
    void upsertWithoutKeyIsRefused();
};

void tst_SqliteSink::upsertKeepsTheLastValuePerKey()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.db").toStdString();
    SqliteSink sink("sink", {{"path", path}, {"table", "counts"}});
    sink.open(windowSchema());

    // Random updates over a small key space; the oracle is a map with the last value.
    std::mt19937 rng(7);
    Table expected;
    for (int64_t batch = 0; batch < 20; ++batch) {
        std::vector<Row> rows;
        for (int i = 0; i < 50; ++i) {
            Row r{int64_t(rng() % 5) * 60000, "t" + std::to_string(rng() % 4), int64_t(rng() % 1000),
                  double(rng() % 100) / 4};
            rows.push_back(r);
            expected[{r.start, r.type}] = {r.count, r.avg};
        }
        sink.beginBatch(batch);
        sink.write(makeBatch(rows));
        sink.commitBatch();
    }
    sink.close();
    QCOMPARE(readTable(path, "counts"), expected);
    QCOMPARE(sink.lastCommittedBatch(), int64_t(19));
}

void tst_SqliteSink::appendKeepsEveryRow()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.db").toStdString();
    SqliteSink sink("sink", {{"path", path}, {"table", "log"}, {"mode", "append"}});
    sink.open(windowSchema());
    for (int64_t batch = 0; batch < 3; ++batch) {
        sink.beginBatch(batch);
        sink.write(makeBatch({{0, "a", 1, 1.0}, {0, "a", 2, 2.0}}));
        sink.commitBatch();
    }
    QCOMPARE(countRows(path, "log"), int64_t(6));
}

void tst_SqliteSink::replayedBatchIsIgnored()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.db").toStdString();
    {
        SqliteSink sink("sink", {{"path", path}, {"mode", "append"}});
        sink.open(windowSchema());
        sink.beginBatch(0);
        sink.write(makeBatch({{0, "a", 1, 1.0}}));
        sink.commitBatch();
    }
    // A restarted run replays batch 0: it must not be applied twice.
    SqliteSink again("sink", {{"path", path}, {"mode", "append"}});
    again.open(windowSchema());
    QCOMPARE(again.lastCommittedBatch(), int64_t(0));
    again.beginBatch(0);
    again.write(makeBatch({{0, "a", 1, 1.0}}));
    again.commitBatch();
    again.beginBatch(1);
    again.write(makeBatch({{60000, "b", 5, 1.0}}));
    again.commitBatch();
    QCOMPARE(countRows(path, "results"), int64_t(2));
}

void tst_SqliteSink::uncommittedBatchLeavesNoRows()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.db").toStdString();
    {
        SqliteSink sink("sink", {{"path", path}, {"mode", "append"}});
        sink.open(windowSchema());
        sink.beginBatch(0);
        sink.write(makeBatch({{0, "a", 1, 1.0}}));
        sink.close(); // a crash before commit
    }
    SqliteSink again("sink", {{"path", path}, {"mode", "append"}});
    again.open(windowSchema());
    QCOMPARE(again.lastCommittedBatch(), int64_t(-1));
    QCOMPARE(countRows(path, "results"), int64_t(0));
}

void tst_SqliteSink::walModeIsOn()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.db").toStdString();
    SqliteSink sink("sink", {{"path", path}});
    sink.open(windowSchema());
    SqliteDb db(path, false);
    SqliteStatement mode(db, "PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(std::string(mode.columnText(0)), std::string("wal"));
}

void tst_SqliteSink::unwritableLocationFailsWithReason()
{
    // /proc refuses new files even to root, so this holds whoever runs the test.
    const std::string path = "/proc/weir-test/out.db";
    SqliteSink sink("sink", {{"path", path}});
    try {
        sink.open(windowSchema());
        QFAIL("opening a database in a missing directory must fail");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
        QVERIFY2(std::string(e.what()).find("cannot open") != std::string::npos, e.what());
    }
}

void tst_SqliteSink::mismatchedTableIsRefused()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.db").toStdString();
    {
        SqliteDb db(path, true);
        db.exec("CREATE TABLE results (window_start INTEGER, something_else TEXT)");
    }
    SqliteSink sink("sink", {{"path", path}});
    try {
        sink.open(windowSchema());
        QFAIL("a table with other columns must be refused");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().front().node, std::string("sink"));
        QCOMPARE(e.problems().front().param, std::string("table"));
        QVERIFY2(std::string(e.what()).find("window_end") != std::string::npos, e.what());
    }
}

void tst_SqliteSink::upsertWithoutKeyIsRefused()
{
    QTemporaryDir dir;
    SqliteSink sink("sink", {{"path", dir.filePath("out.db").toStdString()}});
    QVERIFY_THROWS_EXCEPTION(PipelineError, sink.open(makeSchema({{"a", FieldType::Int}})));
}

QTEST_GUILESS_MAIN(tst_SqliteSink)
#include "tst_sqlitesink.moc"
