// Backpressure from a stalled sink back to Kafka. weir-run reads a topic of weir-broker (both
// their own processes) as a consumer-group member into SQLite; another connection holds
// BEGIN EXCLUSIVE on the database while a backlog of ~70 MB arrives. The engine's queue
// fills, the source pauses all its partitions (pipeline_paused_partitions) but keeps serving
// the group, so: the backlog stays in Kafka (consumer lag stays high), weir-run's memory
// stays under a stated bound, and no rebalance happens. After the lock is released every
// record lands exactly once.
#include "../cli/weirrunprocess.h"
#include "../common/kafkatosqlite.h"
#include "../common/metricsscrape.h"
#include "../kafkasource/kafkatesting.h"
#include "brokerprocess.h"

#include "pipelinefile.h"
#include "sqlitedb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

using namespace weir;

namespace {

constexpr int kPartitions = 16;
constexpr int kWarmup = 16000;
constexpr int kBacklog = kPartitions * 40000; // ~110 bytes each: ~70 MB, under the
                                              // sandbox's 5 MiB per partition
constexpr int kQueueRecords = 20000;
// Resident memory weir-run may use while stalled: the queue (20,000 records), librdkafka's
// prefetch bound (16 MiB queued + a 16 MiB fetch) and the process itself. Reading the
// backlog instead would hold well over this.
constexpr double kRssBoundMb = 160;

QString pad()
{
    return QString(80, QLatin1Char('x'));
}

std::string record(int id)
{
    return "{\"id\":" + std::to_string(id) + ",\"pad\":\"" + pad().toStdString() + "\"}";
}

int64_t tableCount(const std::string &db)
{
    return std::max<int64_t>(0, recordCount(db));
}

double rssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024;
    }
    return -1;
}

// Sum of every series of `name` in a Prometheus text.
double metricSum(const QString &text, const QString &name)
{
    double sum = 0;
    for (const QString &line : text.split('\n')) {
        if (line.startsWith(name + "{") || line.startsWith(name + " "))
            sum += line.section(' ', -1).toDouble();
    }
    return sum;
}

bool waitFor(const std::function<bool()> &done, int seconds)
{
    QDeadlineTimer deadline(seconds * 1000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

} // namespace

class tst_KafkaBackpressure : public QObject
{
    Q_OBJECT

private slots:
    void stalledSinkPausesPartitions();
};

void tst_KafkaBackpressure::stalledSinkPausesPartitions()
{
    QProcess broker;
    ProcessGuard brokerGuard(broker);
    broker.start(weirBrokerPath(), {"--topic", QStringLiteral("bp:%1").arg(kPartitions)});
    const QString line = readFirstLine(broker);
    QVERIFY2(line.startsWith("bootstrap.servers="), qPrintable(line));
    const std::string servers = line.mid(int(strlen("bootstrap.servers="))).toStdString();
    TestProducer producer(servers);
    int next = 0;
    auto produce = [&](int count) {
        for (int i = 0; i < count; ++i, ++next) {
            producer.produce("bp", next % kPartitions, std::nullopt, record(next));
            if (i % 50000 == 49999)
                producer.flush(); // stay under the producer's queue bound
        }
        producer.flush();
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string db = dir.path().toStdString() + "/out.db";
    const Pipeline p = kafkaToSqlite(
        "backpressure",
        {{"bootstrap_servers", servers},
         {"topics", Json::array({"bp"})},
         {"group_id", "weir-backpressure"},
         {"group_mode", "subscribe"},
         {"starting_offsets", "earliest"},
         {"config", {{"session.timeout.ms", "6000"}, {"heartbeat.interval.ms", "500"}}}},
        Json::array({{{"name", "id"}, {"type", "int"}}, {{"name", "pad"}, {"type", "string"}}}), db,
        {{"trigger", "processing_time"}, {"interval", "200ms"}, {"queue_capacity", kQueueRecords}});
    const QString pipelinePath = dir.path() + "/backpressure.weir.json";
    QFile file(pipelinePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(savePipeline(p)));
    file.close();

    produce(kWarmup);
    const quint16 port = freeLoopbackPort();
    QProcess run;
    ProcessGuard runGuard(run);
    const QString logPath = dir.path() + "/weir-run.log";
    run.setStandardErrorFile(logPath);
    auto log = [&] {
        QFile f(logPath);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    run.start(weirRunPath(),
              {pipelinePath, "--metrics-addr", QStringLiteral("127.0.0.1:%1").arg(port)});
    QVERIFY(run.waitForStarted());
    QVERIFY2(waitFor([&] { return tableCount(db) >= kWarmup; }, 60), qPrintable(log()));

    // Stall the sink, then let a large backlog arrive.
    SqliteDb lock(db, false);
    lock.exec("BEGIN EXCLUSIVE");
    produce(kBacklog);
    QString metrics;
    QVERIFY2(waitFor(
                 [&] {
                     metrics = scrapeMetrics(port);
                     return metricValue(metrics,
                                        "pipeline_paused_partitions{pipeline=\"backpressure\"}")
                         == kPartitions;
                 },
                 30),
             qPrintable(metrics));
    // Lag is refreshed from the brokers every 2 s while fetching is paused: sample longer.
    double peakMb = 0;
    double lag = 0;
    QDeadlineTimer sampling(4500);
    while (!sampling.hasExpired()) {
        peakMb = std::max(peakMb, rssMb(run.processId()));
        lag = std::max(lag, metricSum(scrapeMetrics(port), "pipeline_consumer_lag"));
        QTest::qWait(100);
    }
    qInfo("stalled with a %d-record backlog: weir-run RSS peak %.0f MB, consumer lag %.0f",
          kBacklog, peakMb, lag);
    QVERIFY2(peakMb > 0 && peakMb < kRssBoundMb, qPrintable(QString::number(peakMb)));
    // The backlog stays in Kafka: only the queue, the stalled batch and a chunk were read.
    QVERIFY2(lag >= kBacklog - 3 * kQueueRecords - 20000, qPrintable(QString::number(lag)));

    lock.exec("ROLLBACK");
    if (!waitFor([&] { return tableCount(db) >= next; }, 120)) {
        std::map<int, int> missing; // partition -> records missing
        std::set<int64_t> ids;
        SqliteDb conn(db, false);
        SqliteStatement select(conn, "SELECT id FROM records");
        while (select.step())
            ids.insert(select.columnInt(0));
        for (int id = 0; id < next; ++id)
            missing[id % kPartitions] += ids.contains(id) ? 0 : 1;
        QString text;
        for (const auto &[partition, count] : missing)
            text += QStringLiteral(" p%1:%2").arg(partition).arg(count);
        QFAIL(qPrintable(QStringLiteral("%1 of %2 rows; missing per partition:%3\n%4")
                             .arg(tableCount(db))
                             .arg(next)
                             .arg(text, log())));
    }
    run.terminate();
    QVERIFY(run.waitForFinished(30000));
    QCOMPARE(run.exitCode(), 0);
    const QString err = log();
    QCOMPARE(err.count("consumer group 'weir-backpressure' assigned"), 1);
    QVERIFY2(!err.contains("gave up") && !err.contains("lost"), qPrintable(err));

    SqliteDb conn(db, false);
    SqliteStatement select(conn,
                           "SELECT COUNT(*), COUNT(DISTINCT id), MIN(id), MAX(id) "
                           "FROM records");
    QVERIFY(select.step());
    QCOMPARE(select.columnInt(0), int64_t(next));
    QCOMPARE(select.columnInt(1), int64_t(next));
    QCOMPARE(select.columnInt(2), int64_t(0));
    QCOMPARE(select.columnInt(3), int64_t(next - 1));
}

QTEST_GUILESS_MAIN(tst_KafkaBackpressure)
#include "tst_kafkabackpressure.moc"
