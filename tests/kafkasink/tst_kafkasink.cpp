#include "kcatconsume.h"

#include "kafkasink.h"
#include "problem.h"
#include "sandboxbroker.h"

#include <QtTest>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <map>

using namespace weir;

namespace {

constexpr int kUsers = 7;

SchemaPtr orderSchema()
{
    return makeSchema({{"id", FieldType::Int}, {"user", FieldType::String},
                       {"amount", FieldType::Double}, {"paid", FieldType::Bool}});
}

std::string userOf(int id)
{
    return "user \"" + std::to_string(id % kUsers) + "\" é";
}

double amountOf(int id)
{
    return id * 0.25;
}

Batch orders(int from, int to)
{
    Batch b = Batch::withSchema(orderSchema());
    for (int i = from; i < to; ++i) {
        b.columns[0].ints.push_back(i);
        b.columns[1].strings.push_back(b.strings().store(userOf(i)));
        b.columns[2].doubles.push_back(amountOf(i));
        b.columns[3].ints.push_back(i % 2);
    }
    b.rows = size_t(to - from);
    return b;
}

// The independent reference: what a consumer must see for order `id`.
nlohmann::json expectedValue(int id)
{
    return {{"id", id}, {"user", userOf(id)}, {"amount", amountOf(id)}, {"paid", id % 2 == 1}};
}

// "key\tvalue length\tvalue" per record (length -1 for a null value), read with kcat.
QStringList consumeRaw(const std::string &servers, const std::string &topic)
{
    QProcess kcat;
    kcat.start("kcat", {"-C", "-b", QString::fromStdString(servers), "-t",
                        QString::fromStdString(topic), "-o", "beginning", "-e", "-q", "-f",
                        "%k\t%S\t%s\n"});
    if (!kcat.waitForFinished(60000) || kcat.exitCode() != 0) {
        kcat.kill();
        kcat.waitForFinished();
        qWarning() << kcat.readAllStandardError();
        return {};
    }
    QStringList lines = QString::fromUtf8(kcat.readAllStandardOutput()).split('\n');
    lines.removeAll(QString());
    lines.sort();
    return lines;
}

} // namespace

class tst_KafkaSink : public QObject
{
    Q_OBJECT

private slots:
    void everyRowArrivesOnce_data();
    void everyRowArrivesOnce();
    void failedDeliveryFailsTheCommit();
    void refusedConfigFailsBeforeAnyConnection();
    void missingKeyFieldIsReported();
    void valueFieldIsProducedVerbatim();
};

void tst_KafkaSink::everyRowArrivesOnce_data()
{
    QTest::addColumn<QString>("compression");
    QTest::addColumn<QString>("keyField");
    QTest::newRow("zstd, keyed") << "zstd" << "user";
    QTest::newRow("none, keyless") << "none" << "";
    QTest::newRow("gzip, int key") << "gzip" << "id";
    QTest::newRow("lz4, keyed") << "lz4" << "user";
    QTest::newRow("snappy, keyed") << "snappy" << "user";
}

void tst_KafkaSink::everyRowArrivesOnce()
{
    QFETCH(QString, compression);
    QFETCH(QString, keyField);
    SandboxBroker broker(1, 3);
    const std::string topic = "orders";
    broker.createTopic(topic, 3);
    Json params = {{"bootstrap_servers", broker.bootstrapServers()},
                   {"topic", topic},
                   {"compression", compression.toStdString()},
                   {"config", {{"linger.ms", "5"}}}};
    if (!keyField.isEmpty())
        params["key_field"] = keyField.toStdString();
    KafkaSink sink("out", params);
    sink.open(orderSchema());
    QCOMPARE(sink.lastCommittedBatch(), int64_t(-1));
    const int batches = 4, perBatch = 250;
    for (int batch = 0; batch < batches; ++batch) {
        sink.beginBatch(batch);
        sink.write(orders(batch * perBatch, batch * perBatch + perBatch / 2));
        sink.write(orders(batch * perBatch + perBatch / 2, (batch + 1) * perBatch));
        sink.commitBatch();
        QCOMPARE(sink.lastCommittedBatch(), int64_t(batch));
    }
    QCOMPARE(sink.rowsWritten(), uint64_t(batches * perBatch));
    sink.close();

    const std::vector<Consumed> records = consumeAll(broker.bootstrapServers(), topic);
    QCOMPARE(int(records.size()), batches * perBatch);
    std::map<int, int> seen;
    std::map<std::string, int> partitionOfKey;
    for (const Consumed &record : records) {
        const int id = record.value.at("id").get<int>();
        QCOMPARE(record.value, expectedValue(id));
        const std::string key = keyField == "user" ? userOf(id)
                                : keyField == "id" ? std::to_string(id)
                                                   : std::string();
        QCOMPARE(record.key, key);
        if (!key.empty()) { // one key, one partition
            const auto [it, inserted] = partitionOfKey.emplace(key, record.partition);
            QCOMPARE(record.partition, it->second);
        }
        ++seen[id];
    }
    QCOMPARE(int(seen.size()), batches * perBatch);
    for (const auto &[id, count] : seen)
        QCOMPARE(count, 1);
}

// A mock cluster of our own, told to refuse every Produce request with a non-retriable error.
void tst_KafkaSink::failedDeliveryFailsTheCommit()
{
    char reason[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    QCOMPARE(rd_kafka_conf_set(conf, "log_level", "0", reason, sizeof reason), RD_KAFKA_CONF_OK);
    rd_kafka_t *host = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof reason);
    QVERIFY(host);
    rd_kafka_mock_cluster_t *cluster = rd_kafka_mock_cluster_new(host, 1);
    QVERIFY(cluster);
    const std::string topic = "refused_orders";
    QCOMPARE(rd_kafka_mock_topic_create(cluster, topic.c_str(), 1, 1), RD_KAFKA_RESP_ERR_NO_ERROR);
    constexpr int16_t kProduceApi = 0;
    std::vector<rd_kafka_resp_err_t> errors(50, RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED);
    rd_kafka_mock_push_request_errors_array(cluster, kProduceApi, errors.size(), errors.data());
    QString message;
    {
        KafkaSink sink("out", {{"bootstrap_servers", rd_kafka_mock_cluster_bootstraps(cluster)},
                               {"topic", topic}});
        sink.open(orderSchema());
        sink.beginBatch(0);
        sink.write(orders(0, 10));
        try {
            sink.commitBatch();
        } catch (const std::runtime_error &e) {
            message = e.what();
        }
        QCOMPARE(sink.lastCommittedBatch(), int64_t(-1));
    }
    rd_kafka_mock_cluster_destroy(cluster);
    rd_kafka_destroy(host);
    QVERIFY2(message.contains("'refused_orders'"), qPrintable(message));
    QVERIFY2(message.contains(rd_kafka_err2str(RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED)),
             qPrintable(message));
}

void tst_KafkaSink::refusedConfigFailsBeforeAnyConnection()
{
    try {
        KafkaSink sink("out", {{"topic", "t"}, {"config", {{"plugin.library.paths", "x.so"}}}});
        QFAIL("a refused key was accepted");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().size(), size_t(1));
        QCOMPARE(e.problems()[0].param, std::string("config.plugin.library.paths"));
    }
}

void tst_KafkaSink::missingKeyFieldIsReported()
{
    KafkaSink sink("out", {{"topic", "t"}, {"key_field", "nope"}});
    QVERIFY_THROWS_EXCEPTION(PipelineError, sink.open(orderSchema()));
}

// Raw records (a source's key and value) pass through unchanged: not re-encoded as JSON,
// even when the text is not JSON; a null value stays null.
void tst_KafkaSink::valueFieldIsProducedVerbatim()
{
    SandboxBroker broker(1, 1);
    const std::string topic = "raw";
    broker.createTopic(topic, 1);
    KafkaSink sink("out", {{"bootstrap_servers", broker.bootstrapServers()},
                           {"topic", topic},
                           {"key_field", "key"},
                           {"value_field", "value"}});
    sink.open(rawSchema());
    Batch b = Batch::withSchema(rawSchema());
    const std::vector<std::string> values = {R"({"user_id":"u1", "n": 1.50})", "not json {", ""};
    for (size_t i = 0; i < values.size(); ++i) {
        b.columns[0].strings.push_back(b.strings().store("k" + std::to_string(i)));
        b.columns[1].strings.push_back(b.strings().store(values[i]));
    }
    b.columns[0].strings.push_back(b.strings().store("k3"));
    b.columns[1].strings.push_back({});
    b.columns[1].nulls.assign(values.size() + 1, 0);
    b.columns[1].nulls.back() = 1;
    b.rows = values.size() + 1;
    sink.beginBatch(0);
    sink.write(b);
    sink.commitBatch();
    sink.close();
    const QStringList expected = {QString("k0\t27\t") + values[0].c_str(), "k1\t10\tnot json {",
                                  "k2\t0\t", "k3\t-1\t"};
    QCOMPARE(consumeRaw(broker.bootstrapServers(), topic), expected);

    KafkaSink missing("out", {{"topic", "t"}, {"value_field", "nope"}});
    QVERIFY_THROWS_EXCEPTION(PipelineError, missing.open(orderSchema()));
}

QTEST_GUILESS_MAIN(tst_KafkaSink)
#include "tst_kafkasink.moc"
