// Broker faults while a pipeline writes: source.file -> parse_json -> sink.kafka, over an
// in-process 3-broker SandboxBroker. Retriable Produce errors and a leader that goes down
// and comes back must neither fail the run nor lose or duplicate a record (idempotent
// producer). A non-retriable Produce error must fail the batch with a clear error and
// leave the checkpoint before it, so a restart produces the batch again.
#include "../kafkasink/kcatconsume.h"

#include "checkpoint.h"
#include "compiledpipeline.h"
#include "pipeline.h"
#include "pipelinerunner.h"
#include "sandboxbroker.h"

#include <librdkafka/rdkafka.h>

#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <thread>

using namespace weir;

namespace {

constexpr int kPartitions = 4;
constexpr int16_t kProduce = 0;
const std::string kTopic = "sink_faults";

void writeInput(const std::string &path, int records)
{
    std::ofstream out(path);
    for (int id = 0; id < records; ++id)
        out << "{\"id\":" << id << "}\n";
}

// How often each id is in the output topic.
std::map<int, int> idsInTopic(const std::string &servers)
{
    std::map<int, int> seen;
    for (const Consumed &r : consumeAll(servers, kTopic))
        ++seen[r.value.at("id").get<int>()];
    return seen;
}

// Every id in [0, count) exactly once, and nothing else.
QString exactlyOnce(const std::map<int, int> &seen, int count)
{
    if (int(seen.size()) != count)
        return QString("%1 distinct ids, expected %2").arg(seen.size()).arg(count);
    for (const auto &[id, times] : seen) {
        if (id < 0 || id >= count || times != 1)
            return QString("id %1 appears %2 times").arg(id).arg(times);
    }
    return {};
}

} // namespace

class tst_KafkaSinkFaults : public QObject
{
    Q_OBJECT

private slots:
    void retriableProduceErrorsLoseAndDuplicateNothing();
    void refusedProduceFailsTheBatchAndKeepsTheCheckpoint();

private:
    Pipeline pipeline(const std::string &dir, const std::string &servers, double maxRate) const;
    // Polls `done` until it holds, the runner fails or the deadline passes; false unless done.
    bool waitUntil(PipelineRunner &runner, const std::function<bool(const MetricsSnapshot &)> &done,
                   std::chrono::seconds timeout, std::string &why);
};

Pipeline tst_KafkaSinkFaults::pipeline(const std::string &dir, const std::string &servers,
                                       double maxRate) const
{
    Pipeline p;
    p.name = "kafka_sink_faults";
    p.settings = {{"trigger", "processing_time"}, {"interval", "20ms"},
                  {"max_batch_records", 300}, {"checkpoint", dir + "/checkpoint"}};
    p.nodes = {
        {"input", "source.file", {{"path", dir + "/input.ndjson"}, {"max_rate", maxRate}},
         std::nullopt},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "id"}, {"type", "int"}}})}}, std::nullopt},
        {"out", "sink.kafka",
         {{"bootstrap_servers", servers},
          {"topic", kTopic},
          {"key_field", "id"},
          {"config", {{"linger.ms", "2"}, {"retry.backoff.ms", "20"}}}},
         std::nullopt},
    };
    p.edges = {{"input", "out", "parse"}, {"parse", "out", "out"}};
    return p;
}

bool tst_KafkaSinkFaults::waitUntil(PipelineRunner &runner,
                                    const std::function<bool(const MetricsSnapshot &)> &done,
                                    std::chrono::seconds timeout, std::string &why)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        const MetricsSnapshot s = runner.snapshot();
        if (done(s))
            return true;
        if (s.state == RunState::Failed || s.state == RunState::Finished) {
            why = std::string("the runner ") + runStateName(s.state) + ": " + s.error;
            return false;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            why = "timed out at batch " + std::to_string(s.batchId);
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

void tst_KafkaSinkFaults::retriableProduceErrorsLoseAndDuplicateNothing()
{
    SandboxBroker broker(3, kPartitions);
    broker.createTopic(kTopic, kPartitions);
    for (int partition = 0; partition < kPartitions; ++partition)
        broker.setPartitionLeader(kTopic, partition, 1 + partition % 3);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    const int total = 6000;
    writeInput(path + "/input.ndjson", total);
    const std::vector<int> retriable = {
        RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION, RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT,
        RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS, RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE,
        RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND};

    PipelineRunner runner(pipeline(path, broker.bootstrapServers(), 4000));
    broker.pushRequestErrors(kProduce, retriable);
    runner.start();
    std::string why;
    auto atBatch = [](int64_t batch) {
        return [batch](const MetricsSnapshot &s) { return s.batchId >= batch; };
    };
    QVERIFY2(waitUntil(runner, atBatch(3), std::chrono::seconds(60), why), why.c_str());
    broker.pushRequestErrors(kProduce, retriable);
    broker.pushRequestErrors(kProduce, retriable);

    // Broker 2, the leader of partition 1, goes down and comes back; the outage lasts a
    // moment of wall time (what the test simulates, not something it waits for).
    const int64_t before = runner.snapshot().batchId;
    broker.setBrokerDown(2, true);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    broker.setBrokerDown(2, false);
    QVERIFY2(waitUntil(runner, atBatch(before + 3), std::chrono::seconds(60), why), why.c_str());

    runner.wait();
    const MetricsSnapshot s = runner.snapshot();
    QVERIFY2(s.state == RunState::Finished, s.error.c_str());
    QCOMPARE(s.eventsOut, uint64_t(total));
    const QString problem = exactlyOnce(idsInTopic(broker.bootstrapServers()), total);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_KafkaSinkFaults::refusedProduceFailsTheBatchAndKeepsTheCheckpoint()
{
    SandboxBroker broker(3, kPartitions);
    broker.createTopic(kTopic, kPartitions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.path().toStdString();
    const int total = 3000;
    writeInput(path + "/input.ndjson", total);
    const Pipeline p = pipeline(path, broker.bootstrapServers(), 3000);
    int64_t committed = -1;
    {
        PipelineRunner runner(p);
        runner.start();
        std::string why;
        QVERIFY2(waitUntil(runner, [](const MetricsSnapshot &s) { return s.batchId >= 1; },
                           std::chrono::seconds(60), why),
                 why.c_str());
        // Between two batches, so that the next one fails as a whole.
        runner.pause();
        QVERIFY2(waitUntil(runner,
                           [](const MetricsSnapshot &s) { return s.state == RunState::Paused; },
                           std::chrono::seconds(30), why),
                 why.c_str());
        broker.pushRequestErrors(
            kProduce, std::vector<int>(200, RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED));
        committed = runner.snapshot().batchId;
        runner.resume();
        QVERIFY(runner.waitFor(std::chrono::seconds(60)));
        const MetricsSnapshot s = runner.snapshot();
        QCOMPARE(s.state, RunState::Failed);
        QVERIFY2(s.error.find("node 'out'") != std::string::npos, s.error.c_str());
        QVERIFY2(s.error.find("'" + kTopic + "'") != std::string::npos, s.error.c_str());
        QVERIFY2(s.error.find("not delivered") != std::string::npos, s.error.c_str());
        QVERIFY2(s.error.find(rd_kafka_err2str(RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED))
                     != std::string::npos,
                 s.error.c_str());
        QCOMPARE(s.batchId, committed);
    }
    broker.clearRequestErrors(kProduce);
    {
        const auto compiled = CompiledPipeline::compile(p);
        const Checkpoint checkpoint(path + "/checkpoint", p.name, compiled->fingerprint());
        QCOMPARE(checkpoint.lastCommittedBatch(), committed);
    }
    // The topic holds the committed batches only: a prefix of the ids, each once.
    const std::map<int, int> before = idsInTopic(broker.bootstrapServers());
    QVERIFY(!before.empty());
    QVERIFY(int(before.size()) < total);
    QString problem = exactlyOnce(before, int(before.size()));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    PipelineRunner restarted(p); // replays the failed batch, then reads on
    restarted.start();
    restarted.wait();
    const MetricsSnapshot s = restarted.snapshot();
    QVERIFY2(s.state == RunState::Finished, s.error.c_str());
    problem = exactlyOnce(idsInTopic(broker.bootstrapServers()), total);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(tst_KafkaSinkFaults)
#include "tst_kafkasinkfaults.moc"
