#include "pipelinerunner.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <mutex>

using namespace weir;

namespace {

void writeLines(const std::string &path, int first, int count, std::ios::openmode mode)
{
    std::ofstream out(path, mode);
    for (int i = first; i < first + count; ++i)
        out << "{\"i\":" << i << "}\n";
}

int lineCount(const std::string &path)
{
    std::ifstream in(path);
    int lines = 0;
    for (std::string line; std::getline(in, line);)
        ++lines;
    return lines;
}

bool anyContains(const std::vector<std::string> &messages, const std::string &text)
{
    for (const std::string &m : messages) {
        if (m.find(text) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

// What a source notices (a followed file truncated or rotated) reaches the run log and
// the snapshot, named after the source node.
class tst_SourceNotices : public QObject
{
    Q_OBJECT

private slots:
    void followedFileChanges_data();
    void followedFileChanges();
};

void tst_SourceNotices::followedFileChanges_data()
{
    QTest::addColumn<bool>("rotate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << false << "was truncated to";
    QTest::newRow("rotated") << true << "was replaced (rotated)";
}

void tst_SourceNotices::followedFileChanges()
{
    QFETCH(bool, rotate);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const std::string input = dir.filePath("in.ndjson").toStdString();
    const std::string output = dir.filePath("out.ndjson").toStdString();
    writeLines(input, 0, 50, std::ios::trunc);
    Pipeline p;
    p.name = "notices";
    p.settings = {{"interval", "20ms"}};
    p.nodes = {{"lines", "source.file",
                {{"path", input}, {"follow", true}, {"poll_interval", "10ms"}}, std::nullopt},
               {"copy", "sink.file", {{"path", output}}, std::nullopt}};
    p.edges = {{"lines", "out", "copy"}};
    PipelineRunner runner(p);
    std::mutex mutex;
    std::vector<std::string> logged;
    runner.setLogHandler([&](const std::string &message) {
        const std::lock_guard lock(mutex);
        logged.push_back(message);
    });
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(lineCount(output), 50, 20000);
    QVERIFY(runner.snapshot().messages.empty());

    if (rotate) {
        const std::string next = input + ".new";
        writeLines(next, 100, 3, std::ios::trunc);
        QVERIFY(std::rename(next.c_str(), input.c_str()) == 0);
    } else {
        writeLines(input, 100, 3, std::ios::trunc); // shorter than what was read
    }
    QTRY_COMPARE_WITH_TIMEOUT(lineCount(output), 53, 20000);
    const std::string text = expected.toStdString();
    QTRY_VERIFY_WITH_TIMEOUT(anyContains(runner.snapshot().messages, text), 20000);
    const std::vector<std::string> messages = runner.snapshot().messages;
    QCOMPARE(messages.size(), size_t(1));
    QVERIFY2(messages.front().starts_with("source 'lines': '" + input + "'"),
             messages.front().c_str());
    {
        const std::lock_guard lock(mutex);
        QVERIFY(anyContains(logged, text));
    }
    runner.requestStop();
    QVERIFY(runner.waitFor(std::chrono::seconds(30)));
}

QTEST_GUILESS_MAIN(tst_SourceNotices)
#include "tst_sourcenotices.moc"
