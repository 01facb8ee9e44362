#include "../kafkasource/kafkatesting.h"

#include "kafkaoffsets.h"
#include "sandboxresumecheck.h"

#include <QtTest>

using namespace weir;

// A checkpoint position against the in-process sandbox ("embedded"): refused, with the
// reason, only when it lies beyond what the sandbox holds.
class tst_SandboxResumeCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void positions_data();
    void positions();
};

void tst_SandboxResumeCheck::initTestCase()
{
    const auto broker = SandboxBroker::shared();
    broker->createTopic("kept", 2);
    TestProducer producer(broker->bootstrapServers());
    for (int i = 0; i < 5; ++i)
        producer.produce("kept", 1, std::nullopt, "record " + std::to_string(i));
    producer.flush();
}

void tst_SandboxResumeCheck::positions_data()
{
    QTest::addColumn<QString>("servers");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("partition");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<bool>("continueOnLoss");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("inside") << "embedded" << "kept" << 1 << qint64(5) << false << "";
    QTest::newRow("at the start") << "embedded" << "gone" << 0 << qint64(0) << false << "";
    QTest::newRow("beyond the end")
        << "embedded" << "kept" << 1 << qint64(9) << false
        << "the checkpoint resumes topic 'kept' partition 1 at offset 9, but the embedded "
           "sandbox broker holds 5 record(s) there";
    QTest::newRow("a topic of an earlier run")
        << "embedded" << "gone" << 3 << qint64(42) << false
        << "topic 'gone' partition 3 at offset 42, but the embedded sandbox broker holds 0";
    QTest::newRow("on_data_loss continue") << "embedded" << "gone" << 3 << qint64(42) << true
                                           << "";
    QTest::newRow("another broker") << "127.0.0.1:1" << "gone" << 3 << qint64(42) << false
                                    << "";
}

void tst_SandboxResumeCheck::positions()
{
    QFETCH(QString, servers);
    QFETCH(QString, topic);
    QFETCH(int, partition);
    QFETCH(qint64, offset);
    QFETCH(bool, continueOnLoss);
    QFETCH(QString, error);
    KafkaSourceParams params;
    params.bootstrapServers = servers.toStdString();
    params.topics = {"other", topic.toStdString()};
    params.continueOnDataLoss = continueOnLoss;
    const Positions from = {{kafkaPositionKey(1, partition), offset}};
    QString message;
    try {
        checkSandboxResume(params, from);
    } catch (const std::runtime_error &e) {
        message = e.what();
    }
    if (error.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY2(message.contains("forgets every record when the process exits"), qPrintable(message));
    QVERIFY2(message.contains("weir-broker --topic " + topic + ":4"), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_SandboxResumeCheck)
#include "tst_sandboxresumecheck.moc"
