// Runs every golden pipeline under tests/golden/cases/<name>/: pipeline.weir.json
// reads its input files, runs with trigger once, and each file in expected/ must
// match the file of the same name the pipeline wrote — as a multiset of rows,
// comparing the keys each expected row names.
#include "pipelinefile.h"
#include "pipelinerunner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

using namespace weir;

namespace {

std::vector<nlohmann::json> readRows(const QString &path)
{
    std::vector<nlohmann::json> rows;
    std::ifstream in(path.toStdString());
    for (std::string line; std::getline(in, line);) {
        if (!line.empty())
            rows.push_back(nlohmann::json::parse(line));
    }
    return rows;
}

bool matches(const nlohmann::json &expected, const nlohmann::json &actual)
{
    for (const auto &[key, value] : expected.items()) {
        if (!actual.contains(key) || actual[key] != value)
            return false;
    }
    return true;
}

// Every expected row pairs with a distinct actual row, and nothing is left over.
QString compareRows(const std::vector<nlohmann::json> &expected, std::vector<nlohmann::json> actual)
{
    for (const auto &row : expected) {
        auto it = std::find_if(actual.begin(), actual.end(),
                               [&](const nlohmann::json &a) { return matches(row, a); });
        if (it == actual.end())
            return QString::fromStdString("missing row " + row.dump());
        actual.erase(it);
    }
    if (!actual.empty())
        return QString::fromStdString("unexpected row " + actual.front().dump());
    return {};
}

} // namespace

class tst_Golden : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
};

void tst_Golden::run_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir cases(QStringLiteral(WEIR_SOURCE_DIR "/tests/golden/cases"));
    const auto names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!names.isEmpty());
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << cases.filePath(name);
}

void tst_Golden::run()
{
    QFETCH(QString, caseDir);
    QTemporaryDir work;
    const QDir source(caseDir);
    for (const QString &file : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(file), work.filePath(file)));
    const QString previous = QDir::currentPath();
    QDir::setCurrent(work.path());

    Pipeline pipeline = loadPipelineFile(work.filePath("pipeline.weir.json").toStdString());
    PipelineRunner runner(pipeline, {.trigger = Trigger::Once});
    runner.start();
    QVERIFY(runner.waitFor(std::chrono::seconds(60)));
    const MetricsSnapshot result = runner.snapshot();
    QDir::setCurrent(previous);
    QVERIFY2(result.state == RunState::Finished, result.error.c_str());

    const QDir expected(source.filePath("expected"));
    const auto files = expected.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        const QString problem = compareRows(readRows(expected.filePath(file)),
                                            readRows(work.filePath(file)));
        QVERIFY2(problem.isEmpty(), qPrintable(file + ": " + problem));
    }
}

QTEST_GUILESS_MAIN(tst_Golden)
#include "tst_golden.moc"
