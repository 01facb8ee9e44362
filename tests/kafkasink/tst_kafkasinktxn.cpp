// sink.kafka with transactional_id: one Kafka transaction per batch, the batch id recorded
// with it, read back by a re-opened sink. Against the sandbox broker (librdkafka's mock),
// which keeps aborted records visible even to read_committed readers: these tests prove the
// sink's batch bookkeeping, not Kafka's isolation.
#include "../kafkasource/kafkatesting.h"
#include "kcatconsume.h"

#include "checkpoint.h"
#include "compiledpipeline.h"
#include "kafkasink.h"
#include "pipelinerunner.h"
#include "problem.h"
#include "sandboxbroker.h"
#include "sqlitedb.h"

#include <QTemporaryDir>
#include <QtTest>

#include <librdkafka/rdkafka.h>

#include <map>
#include <memory>

using namespace weir;

namespace {

constexpr int16_t kProduce = 0;
constexpr int16_t kEndTxn = 26;
constexpr int kPerBatch = 100;

SchemaPtr schema()
{
    return makeSchema({{"id", FieldType::Int}, {"batch", FieldType::Int}});
}

Batch rowsOf(int64_t batchId)
{
    Batch b = Batch::withSchema(schema());
    for (int i = 0; i < kPerBatch; ++i) {
        b.columns[0].ints.push_back(batchId * kPerBatch + i);
        b.columns[1].ints.push_back(batchId);
    }
    b.rows = kPerBatch;
    return b;
}

// Records per batch id in the topic.
std::map<int64_t, int> batchesIn(const SandboxBroker &broker, const std::string &topic)
{
    std::map<int64_t, int> counts;
    for (const Consumed &r : consumeAll(broker.bootstrapServers(), topic))
        ++counts[r.value.at("batch").get<int64_t>()];
    return counts;
}

} // namespace

class tst_KafkaSinkTxn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void reopenedSinkKnowsTheLastCommittedBatch();
    void replayedBatchProducesNothing();
    void unfinishedBatchIsNotCommitted();
    void failedTransactionDoesNotAdvance_data();
    void failedTransactionDoesNotAdvance();
    void fatalErrorStopsWithAClearMessage();
    void emptyTransactionalIdIsRefused();
    void kafkaToKafkaPipelineRestarts();

private:
    std::unique_ptr<KafkaSink> openSink(const std::string &transactionalId = "orders-out");
    void writeBatch(KafkaSink &sink, int64_t batchId);

    std::unique_ptr<SandboxBroker> m_broker;
    const std::string m_topic = "orders_out";
};

void tst_KafkaSinkTxn::init()
{
    m_broker = std::make_unique<SandboxBroker>(1, 3);
    m_broker->createTopic(m_topic, 3);
}

void tst_KafkaSinkTxn::cleanup()
{
    m_broker.reset();
}

std::unique_ptr<KafkaSink> tst_KafkaSinkTxn::openSink(const std::string &transactionalId)
{
    auto sink = std::make_unique<KafkaSink>(
        "out", Json{{"bootstrap_servers", m_broker->bootstrapServers()},
                    {"topic", m_topic},
                    {"key_field", "id"},
                    {"transactional_id", transactionalId},
                    {"config", {{"linger.ms", "5"}}}});
    sink->open(schema());
    return sink;
}

void tst_KafkaSinkTxn::writeBatch(KafkaSink &sink, int64_t batchId)
{
    sink.beginBatch(batchId);
    sink.write(rowsOf(batchId));
    sink.commitBatch();
}

void tst_KafkaSinkTxn::roundTrip()
{
    auto sink = openSink();
    QCOMPARE(sink->lastCommittedBatch(), int64_t(-1));
    for (int64_t batch = 0; batch < 3; ++batch) {
        writeBatch(*sink, batch);
        QCOMPARE(sink->lastCommittedBatch(), batch);
    }
    QCOMPARE(sink->rowsWritten(), uint64_t(3 * kPerBatch));
    sink.reset();
    const std::vector<Consumed> records = consumeAll(m_broker->bootstrapServers(), m_topic);
    QCOMPARE(int(records.size()), 3 * kPerBatch);
    std::map<int, int> seen;
    for (const Consumed &r : records) {
        const int id = r.value.at("id").get<int>();
        QCOMPARE(r.key, std::to_string(id));
        QCOMPARE(r.value.at("batch").get<int>(), id / kPerBatch);
        ++seen[id];
    }
    QCOMPARE(int(seen.size()), 3 * kPerBatch);
}

void tst_KafkaSinkTxn::reopenedSinkKnowsTheLastCommittedBatch()
{
    auto sink = openSink();
    for (int64_t batch = 0; batch < 4; ++batch)
        writeBatch(*sink, batch);
    sink.reset();
    QCOMPARE(openSink()->lastCommittedBatch(), int64_t(3));
    QCOMPARE(openSink("another-pipeline")->lastCommittedBatch(), int64_t(-1));
}

// The engine replays a batch whose checkpoint commit was lost: Kafka holds it already.
void tst_KafkaSinkTxn::replayedBatchProducesNothing()
{
    auto sink = openSink();
    writeBatch(*sink, 0);
    writeBatch(*sink, 1);
    sink.reset(); // "crash" after the sink committed batch 1

    sink = openSink();
    QCOMPARE(sink->lastCommittedBatch(), int64_t(1));
    writeBatch(*sink, 1); // the replay
    QCOMPARE(sink->lastCommittedBatch(), int64_t(1));
    QCOMPARE(sink->rowsWritten(), uint64_t(0));
    writeBatch(*sink, 2);
    QCOMPARE(sink->lastCommittedBatch(), int64_t(2));
    sink.reset();
    const std::map<int64_t, int> expected = {{0, kPerBatch}, {1, kPerBatch}, {2, kPerBatch}};
    QCOMPARE(batchesIn(*m_broker, m_topic), expected);
}

// A sink that dies inside a batch: the transaction is aborted, the batch not recorded, so
// a restart writes it again. (The mock keeps the aborted records visible; real Kafka hides
// them from read_committed consumers, so the counts are not checked here.)
void tst_KafkaSinkTxn::unfinishedBatchIsNotCommitted()
{
    auto sink = openSink();
    writeBatch(*sink, 0);
    sink->beginBatch(1);
    sink->write(rowsOf(1));
    sink.reset();
    sink = openSink();
    QCOMPARE(sink->lastCommittedBatch(), int64_t(0));
    writeBatch(*sink, 1);
    QCOMPARE(sink->lastCommittedBatch(), int64_t(1));
    QCOMPARE(sink->rowsWritten(), uint64_t(kPerBatch));
}

void tst_KafkaSinkTxn::failedTransactionDoesNotAdvance_data()
{
    QTest::addColumn<int>("apiKey");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("produce refused")
        << int(kProduce) << int(RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED)
        << QString("were not delivered: ")
               + rd_kafka_err2str(RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED);
    QTest::newRow("end of transaction refused")
        << int(kEndTxn) << int(RD_KAFKA_RESP_ERR_UNKNOWN_PRODUCER_ID)
        << QString("committing the transaction failed: EndTxn commit failed: ")
               + rd_kafka_err2str(RD_KAFKA_RESP_ERR_UNKNOWN_PRODUCER_ID);
}

// An abortable failure: commitBatch throws naming the batch, the transaction is aborted,
// the batch id is not recorded - and once Kafka recovers the same batch commits.
void tst_KafkaSinkTxn::failedTransactionDoesNotAdvance()
{
    QFETCH(int, apiKey);
    QFETCH(int, error);
    QFETCH(QString, expected);
    auto sink = openSink();
    writeBatch(*sink, 0);
    m_broker->pushRequestErrors(int16_t(apiKey), std::vector<int>(20, error));
    sink->beginBatch(1);
    sink->write(rowsOf(1));
    QString message;
    try {
        sink->commitBatch();
    } catch (const std::runtime_error &e) {
        message = e.what();
    }
    m_broker->clearRequestErrors(int16_t(apiKey));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains("batch 1"), qPrintable(message));
    QVERIFY2(message.contains("aborted"), qPrintable(message));
    QVERIFY2(message.contains("'orders_out'"), qPrintable(message));
    QCOMPARE(sink->lastCommittedBatch(), int64_t(0));
    QCOMPARE(openSink()->lastCommittedBatch(), int64_t(0)); // fences the first sink
    sink = openSink();
    writeBatch(*sink, 1);
    QCOMPARE(sink->lastCommittedBatch(), int64_t(1));
    QCOMPARE(openSink()->lastCommittedBatch(), int64_t(1));
}

void tst_KafkaSinkTxn::fatalErrorStopsWithAClearMessage()
{
    auto sink = openSink();
    writeBatch(*sink, 0);
    m_broker->pushRequestErrors(kEndTxn, {RD_KAFKA_RESP_ERR_INVALID_TXN_STATE});
    sink->beginBatch(1);
    sink->write(rowsOf(1));
    QString message;
    try {
        sink->commitBatch();
    } catch (const std::runtime_error &e) {
        message = e.what();
    }
    QVERIFY2(message.contains("fatal"), qPrintable(message));
    QVERIFY2(message.contains(rd_kafka_err2str(RD_KAFKA_RESP_ERR_INVALID_TXN_STATE)),
             qPrintable(message));
    QCOMPARE(sink->lastCommittedBatch(), int64_t(0));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, sink->beginBatch(2)); // it cannot go on
    sink.reset();
    QCOMPARE(openSink()->lastCommittedBatch(), int64_t(0));
}

void tst_KafkaSinkTxn::emptyTransactionalIdIsRefused()
{
    try {
        KafkaSink sink("out", {{"topic", "t"}, {"transactional_id", ""}});
        QFAIL("an empty transactional_id was accepted");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().size(), size_t(1));
        QCOMPARE(e.problems()[0].param, std::string("transactional_id"));
    }
}

// source.kafka -> parse_json -> sink.kafka (transactional) with a checkpoint, run twice:
// the restarted sink reports the batch the checkpoint holds. Then a crash between the
// sink's commit and the checkpoint's (its last commit row removed): the restart replays
// that batch and the sink discards it. The output has every input record once.
void tst_KafkaSinkTxn::kafkaToKafkaPipelineRestarts()
{
    m_broker->createTopic("orders_in", 3);
    TestProducer producer(m_broker->bootstrapServers());
    auto produce = [&](int from, int to) {
        for (int id = from; id < to; ++id)
            producer.produce("orders_in", id % 3, std::to_string(id),
                             "{\"id\":" + std::to_string(id) + "}");
        producer.flush();
    };
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Pipeline p;
    p.name = "txn_pipeline";
    p.settings = {{"trigger", "once"}, {"checkpoint", dir.path().toStdString() + "/checkpoint"}};
    p.nodes = {
        {"in", "source.kafka",
         {{"bootstrap_servers", m_broker->bootstrapServers()},
          {"topics", Json::array({"orders_in"})},
          {"group_id", "txn-pipeline"},
          {"starting_offsets", "earliest"}},
         std::nullopt},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "id"}, {"type", "int"}}})}}, std::nullopt},
        {"out", "sink.kafka",
         {{"bootstrap_servers", m_broker->bootstrapServers()},
          {"topic", m_topic},
          {"key_field", "id"},
          {"transactional_id", "txn-pipeline-out"}},
         std::nullopt},
    };
    p.edges = {{"in", "out", "parse"}, {"parse", "out", "out"}};
    auto runOnce = [&] {
        PipelineRunner runner(p);
        runner.start();
        runner.wait();
        const MetricsSnapshot s = runner.snapshot();
        QVERIFY2(s.state == RunState::Finished, s.error.c_str());
    };
    auto checkpointBatch = [&] {
        const Checkpoint checkpoint(dir.path().toStdString() + "/checkpoint", p.name,
                                    CompiledPipeline::compile(p)->fingerprint());
        return checkpoint.lastCommittedBatch();
    };

    produce(0, 700);
    runOnce();
    const int64_t first = checkpointBatch();
    QVERIFY(first >= 0);
    QCOMPARE(openSink("txn-pipeline-out")->lastCommittedBatch(), first);
    produce(700, 1000);
    runOnce();
    QVERIFY(checkpointBatch() > first);
    const int64_t second = checkpointBatch();
    QCOMPARE(openSink("txn-pipeline-out")->lastCommittedBatch(), second);

    SqliteDb(dir.path().toStdString() + "/checkpoint", false)
        .exec("DELETE FROM commits WHERE batch_id = " + std::to_string(second));
    QCOMPARE(checkpointBatch(), first);
    runOnce();
    QCOMPARE(checkpointBatch(), second);

    std::map<int, int> seen;
    for (const Consumed &r : consumeAll(m_broker->bootstrapServers(), m_topic))
        ++seen[r.value.at("id").get<int>()];
    QCOMPARE(int(seen.size()), 1000);
    for (const auto &[id, times] : seen)
        QVERIFY2(id >= 0 && id < 1000 && times == 1, qPrintable(QString::number(id)));
}

QTEST_GUILESS_MAIN(tst_KafkaSinkTxn)
#include "tst_kafkasinktxn.moc"
