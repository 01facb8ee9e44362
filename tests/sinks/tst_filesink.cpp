#include "filesink.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

using namespace weir;

namespace {

Batch numbers(int from, int to)
{
    Batch b = Batch::withSchema(makeSchema({{"n", FieldType::Int}, {"s", FieldType::String}}));
    for (int i = from; i < to; ++i) {
        b.columns[0].ints.push_back(i);
        b.columns[1].strings.push_back(b.strings().store("v\"" + std::to_string(i) + "\n"));
    }
    b.rows = size_t(to - from);
    return b;
}

std::vector<nlohmann::json> readLines(const std::string &path)
{
    std::ifstream in(path);
    std::vector<nlohmann::json> rows;
    for (std::string line; std::getline(in, line);)
        rows.push_back(nlohmann::json::parse(line));
    return rows;
}

} // namespace

class tst_FileSink : public QObject
{
    Q_OBJECT

private slots:
    void writesValidNdjson();
    void uncommittedBytesAreCutOnRestart();
    void replayedBatchIsIgnored();
    void unwritablePathFailsWithReason();
};

void tst_FileSink::writesValidNdjson()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.ndjson").toStdString();
    FileSink sink("out", {{"path", path}});
    sink.open(nullptr);
    sink.beginBatch(0);
    sink.write(numbers(0, 3));
    sink.commitBatch();
    const auto rows = readLines(path);
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows[2]["n"].get<int>(), 2);
    QCOMPARE(rows[2]["s"].get<std::string>(), std::string("v\"2\n"));
}

void tst_FileSink::uncommittedBytesAreCutOnRestart()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.ndjson").toStdString();
    {
        FileSink sink("out", {{"path", path}});
        sink.open(nullptr);
        sink.beginBatch(0);
        sink.write(numbers(0, 2));
        sink.commitBatch();
        sink.beginBatch(1);
        sink.write(numbers(2, 5)); // written, never committed: a crash
        sink.close();
    }
    FileSink again("out", {{"path", path}});
    again.open(nullptr);
    QCOMPARE(readLines(path).size(), size_t(2));
    again.beginBatch(1);
    again.write(numbers(2, 5));
    again.commitBatch();
    const auto rows = readLines(path);
    QCOMPARE(rows.size(), size_t(5));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(rows[size_t(i)]["n"].get<int>(), i);
}

void tst_FileSink::replayedBatchIsIgnored()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("out.ndjson").toStdString();
    {
        FileSink sink("out", {{"path", path}});
        sink.open(nullptr);
        sink.beginBatch(0);
        sink.write(numbers(0, 2));
        sink.commitBatch();
    }
    FileSink again("out", {{"path", path}});
    again.open(nullptr);
    again.beginBatch(0);
    again.write(numbers(0, 2));
    again.commitBatch();
    QCOMPARE(readLines(path).size(), size_t(2));
}

void tst_FileSink::unwritablePathFailsWithReason()
{
    FileSink sink("out", {{"path", "/proc/weir-test/out.ndjson"}});
    try {
        sink.open(nullptr);
        QFAIL("must fail");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find("/proc/weir-test/out.ndjson") != std::string::npos,
                 e.what());
        QVERIFY2(std::string(e.what()).find("'out'") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(tst_FileSink)
#include "tst_filesink.moc"
