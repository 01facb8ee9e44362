#include "filesource.h"
#include "problem.h"

#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <thread>

using namespace weir;

Q_DECLARE_METATYPE(weir::Json)

namespace {

struct Line
{
    std::string value;
    int64_t offset;
    bool operator==(const Line &) const = default;
};

void writeFile(const std::string &path, const std::string &bytes, bool append = false)
{
    std::ofstream out(path, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
    out << bytes;
}

// The reference split: records are the non-empty lines, "\r\n" counts as "\n",
// and the offset of a record is the byte offset where its line starts.
std::vector<Line> expectedLines(const std::string &content, bool withUnterminatedTail)
{
    std::vector<Line> lines;
    size_t start = 0;
    while (start < content.size()) {
        size_t end = content.find('\n', start);
        if (end == std::string::npos && !withUnterminatedTail)
            break;
        const size_t next = end == std::string::npos ? content.size() : end + 1;
        std::string line
            = content.substr(start, (end == std::string::npos ? content.size() : end) - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (!line.empty())
            lines.push_back({line, int64_t(start)});
        start = next;
    }
    return lines;
}

ReadStatus readInto(Source &source, std::vector<Line> &lines, size_t maxRecords)
{
    RawChunk chunk;
    const ReadStatus status = source.read(chunk, maxRecords);
    for (size_t i = 0; i < chunk.size(); ++i) {
        lines.push_back({std::string(chunk.value(i)), chunk.offsets[i]});
        if (chunk.partitions[i] != 0)
            qFatal("partition %d", chunk.partitions[i]);
    }
    if ((status == ReadStatus::Data) != (chunk.size() > 0))
        qFatal("status does not match the records read");
    return status;
}

std::vector<Line> readToEnd(Source &source, size_t maxRecords = 100000)
{
    std::vector<Line> lines;
    while (readInto(source, lines, maxRecords) == ReadStatus::Data) { }
    return lines;
}

// Reads (in follow mode) until `count` more records arrived or 10 s passed.
std::vector<Line> pollFor(Source &source, size_t count)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    std::vector<Line> lines;
    while (lines.size() < count && std::chrono::steady_clock::now() < deadline) {
        if (readInto(source, lines, 1000) == ReadStatus::Idle)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return lines;
}

std::unique_ptr<Source> fileSource(const std::string &path, bool follow = false)
{
    return makeFileSource("file", {{"path", path}, {"follow", follow}});
}

QString describe(const std::vector<Line> &lines)
{
    QStringList parts;
    for (const Line &line : lines)
        parts << QString("%1@%2").arg(QString::fromStdString(line.value)).arg(line.offset);
    return parts.join(", ");
}

} // namespace

class tst_FileSource : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lines_data();
    void lines();
    void largeFileAcrossBlocks();
    void resumeFromPosition();
    void availableEnd();
    void followAppends();
    void followTruncation();
    void followRotation();
    void followResumeBeyondEnd();
    void openErrors_data();
    void openErrors();
    void invalidParams_data();
    void invalidParams();

private:
    std::string path(const char *name = "events.ndjson") const
    {
        return m_dir->filePath(name).toStdString();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_FileSource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_FileSource::lines_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<qint64>("end");
    QTest::newRow("lines") << QByteArray("a\nbb\nccc\n") << QStringList {"a", "bb", "ccc"}
                           << QList<qint64> {0, 2, 5} << qint64(9);
    QTest::newRow("crlf") << QByteArray("a\r\nbb\r\n") << QStringList {"a", "bb"}
                          << QList<qint64> {0, 3} << qint64(7);
    QTest::newRow("empty lines") << QByteArray("\na\n\n\r\n\nb\n\n") << QStringList {"a", "b"}
                                 << QList<qint64> {1, 7} << qint64(10);
    QTest::newRow("no trailing newline")
        << QByteArray("a\nlast") << QStringList {"a", "last"} << QList<qint64> {0, 2} << qint64(6);
    QTest::newRow("crlf without newline")
        << QByteArray("x\r") << QStringList {"x"} << QList<qint64> {0} << qint64(2);
    QTest::newRow("only line breaks")
        << QByteArray("\n\r\n\n") << QStringList {} << QList<qint64> {} << qint64(4);
    QTest::newRow("empty file") << QByteArray() << QStringList {} << QList<qint64> {} << qint64(0);
    QTest::newRow("inner carriage return")
        << QByteArray("a\rb\n") << QStringList {"a\rb"} << QList<qint64> {0} << qint64(4);
    QTest::newRow("json") << QByteArray("{\"a\": 1}\n{\"b\": \"x y\"}\n")
                          << QStringList {"{\"a\": 1}", "{\"b\": \"x y\"}"} << QList<qint64> {0, 9}
                          << qint64(22);
}

void tst_FileSource::lines()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, values);
    QFETCH(QList<qint64>, offsets);
    QFETCH(qint64, end);
    writeFile(path(), content.toStdString());
    for (size_t maxRecords : {1, 1000}) {
        auto source = fileSource(path());
        source->open({});
        const std::vector<Line> lines = readToEnd(*source, maxRecords);
        QCOMPARE(lines.size(), size_t(values.size()));
        for (size_t i = 0; i < lines.size(); ++i) {
            QCOMPARE(QString::fromStdString(lines[i].value), values[qsizetype(i)]);
            QCOMPARE(qint64(lines[i].offset), offsets[qsizetype(i)]);
        }
        QCOMPARE(source->position(), (Positions {{0, end}}));
        QCOMPARE(source->availableEnd(), (Positions {{0, end}}));
        RawChunk chunk;
        QCOMPARE(source->read(chunk, 10), ReadStatus::End);
    }
}

// Lines of all lengths (one of 3 MiB) across 1 MiB reads, and seeks into the middle.
void tst_FileSource::largeFileAcrossBlocks()
{
    std::string content;
    for (int i = 0; i < 120000; ++i) {
        if (i == 50000)
            content += std::string(3 << 20, 'x') + "\n";
        content += std::string(size_t(i * 7919 % 83), char('a' + i % 26));
        content += i % 5 == 0 ? "\r\n" : "\n";
    }
    content += "unterminated";
    writeFile(path(), content);
    const std::vector<Line> expected = expectedLines(content, true);
    auto source = fileSource(path());
    source->open({});
    const std::vector<Line> lines = readToEnd(*source, 777);
    QCOMPARE(lines.size(), expected.size());
    QVERIFY(lines == expected);
    for (size_t k : {size_t(1), size_t(49000), expected.size() / 2, expected.size() - 1}) {
        auto resumed = fileSource(path());
        resumed->open({{0, expected[k].offset}});
        const std::vector<Line> tail = readToEnd(*resumed);
        QVERIFY(
            std::equal(tail.begin(), tail.end(), expected.begin() + qsizetype(k), expected.end()));
        QCOMPARE(tail.size(), expected.size() - k);
    }
}

void tst_FileSource::resumeFromPosition()
{
    std::string content;
    for (int i = 0; i < 100; ++i)
        content += "{\"n\":" + std::to_string(i) + "}\n" + (i % 10 == 0 ? "\n" : "");
    writeFile(path(), content);
    auto first = fileSource(path());
    first->open({});
    std::vector<Line> lines;
    QCOMPARE(readInto(*first, lines, 25), ReadStatus::Data);
    QCOMPARE(lines.size(), size_t(25));
    auto second = fileSource(path());
    second->open(first->position());
    const std::vector<Line> rest = readToEnd(*second);
    lines.insert(lines.end(), rest.begin(), rest.end());
    QVERIFY(lines == expectedLines(content, true));
}

void tst_FileSource::availableEnd()
{
    writeFile(path(), "a\nbb\nccc");
    auto plain = fileSource(path());
    auto follow = fileSource(path(), true);
    QCOMPARE(plain->availableEnd(), (Positions {{0, 8}}));
    QCOMPARE(follow->availableEnd(), (Positions {{0, 5}}));
    writeFile(path(), std::string(200000, 'z'), true);
    QCOMPARE(follow->availableEnd(), (Positions {{0, 5}}));
    writeFile(path(), "\n", true);
    QCOMPARE(follow->availableEnd(), (Positions {{0, 200009}}));
}

void tst_FileSource::followAppends()
{
    writeFile(path(), "a\nb\n");
    auto source = fileSource(path(), true);
    source->open({});
    std::vector<Line> lines = pollFor(*source, 2);
    QCOMPARE(describe(lines), QString("a@0, b@2"));
    RawChunk chunk;
    QCOMPARE(source->read(chunk, 100), ReadStatus::Idle);
    writeFile(path(), "c\r\npar", true);
    QCOMPARE(describe(pollFor(*source, 1)), QString("c@4"));
    QCOMPARE(source->read(chunk, 100), ReadStatus::Idle); // "par" waits for its newline
    QCOMPARE(source->position(), (Positions {{0, 7}}));
    writeFile(path(), "tial\n\nd\n", true);
    QCOMPARE(describe(pollFor(*source, 2)), QString("partial@7, d@16"));
    QCOMPARE(source->position(), (Positions {{0, 18}}));
    QVERIFY(dynamic_cast<FileSource &>(*source).lastNotice().empty());
    QCOMPARE(dynamic_cast<FileSource &>(*source).pollIntervalMs(), int64_t(200));
}

void tst_FileSource::followTruncation()
{
    writeFile(path(), "aaaa\nbbbb\n");
    auto source = fileSource(path(), true);
    source->open({});
    QCOMPARE(pollFor(*source, 2).size(), size_t(2));
    writeFile(path(), "x\n");
    QCOMPARE(describe(pollFor(*source, 1)), QString("x@0"));
    const std::string notice = dynamic_cast<FileSource &>(*source).lastNotice();
    QVERIFY2(notice.find("truncated") != std::string::npos, notice.c_str());
    QCOMPARE(source->position(), (Positions {{0, 2}}));
}

void tst_FileSource::followRotation()
{
    writeFile(path(), "one\n");
    auto source = fileSource(path(), true);
    source->open({});
    QCOMPARE(describe(pollFor(*source, 1)), QString("one@0"));
    writeFile(path(), "two\n", true);
    QCOMPARE(std::rename(path().c_str(), path("events.ndjson.1").c_str()), 0);
    writeFile(path(), "three\nfour\n");
    QCOMPARE(describe(pollFor(*source, 3)), QString("two@4, three@0, four@6"));
    const std::string notice = dynamic_cast<FileSource &>(*source).lastNotice();
    QVERIFY2(notice.find("replaced") != std::string::npos, notice.c_str());
}

void tst_FileSource::followResumeBeyondEnd()
{
    writeFile(path(), "short\n");
    auto source = fileSource(path(), true);
    source->open({{0, 1000}});
    QCOMPARE(describe(pollFor(*source, 1)), QString("short@0"));
    QVERIFY(!dynamic_cast<FileSource &>(*source).lastNotice().empty());
}

void tst_FileSource::openErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("error");
    QTest::newRow("missing") << "missing.ndjson" << ENOENT;
    QTest::newRow("directory") << "" << EISDIR;
    QTest::newRow("missing directory") << "nowhere/events.ndjson" << ENOENT;
}

void tst_FileSource::openErrors()
{
    QFETCH(QString, name);
    QFETCH(int, error);
    const std::string target
        = name.isEmpty() ? m_dir->path().toStdString() : path(name.toUtf8().constData());
    auto source = fileSource(target);
    try {
        source->open({});
        QFAIL("no PipelineError");
    } catch (const PipelineError &e) {
        const Problem expected {"file", "path",
                                "cannot open '" + target + "': " + std::strerror(error)};
        QCOMPARE(QString::fromStdString(e.problems().at(0).toString()),
                 QString::fromStdString(expected.toString()));
    }
}

void tst_FileSource::invalidParams_data()
{
    QTest::addColumn<Json>("params");
    QTest::addColumn<QString>("param");
    QTest::newRow("no path") << Json::object() << "path";
    QTest::newRow("empty path") << Json {{"path", ""}} << "path";
    QTest::newRow("path as number") << Json {{"path", 3}} << "path";
    QTest::newRow("follow as text") << Json {{"path", "x"}, {"follow", "yes"}} << "follow";
    QTest::newRow("bad poll interval")
        << Json {{"path", "x"}, {"poll_interval", "often"}} << "poll_interval";
    QTest::newRow("zero poll interval")
        << Json {{"path", "x"}, {"poll_interval", "0ms"}} << "poll_interval";
}

void tst_FileSource::invalidParams()
{
    QFETCH(Json, params);
    QFETCH(QString, param);
    try {
        makeFileSource("file", params);
        QFAIL("no PipelineError");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().at(0).node, std::string("file"));
        QCOMPARE(QString::fromStdString(e.problems().at(0).param), param);
    }
}

QTEST_GUILESS_MAIN(tst_FileSource)
#include "tst_filesource.moc"
