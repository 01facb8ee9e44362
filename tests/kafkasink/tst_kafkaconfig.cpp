#include "kafkaconfig.h"
#include "nodefactory.h"
#include "pipelinefile.h"
#include "validator.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <librdkafka/rdkafka.h>

using namespace weir;

namespace {

Json kafkaParams(const QString &key, const QString &value, bool allowInsecure)
{
    Json params = {{"topic", "out"}, {"config", {{key.toStdString(), value.toStdString()}}}};
    if (allowInsecure)
        params["allow_insecure_tls"] = true;
    return params;
}

// A whole pipeline file: the generator feeding a Kafka sink with `params`.
Pipeline pipelineWith(const Json &sinkParams)
{
    const Json file = {
        {"format", "weir-pipeline"},
        {"version", 1},
        {"name", "kafka_config"},
        {"nodes", Json::array({{{"id", "events"}, {"type", "source.generator"},
                                {"params", {{"count", 10}}}},
                               {{"id", "to_kafka"}, {"type", "sink.kafka"},
                                {"params", sinkParams}}})},
        {"edges", Json::array({{{"from", "events"}, {"port", "out"}, {"to", "to_kafka"}}})},
    };
    return loadPipeline(file.dump());
}

std::vector<Problem> problemsAt(const std::vector<Problem> &all, const std::string &param)
{
    std::vector<Problem> found;
    for (const Problem &p : all) {
        if (p.param == param)
            found.push_back(p);
    }
    return found;
}

} // namespace

class tst_KafkaConfig : public QObject
{
    Q_OBJECT

private slots:
    void configKeys_data();
    void configKeys();
    void kinitCommandNeverRuns();
    void embeddedResolvesToTheSandbox();
    void applyNamesTheBadKey();
};

void tst_KafkaConfig::configKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("refused");
    QTest::newRow("kinit cmd") << "sasl.kerberos.kinit.cmd" << "touch CANARY" << false << true;
    QTest::newRow("kinit cmd, insecure allowed")
        << "sasl.kerberos.kinit.cmd" << "id" << true << true;
    QTest::newRow("kinit cmd, other case") << "SASL.Kerberos.Kinit.CMD" << "id" << false << true;
    QTest::newRow("plugins") << "plugin.library.paths" << "/tmp/evil.so" << false << true;
    QTest::newRow("ssl engine") << "ssl.engine.location" << "/tmp/evil.so" << false << true;
    QTest::newRow("any .cmd") << "some.future.cmd" << "id" << false << true;
    QTest::newRow("test.*") << "test.mock.num.brokers" << "3" << false << true;
    QTest::newRow("test.*, padded") << " test.mock.num.brokers" << "3" << false << true;
    QTest::newRow("cert verification off")
        << "enable.ssl.certificate.verification" << "false" << false << true;
    QTest::newRow("cert verification 0")
        << "enable.ssl.certificate.verification" << "0" << false << true;
    QTest::newRow("cert verification off, allowed")
        << "enable.ssl.certificate.verification" << "false" << true << false;
    QTest::newRow("cert verification on")
        << "enable.ssl.certificate.verification" << "true" << false << false;
    QTest::newRow("hostname check none")
        << "ssl.endpoint.identification.algorithm" << "none" << false << true;
    QTest::newRow("hostname check empty")
        << "ssl.endpoint.identification.algorithm" << "" << false << true;
    QTest::newRow("hostname check none, allowed")
        << "ssl.endpoint.identification.algorithm" << "none" << true << false;
    QTest::newRow("hostname check https")
        << "ssl.endpoint.identification.algorithm" << "https" << false << false;
    QTest::newRow("linger") << "linger.ms" << "20" << false << false;
    QTest::newRow("client id") << "client.id" << "weir" << false << false;
    QTest::newRow("ca") << "ssl.ca.location" << "/etc/ssl/certs" << false << false;
    QTest::newRow("sasl mechanism") << "sasl.mechanisms" << "PLAIN" << false << false;
}

void tst_KafkaConfig::configKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, refused);
    const Json params = kafkaParams(key, value, allowInsecure);
    const std::string param = "config." + key.toStdString();

    const std::vector<Problem> direct = checkKafkaConfig("k", params);
    QCOMPARE(direct.size(), size_t(refused ? 1 : 0));
    if (refused) {
        QCOMPARE(direct[0].node, std::string("k"));
        QCOMPARE(direct[0].param, param);
    }
    const std::vector<Problem> all = validatePipeline(pipelineWith(params));
    const std::vector<Problem> found = problemsAt(all, param);
    QCOMPARE(found.size(), size_t(refused ? 1 : 0));
    if (refused) {
        QCOMPARE(found[0].node, std::string("to_kafka"));
        QVERIFY(!found[0].message.empty());
    } else {
        QVERIFY2(all.empty(), all.empty() ? "" : all[0].toString().c_str());
    }
}

// The key that made kafka-ui and Kafka Connect run commands: refused by validation, and
// building the node anyway must fail before librdkafka ever sees it.
void tst_KafkaConfig::kinitCommandNeverRuns()
{
    QTemporaryDir dir;
    const QString canary = dir.filePath("CANARY");
    const Json params = {
        {"topic", "out"},
        {"config",
         {{"security.protocol", "sasl_plaintext"},
          {"sasl.mechanisms", "GSSAPI"},
          {"sasl.kerberos.kinit.cmd", "touch " + canary.toStdString()},
          {"sasl.kerberos.min.time.before.relogin", "1"}}}};
    const Pipeline pipeline = pipelineWith(params);
    const std::vector<Problem> problems = validatePipeline(pipeline);
    QCOMPARE(problemsAt(problems, "config.sasl.kerberos.kinit.cmd").size(), size_t(1));

    const NodeSpec *node = pipeline.node("to_kafka");
    QVERIFY(node);
    try {
        std::unique_ptr<Sink> sink = buildSink(*node);
        sink->open(nullptr);
        sink->close();
        QFAIL("a sink with sasl.kerberos.kinit.cmd was built");
    } catch (const PipelineError &e) {
        QCOMPARE(e.problems().at(0).param, std::string("config.sasl.kerberos.kinit.cmd"));
    }
    QVERIFY(!QFileInfo::exists(canary));
}

void tst_KafkaConfig::embeddedResolvesToTheSandbox()
{
    QCOMPARE(resolveBootstrapServers("broker:9092"), std::string("broker:9092"));
    const std::string embedded = resolveBootstrapServers("embedded");
    QVERIFY(embedded.starts_with("127.0.0.1:"));
    QCOMPARE(resolveBootstrapServers("embedded"), embedded);
}

void tst_KafkaConfig::applyNamesTheBadKey()
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    QCOMPARE(applyKafkaConfig(conf, {{"linger.ms", "20"}, {"batch.num.messages", 500}}),
             std::string());
    char value[32];
    size_t size = sizeof value;
    QCOMPARE(rd_kafka_conf_get(conf, "batch.num.messages", value, &size), RD_KAFKA_CONF_OK);
    QCOMPARE(std::string(value), std::string("500"));
    const std::string error = applyKafkaConfig(conf, {{"no.such.property", "1"}});
    rd_kafka_conf_destroy(conf);
    QVERIFY2(error.find("\"no.such.property\"") != std::string::npos, error.c_str());
}

QTEST_GUILESS_MAIN(tst_KafkaConfig)
#include "tst_kafkaconfig.moc"
