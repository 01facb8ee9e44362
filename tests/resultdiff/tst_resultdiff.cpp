#include "../runtime/runnertesting.h"
#include "debugpipeline.h"
#include "pipelinerunner.h"
#include "randomresults.h"
#include "referencediff.h"
#include "resultdiff.h"
#include "sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace weir;

namespace {

std::string errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return "(no error)";
}

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary) << text;
}

// Rows read back from a file the sink wrote are the rows it was given, in order.
bool sameRows(const ResultTable &read, const ResultTable &made)
{
    if (read.columns != made.columns || read.rows.size() != made.rows.size())
        return false;
    for (size_t r = 0; r < read.rows.size(); ++r) {
        if (reference::rowText(read.rows[r]) != reference::rowText(made.rows[r]))
            return false;
    }
    return true;
}

// Runs the runtime tests' pipeline (generator -> parse -> window -> SQLite, dead letters to
// NDJSON) as a debug run with its sinks redirected into `dir`.
std::vector<SinkRedirect> debugRun(const std::string &dir, int seed, int64_t count)
{
    Pipeline pipeline = smallPipeline(dir, count, 1e6);
    pipeline.nodes[0].params["seed"] = seed;
    makeBoundedDebugRun(pipeline);
    std::vector<SinkRedirect> redirects = redirectSinks(pipeline, dir);
    PipelineRunner runner(pipeline);
    runner.start();
    if (!runner.waitFor(std::chrono::seconds(60)))
        throw std::runtime_error("the debug run did not finish");
    const MetricsSnapshot result = runner.snapshot();
    if (result.state != RunState::Finished)
        throw std::runtime_error("the debug run failed: " + result.error);
    return redirects;
}

} // namespace

class tst_ResultDiff : public QObject
{
    Q_OBJECT

private slots:
    void matchesReference_data();
    void matchesReference();
    void ndjsonColumnsAreTheUnionInFirstSeenOrder();
    void sqliteKeyIsThePrimaryKeyInDeclaredOrder();
    void explicitKeyOverridesThePrimaryKey();
    void errorsNameTheSourceAndReason_data();
    void errorsNameTheSourceAndReason();
    void dirsAreMatchedBySinkId();
    void replaysOfARealPipeline();
    void hundredThousandRows_data();
    void hundredThousandRows();

private:
    QTemporaryDir m_dir;
};

void tst_ResultDiff::matchesReference_data()
{
    QTest::addColumn<QString>("storage");
    QTest::addColumn<int>("keyFields");
    QTest::addColumn<int>("valueRange");
    QTest::addColumn<bool>("dropColumn");
    QTest::addColumn<bool>("addColumn");
    QTest::addColumn<bool>("nulls");
    QTest::addColumn<bool>("repeatKeys");
    for (const char *storage : {"memory", "ndjson", "sqlite"}) {
        for (unsigned seed = 1; seed <= 3; ++seed) {
            const auto name = [&](const char *what) {
                return QByteArray(storage) + "/" + what + "/" + QByteArray::number(seed);
            };
            QTest::newRow(name("key")) << storage << 1 << 50 << false << false << false << false;
            QTest::newRow(name("composite key")) << storage << 2 << 4 << false << false << true << false;
            QTest::newRow(name("keyless, repeats")) << storage << 0 << 2 << false << false << false << false;
            QTest::newRow(name("keyless, nulls")) << storage << 0 << 3 << false << false << true << false;
            QTest::newRow(name("column dropped")) << storage << 1 << 3 << true << false << false << false;
            QTest::newRow(name("column added")) << storage << 2 << 3 << false << true << true << false;
            if (QByteArray(storage) != "sqlite") // an upsert table keeps one row per key
                QTest::newRow(name("repeated keys")) << storage << 1 << 2 << false << true << false
                                                     << true;
            QTest::newRow(name("keyless, columns")) << storage << 0 << 2 << true << true << false << false;
        }
    }
}

void tst_ResultDiff::matchesReference()
{
    QFETCH(QString, storage);
    QFETCH(int, keyFields);
    QFETCH(int, valueRange);
    QFETCH(bool, dropColumn);
    QFETCH(bool, addColumn);
    QFETCH(bool, nulls);
    QFETCH(bool, repeatKeys);
    randomresults::Spec spec;
    spec.seed = unsigned(qHash(QTest::currentDataTag()));
    spec.keyFields = keyFields;
    spec.valueRange = valueRange;
    spec.dropColumn = dropColumn;
    spec.addColumn = addColumn;
    spec.nulls = nulls;
    spec.repeatKeys = repeatKeys;
    const auto [before, after] = randomresults::makePair(spec);
    const std::vector<std::string> key = randomresults::keyColumns(spec);

    ResultDiff diff;
    const std::string base = m_dir.filePath(QString::number(spec.seed)).toStdString();
    if (storage == "memory") {
        diff = diffResults(before, after, key);
    } else if (storage == "ndjson") {
        randomresults::writeNdjson(before, base + "-a.ndjson");
        randomresults::writeNdjson(after, base + "-b.ndjson");
        const ResultTable a = readNdjsonResult(base + "-a.ndjson");
        const ResultTable b = readNdjsonResult(base + "-b.ndjson");
        QVERIFY(sameRows(a, before));
        QVERIFY(sameRows(b, after));
        diff = diffResults(a, b, key); // NDJSON has no key of its own
    } else {
        randomresults::writeSqlite(before, size_t(keyFields), base + "-a.db", "out");
        randomresults::writeSqlite(after, size_t(keyFields), base + "-b.db", "out");
        const ResultTable a = readSqliteResult(base + "-a.db", "out");
        const ResultTable b = readSqliteResult(base + "-b.db", "out");
        QCOMPARE(a.key, key);
        diff = diffResults(a, b); // the table's primary key
    }
    QCOMPARE(diff.key, key);
    const reference::Outcome expected = reference::diff(before, after, key);
    const reference::Outcome actual = reference::canonical(diff);
    QCOMPARE(actual.unchanged, expected.unchanged);
    QCOMPARE(actual.added, expected.added);
    QCOMPARE(actual.removed, expected.removed);
    QCOMPARE(actual.changed, expected.changed);
    if (keyFields == 0)
        QVERIFY(diff.changed.empty());
    QCOMPARE(diff.onlyBefore, dropColumn ? std::vector<std::string>{"v_gone"}
                                          : std::vector<std::string>{});
    QCOMPARE(diff.onlyAfter, addColumn ? std::vector<std::string>{"v_new"}
                                        : std::vector<std::string>{});
}

void tst_ResultDiff::ndjsonColumnsAreTheUnionInFirstSeenOrder()
{
    const std::string path = m_dir.filePath("union.ndjson").toStdString();
    writeText(path, "{\"a\":1,\"b\":\"x\"}\n{\"c\":true,\"a\":2}\n\n  \n{\"b\":\"y\",\"d\":[1]}");
    const ResultTable t = readNdjsonResult(path);
    QCOMPARE(t.columns, (std::vector<std::string>{"a", "b", "c", "d"}));
    QCOMPARE(t.rows.size(), size_t(3));
    for (const ResultTable::Row &row : t.rows)
        QCOMPARE(row.size(), size_t(4));
    QCOMPARE(t.rows[0], (ResultTable::Row{1, "x", nullptr, nullptr}));
    QCOMPARE(t.rows[1], (ResultTable::Row{2, nullptr, true, nullptr}));
    QCOMPARE(t.rows[2], (ResultTable::Row{nullptr, "y", nullptr, Json::array({1})}));
    QVERIFY(t.key.empty());
}

void tst_ResultDiff::sqliteKeyIsThePrimaryKeyInDeclaredOrder()
{
    const std::string path = m_dir.filePath("pk.db").toStdString();
    {
        SqliteDb db(path, true);
        db.exec("CREATE TABLE t (a INTEGER, b TEXT, c REAL, PRIMARY KEY (b, a))");
        db.exec("CREATE TABLE plain (a INTEGER, b TEXT)");
        db.exec("INSERT INTO t VALUES (1, 'x', 0.5), (2, 'x', NULL)");
    }
    const ResultTable t = readSqliteResult(path, "t");
    QCOMPARE(t.key, (std::vector<std::string>{"b", "a"}));
    QCOMPARE(t.columns, (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(t.rows.size(), size_t(2));
    QVERIFY(readSqliteResult(path, "plain").key.empty());
}

void tst_ResultDiff::explicitKeyOverridesThePrimaryKey()
{
    ResultTable before{"before", {"id", "v"}, {"id"}, {{1, 10}, {2, 20}}};
    ResultTable after{"after", {"id", "v"}, {"id"}, {{1, 11}, {3, 20}}};
    const ResultDiff byId = diffResults(before, after);
    const ResultDiff byValue = diffResults(before, after, {"v"});
    QCOMPARE(reference::canonical(byId), reference::diff(before, after, {"id"}));
    QCOMPARE(reference::canonical(byValue), reference::diff(before, after, {"v"}));
    QCOMPARE(byValue.key, std::vector<std::string>{"v"});
}

void tst_ResultDiff::errorsNameTheSourceAndReason_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("missing ndjson") << "missing ndjson" << QStringList{"nothere.ndjson", "does not exist"};
    QTest::newRow("missing db") << "missing db" << QStringList{"nothere.db", "does not exist"};
    QTest::newRow("not a database") << "not a database" << QStringList{"notadb.db", "not a database"};
    QTest::newRow("missing table") << "missing table" << QStringList{"err.db", "no table 'gone'"};
    QTest::newRow("malformed line") << "malformed line" << QStringList{"bad.ndjson", "line 3", "malformed JSON"};
    QTest::newRow("not an object") << "not an object" << QStringList{"bad2.ndjson", "line 2", "not a JSON object"};
    QTest::newRow("key column missing") << "key column missing" << QStringList{"after.ndjson", "'id'", "no such column"};
    QTest::newRow("unreadable sink") << "unreadable sink" << QStringList{"'k'", "sink.kafka"};
}

void tst_ResultDiff::errorsNameTheSourceAndReason()
{
    QFETCH(QString, what);
    QFETCH(QStringList, expected);
    const std::string dir = m_dir.path().toStdString() + "/";
    SqliteDb(dir + "err.db", true).exec("CREATE TABLE IF NOT EXISTS present (a INTEGER)");
    writeText(dir + "bad.ndjson", "{\"a\":1}\n\n{\"a\":\n{\"a\":3}\n");
    writeText(dir + "bad2.ndjson", "{\"a\":1}\n[1,2]\n");
    writeText(dir + "after.ndjson", "{\"other\":1}\n");
    writeText(dir + "notadb.db", "{\"a\":1}\n");
    const std::string message = errorOf([&] {
        if (what == "missing ndjson")
            readNdjsonResult(dir + "nothere.ndjson");
        else if (what == "missing db")
            readSqliteResult(dir + "nothere.db", "t");
        else if (what == "not a database")
            readSqliteResult(dir + "notadb.db", "t");
        else if (what == "missing table")
            readSqliteResult(dir + "err.db", "gone");
        else if (what == "malformed line")
            readNdjsonResult(dir + "bad.ndjson");
        else if (what == "not an object")
            readNdjsonResult(dir + "bad2.ndjson");
        else if (what == "key column missing")
            diffResults(ResultTable{"x", {"id"}, {}, {}}, readNdjsonResult(dir + "after.ndjson"),
                        {"id"});
        else
            readResult(SinkRedirect{"k", "sink.kafka", "sink.kafka", dir + "k", "", {}});
    });
    for (const QString &part : expected)
        QVERIFY2(message.find(part.toStdString()) != std::string::npos, message.c_str());
    QVERIFY2(!QFileInfo::exists(QString::fromStdString(dir + "nothere.db")), "a read created a file");
}

void tst_ResultDiff::dirsAreMatchedBySinkId()
{
    const std::string a = m_dir.filePath("dirs-a/").toStdString();
    const std::string b = m_dir.filePath("dirs-b/").toStdString();
    QVERIFY(QDir().mkpath(QString::fromStdString(a)) && QDir().mkpath(QString::fromStdString(b)));
    randomresults::Spec keyed{11, 120, 1, 20, false, true, false, false};
    randomresults::Spec keyless{12, 120, 0, 2, false, false, false, false};
    const auto [aggA, aggB] = randomresults::makePair(keyed);
    const auto [logA, logB] = randomresults::makePair(keyless);
    randomresults::writeSqlite(aggA, 1, a + "agg.db", "counts");
    randomresults::writeSqlite(aggB, 1, b + "agg.db", "counts");
    randomresults::writeNdjson(logA, a + "log.ndjson");
    randomresults::writeNdjson(logB, b + "log.ndjson");
    randomresults::writeSqlite(aggA, 1, a + "onlyA.db", "results");
    randomresults::writeNdjson(logB, b + "onlyB.ndjson");
    const std::vector<SinkRedirect> before = {
        {"agg", "sink.sqlite", "sink.sqlite", a + "agg.db", "counts", {}},
        {"onlyA", "sink.kafka", "sink.sqlite", a + "onlyA.db", "results", {}},
        {"log", "sink.console", "sink.file", a + "log.ndjson", "", {}}};
    const std::vector<SinkRedirect> after = {
        {"onlyB", "sink.file", "sink.file", b + "onlyB.ndjson", "", {}},
        {"log", "sink.console", "sink.file", b + "log.ndjson", "", {}},
        {"agg", "sink.sqlite", "sink.sqlite", b + "agg.db", "counts", {}}};

    const std::vector<SinkDiff> diffs = diffResultDirs(before, after);
    QCOMPARE(diffs.size(), size_t(4));
    QCOMPARE(diffs[0].node, std::string("agg"));
    QCOMPARE(diffs[1].node, std::string("onlyA"));
    QCOMPARE(diffs[2].node, std::string("log"));
    QCOMPARE(diffs[3].node, std::string("onlyB"));
    QCOMPARE(reference::canonical(diffs[0].diff), reference::diff(aggA, aggB, {"k0"}));
    QCOMPARE(reference::canonical(diffs[2].diff), reference::diff(logA, logB, {}));
    QVERIFY(diffs[0].afterSource.find(b + "agg.db") != std::string::npos);

    QCOMPARE(diffs[1].diff.removed.size(), aggA.rows.size());
    QVERIFY(diffs[1].diff.added.empty() && diffs[1].diff.changed.empty());
    QVERIFY(diffs[1].afterSource.empty());
    QVERIFY(diffs[1].diff.onlyBefore.empty());
    QCOMPARE(diffs[3].diff.added.size(), logB.rows.size());
    QVERIFY(diffs[3].diff.removed.empty() && diffs[3].diff.unchanged == 0);
    QVERIFY(diffs[3].beforeSource.empty());
}

void tst_ResultDiff::replaysOfARealPipeline()
{
    std::vector<std::string> dirs;
    for (const char *name : {"run-a", "run-a-again", "run-b"}) {
        dirs.push_back(m_dir.filePath(name).toStdString());
        QVERIFY(QDir().mkpath(QString::fromStdString(dirs.back())));
    }
    const auto a = debugRun(dirs[0], 7, 3000);
    const auto again = debugRun(dirs[1], 7, 3000);
    const auto b = debugRun(dirs[2], 8, 3500);
    QCOMPARE(a.size(), size_t(2));

    // The same input twice: nothing differs.
    for (const SinkDiff &d : diffResultDirs(a, again)) {
        const ResultTable table = readResult(a[d.node == a[0].node ? 0 : 1]);
        QVERIFY(!table.rows.empty());
        QCOMPARE(d.diff.unchanged, table.rows.size());
        QCOMPARE(d.diff.summary(), "0 added, 0 removed, 0 changed, " + std::to_string(table.rows.size())
                                       + " unchanged");
    }
    // Other input: each sink's diff is the reference diff of what the runs wrote.
    const std::vector<SinkDiff> diffs = diffResultDirs(a, b);
    QCOMPARE(diffs.size(), size_t(2));
    for (size_t i = 0; i < diffs.size(); ++i) {
        QCOMPARE(diffs[i].node, a[i].node);
        qInfo("%s: %s", diffs[i].node.c_str(), diffs[i].diff.summary().c_str());
        const ResultTable before = readResult(a[i]), after = readResult(b[i]);
        QCOMPARE(diffs[i].diff.key, before.key);
        QCOMPARE(reference::canonical(diffs[i].diff), reference::diff(before, after, before.key));
        QVERIFY(!diffs[i].diff.added.empty() || !diffs[i].diff.changed.empty());
    }
    // The window's SQLite table is matched by its natural key; dead letters as a multiset.
    const SinkDiff &windows = diffs[a[0].type == "sink.sqlite" ? 0 : 1];
    QCOMPARE(windows.diff.key, (std::vector<std::string>{"window_start", "window_end", "event_type"}));
    QVERIFY(!windows.diff.changed.empty());
    QVERIFY(diffs[a[0].type == "sink.sqlite" ? 1 : 0].diff.key.empty());
}

void tst_ResultDiff::hundredThousandRows_data()
{
    QTest::addColumn<bool>("keyed");
    QTest::newRow("sqlite, keyed") << true;
    QTest::newRow("ndjson, keyless") << false;
}

void tst_ResultDiff::hundredThousandRows()
{
    QFETCH(bool, keyed);
    const int n = 100000, fresh = 1000;
    ResultTable before{"", {"id", "v", "s"}, {}, {}}, after = before;
    size_t removed = 0, changed = 0;
    for (int i = 0; i < n; ++i) {
        before.rows.push_back({i, i % 1000, "r" + std::to_string(i)});
        if (i % 7 == 0) {
            ++removed;
            continue;
        }
        const bool change = i % 5 == 0;
        changed += change;
        after.rows.push_back({i, i % 1000 + (change ? 1 : 0), "r" + std::to_string(i)});
    }
    for (int i = n; i < n + fresh; ++i)
        after.rows.push_back({i, 0, "new"});
    std::reverse(after.rows.begin(), after.rows.end());

    const std::string base = m_dir.filePath(keyed ? "big" : "bigless").toStdString();
    ResultTable a, b;
    if (keyed) {
        randomresults::writeSqlite(before, 1, base + "-a.db", "t");
        randomresults::writeSqlite(after, 1, base + "-b.db", "t");
        a = readSqliteResult(base + "-a.db", "t");
        b = readSqliteResult(base + "-b.db", "t");
    } else {
        randomresults::writeNdjson(before, base + "-a.ndjson");
        randomresults::writeNdjson(after, base + "-b.ndjson");
        a = readNdjsonResult(base + "-a.ndjson");
        b = readNdjsonResult(base + "-b.ndjson");
    }
    QElapsedTimer timer;
    timer.start();
    const ResultDiff diff = diffResults(a, b);
    qInfo("diff of %d rows: %lld ms", n, timer.elapsed());
    const size_t unchanged = size_t(n) - removed - changed;
    QCOMPARE(diff.unchanged, unchanged);
    if (keyed) {
        QCOMPARE(diff.key, std::vector<std::string>{"id"});
        QCOMPARE(diff.removed.size(), removed);
        QCOMPARE(diff.changed.size(), changed);
        QCOMPARE(diff.added.size(), size_t(fresh));
        for (const ChangedRow &row : diff.changed)
            QCOMPARE(row.changedColumns, std::vector<size_t>{1});
    } else {
        QVERIFY(diff.key.empty());
        QCOMPARE(diff.removed.size(), removed + changed);
        QCOMPARE(diff.added.size(), fresh + changed);
        QVERIFY(diff.changed.empty());
    }
}

QTEST_GUILESS_MAIN(tst_ResultDiff)
#include "tst_resultdiff.moc"
