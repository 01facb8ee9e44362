#include "kafkatesting.h"
#include "pipeline.h"
#include "pipelinerunner.h"

#include <QProcess>
#include <QTemporaryDir>

#include <fstream>
#include <map>

using namespace weir;

// source.kafka -> transform.parse_json -> sink.file, trigger once, over records that kcat
// produced into the sandbox broker.
class tst_KafkaPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRecordLandsOnce();

private:
    void produceWithKcat(const std::string &topic, int first, int count);
    Pipeline pipeline(const std::string &dir) const;
    void runOnce(const std::string &dir);

    std::unique_ptr<SandboxBroker> m_broker;
};

void tst_KafkaPipeline::initTestCase()
{
    m_broker = std::make_unique<SandboxBroker>(1, 3);
    m_broker->createTopic("events", 3);
}

void tst_KafkaPipeline::produceWithKcat(const std::string &topic, int first, int count)
{
    QByteArray input;
    for (int i = first; i < first + count; ++i)
        input += QByteArray("user") + QByteArray::number(i % 7) + ":{\"id\":"
            + QByteArray::number(i) + ",\"user\":\"u" + QByteArray::number(i % 7) + "\"}\n";
    QProcess kcat;
    kcat.start("kcat", {"-P", "-b", QString::fromStdString(m_broker->bootstrapServers()), "-t",
                        QString::fromStdString(topic), "-K:"});
    QVERIFY(kcat.waitForStarted());
    kcat.write(input);
    kcat.closeWriteChannel();
    QVERIFY(kcat.waitForFinished(60000));
    QVERIFY2(kcat.exitCode() == 0, kcat.readAllStandardError().constData());
}

Pipeline tst_KafkaPipeline::pipeline(const std::string &dir) const
{
    Pipeline p;
    p.name = "kafka_test";
    p.settings = {{"trigger", "once"}, {"checkpoint", dir + "/checkpoint"}};
    p.nodes = {
        {"events", "source.kafka",
         {{"bootstrap_servers", m_broker->bootstrapServers()},
          {"topics", Json::array({"events"})},
          {"starting_offsets", "earliest"}},
         std::nullopt},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "id"}, {"type", "int"}},
                                  {{"name", "user"}, {"type", "string"}}})}},
         std::nullopt},
        {"out", "sink.file", {{"path", dir + "/out.ndjson"}}, std::nullopt},
    };
    p.edges = {{"events", "out", "parse"}, {"parse", "out", "out"}};
    return p;
}

void tst_KafkaPipeline::runOnce(const std::string &dir)
{
    PipelineRunner runner(pipeline(dir));
    runner.start();
    QVERIFY(runner.waitFor(std::chrono::seconds(60)));
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state == RunState::Finished, s.error.c_str());
}

void tst_KafkaPipeline::everyRecordLandsOnce()
{
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString();
    produceWithKcat("events", 0, 500);
    runOnce(path);
    // A second run resumes from the checkpoint: only the new records are read.
    produceWithKcat("events", 500, 200);
    runOnce(path);

    std::map<int64_t, int> seen;
    std::ifstream in(path + "/out.ndjson");
    for (std::string line; std::getline(in, line);) {
        const Json row = Json::parse(line);
        QCOMPARE(row.at("user").get<std::string>(),
                 "u" + std::to_string(row.at("id").get<int64_t>() % 7));
        ++seen[row.at("id").get<int64_t>()];
    }
    QCOMPARE(seen.size(), size_t(700));
    for (const auto &[id, times] : seen) {
        QVERIFY(id >= 0 && id < 700);
        QCOMPARE(times, 1);
    }
}

QTEST_GUILESS_MAIN(tst_KafkaPipeline)
#include "tst_kafkapipeline.moc"
