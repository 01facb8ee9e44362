#include "brokerprocess.h"

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

namespace {

const int kMessages = 1000;
const QString kPython = QStringLiteral("/usr/bin/python3"); // the one with python3-kafka

// Produces "KEY VALUE" lines read from stdin, or consumes `count` messages and prints them.
const char *kScript = R"(import sys
from kafka import KafkaConsumer, KafkaProducer
mode, servers, topic = sys.argv[1], sys.argv[2], sys.argv[3]
if mode == "produce":
    producer = KafkaProducer(bootstrap_servers=servers)
    for line in sys.stdin.read().splitlines():
        key, value = line.split(" ", 1)
        producer.send(topic, key=key.encode(), value=value.encode())
    producer.flush(timeout=30)
    producer.close()
else:
    count = int(sys.argv[4])
    consumer = KafkaConsumer(topic, bootstrap_servers=servers, group_id=None,
                             auto_offset_reset="earliest", consumer_timeout_ms=20000)
    seen = 0
    for message in consumer:
        print(message.key.decode(), message.value.decode())
        seen += 1
        if seen == count:
            break
    consumer.close()
)";

QStringList keyedLines()
{
    QStringList lines;
    for (int i = 0; i < kMessages; ++i)
        lines << QStringLiteral("user-%1 event-%2").arg(i % 37).arg(i);
    return lines;
}

QStringList sortedLines(const QByteArray &text)
{
    QStringList lines = QString::fromUtf8(text).split('\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

} // namespace

class tst_WeirBroker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void kcatProducesPythonConsumes();
    void pythonProducesKcatConsumes();
    void sigtermStopsWithExitZero();
    void help();
    void badArguments_data();
    void badArguments();

private:
    QString startBroker();
    QString writeScript();

    QProcess *m_broker = nullptr;
    QTemporaryDir m_dir;
};

void tst_WeirBroker::init()
{
    m_broker = new QProcess(this);
}

void tst_WeirBroker::cleanup()
{
    {
        ProcessGuard guard(*m_broker); // kills a broker the test left running
    }
    delete m_broker;
    m_broker = nullptr;
}

// Starts `weir-broker --topic events:3` and returns its bootstrap servers.
QString tst_WeirBroker::startBroker()
{
    m_broker->start(weirBrokerPath(), {"--topic", "events:3"});
    const QString first = readFirstLine(*m_broker);
    if (!first.startsWith("bootstrap.servers=127.0.0.1:"))
        qWarning() << "first line:" << first << m_broker->readAllStandardError();
    return first.startsWith("bootstrap.servers=") ? first.section('=', 1) : QString();
}

QString tst_WeirBroker::writeScript()
{
    const QString path = m_dir.filePath("kafkaclient.py");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(kScript);
    return path;
}

void tst_WeirBroker::kcatProducesPythonConsumes()
{
    const QString servers = startBroker();
    QVERIFY(!servers.isEmpty());
    const QStringList lines = keyedLines();
    QByteArray input = lines.join('\n').replace(' ', ':').toUtf8() + '\n';
    const auto produced = runTool("kcat", {"-P", "-b", servers, "-t", "events", "-K:"}, input);
    QVERIFY2(produced.exitCode == 0, produced.err.constData());

    const auto consumed = runTool(kPython, {writeScript(), "consume", servers, "events",
                                            QString::number(kMessages)});
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    QStringList expected = lines;
    expected.sort();
    QCOMPARE(sortedLines(consumed.out), expected); // each exactly once, with its key
}

void tst_WeirBroker::pythonProducesKcatConsumes()
{
    const QString servers = startBroker();
    QVERIFY(!servers.isEmpty());
    const QStringList lines = keyedLines();
    const auto produced = runTool(kPython, {writeScript(), "produce", servers, "events"},
                                  lines.join('\n').toUtf8() + '\n');
    QVERIFY2(produced.exitCode == 0, produced.err.constData());

    const auto consumed = runTool("kcat", {"-C", "-b", servers, "-t", "events", "-o",
                                           "beginning", "-e", "-f", "%k %s\n"});
    QVERIFY2(consumed.exitCode == 0, consumed.err.constData());
    QStringList expected = lines;
    expected.sort();
    QCOMPARE(sortedLines(consumed.out), expected);
    // --topic events:3 made three partitions, and keys spread over all of them.
    const auto metadata = runTool("kcat", {"-L", "-b", servers, "-t", "events"});
    QVERIFY2(metadata.out.contains("\"events\" with 3 partitions"), metadata.out.constData());
}

void tst_WeirBroker::sigtermStopsWithExitZero()
{
    QVERIFY(!startBroker().isEmpty());
    ::kill(pid_t(m_broker->processId()), SIGTERM);
    QVERIFY(m_broker->waitForFinished(20000));
    QCOMPARE(m_broker->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_broker->exitCode(), 0);
}

void tst_WeirBroker::help()
{
    const auto r = runTool(weirBrokerPath(), {"--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *text : {"--brokers", "--partitions", "--topic", "in memory", "5 MiB",
                             "100,000 message sets", "SASL/TLS"})
        QVERIFY2(r.out.contains(text), text);
}

void tst_WeirBroker::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expectedInError");
    QTest::newRow("unknown option") << QStringList{"--bogus"} << "unknown argument '--bogus'";
    QTest::newRow("zero brokers") << QStringList{"--brokers", "0"} << "--brokers";
    QTest::newRow("missing value") << QStringList{"--partitions"} << "needs a value";
    QTest::newRow("bad partition count") << QStringList{"--topic", "events:x"} << "PARTITIONS";
    QTest::newRow("empty topic name") << QStringList{"--topic", ":3"} << "NAME";
}

void tst_WeirBroker::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expectedInError);
    const auto r = runTool(weirBrokerPath(), args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(expectedInError.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("Usage: weir-broker"), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_WeirBroker)
#include "tst_weirbroker.moc"
