// `weir-run PIPELINE --replay ... --sink-dir DIR | --dry-run` end to end against a
// weir-broker process: known JSON events go to a 3-partition topic with known record
// timestamps (which select a time range) and known event times (which drive the windows,
// a day apart from the record times). Each replay's tables must equal a brute-force window
// computation over exactly the records its range names; nothing may be committed to the
// consumer group, and neither the pipeline's own sinks nor its generator may run.
#include "../cli/runoutputs.h"
#include "../cli/weirrunprocess.h"
#include "../kafka/brokerprocess.h"
#include "../kafkasource/kafkatesting.h"
#include "replayoracle.h"

#include "kafkaadmin.h"
#include "sqlitedb.h"
#include "timestamp.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace weir;

namespace {

constexpr int kPartitions = 3;
constexpr int kEvents = 600;
constexpr const char *kGroup = "replay-cli";
const int64_t kRecordBase = *parseTimestampMs("2026-11-26T10:00:00Z");
const int64_t kEventBase = *parseTimestampMs("2026-11-20T08:00:00Z");

QString iso(int64_t ms)
{
    return QString::fromStdString(formatTimestampMs(ms));
}

QStringList tableRows(const QString &db, const char *table)
{
    QStringList rows = eventCountRows(db, table);
    rows.sort(); // as the oracle sorts its rows
    return rows;
}

int64_t lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0; // a sink that got no record may not create its file
    int64_t lines = 0;
    for (const QByteArray &line : file.readAll().split('\n'))
        lines += line.isEmpty() ? 0 : 1;
    return lines;
}

// weir-run with TMPDIR pointed somewhere the test can watch.
WeirRunResult runWithTmp(const QStringList &args, const QString &workDir, const QString &tmp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("TMPDIR", tmp);
    return runWeirRun(args, workDir, 120000, env);
}

} // namespace

using EventFilter = std::function<bool(const ProducedEvent &)>;
Q_DECLARE_METATYPE(EventFilter)

class tst_ReplayCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void replayEqualsOracle_data();
    void replayEqualsOracle();
    void dryRunOnlyCounts();
    void refusesAnUsedSinkDir();
    void usageErrors_data();
    void usageErrors();
    void helpNamesTheOptions();
    void leftNoTrace();

private:
    void produce();
    void writePipeline();
    std::vector<ProducedEvent> selected(const EventFilter &filter) const;
    QString dir(const QString &name) const { return m_dir.path() + "/" + name; }

    QTemporaryDir m_dir;
    QProcess m_broker;
    std::string m_bootstrap;
    std::vector<ProducedEvent> m_events;
    QString m_pipeline;
    int m_runs = 0;
};

void tst_ReplayCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_broker.start(weirBrokerPath(), {"--topic", "clicks:" + QString::number(kPartitions)});
    const QString first = readFirstLine(m_broker);
    QVERIFY2(first.startsWith("bootstrap.servers="), qPrintable(first));
    m_bootstrap = first.mid(int(strlen("bootstrap.servers="))).toStdString();
    produce();
    writePipeline();
    for (const char *sub : {"work", "tmp"})
        QVERIFY(QDir().mkpath(dir(sub)));
    const WeirRunResult valid = runWeirRun({m_pipeline, "--validate"});
    QVERIFY2(valid.exitCode == 0, qPrintable(valid.err));
}

void tst_ReplayCli::cleanupTestCase()
{
    if (m_broker.state() != QProcess::NotRunning) {
        m_broker.kill();
        m_broker.waitForFinished(10000);
    }
}

void tst_ReplayCli::produce()
{
    TestProducer producer(m_bootstrap);
    static const char *const types[] = {"click", "view", "purchase", "signup"};
    std::vector<int64_t> next(kPartitions, 0);
    for (int i = 0; i < kEvents; ++i) {
        ProducedEvent e;
        e.partition = (i * 5 + i / 7) % kPartitions;
        e.offset = next[e.partition]++;
        e.recordTimestampMs = kRecordBase + e.offset * 1000 + e.partition * 13;
        // Event times 2 s apart with up to 45 s of disorder: well within the 1 hour delay.
        e.eventTimeMs = kEventBase + i * 2000 + ((i * 7919) % 91 - 45) * 1000;
        e.user = "u" + std::to_string((i * 37) % 50);
        e.type = types[(i * 3 + i / 11) % 4];
        e.malformed = i % 53 == 7;
        const std::string value
            = e.malformed ? "{\"user_id\": \"" + e.user + "\", broken"
                          : "{\"event_id\":\"e" + std::to_string(i) + "\",\"user_id\":\"" + e.user
                                + "\",\"event_type\":\"" + e.type + "\",\"timestamp\":\""
                                + formatTimestampMs(e.eventTimeMs) + "\"}";
        producer.produce("clicks", e.partition, e.user, value, e.recordTimestampMs);
        m_events.push_back(e);
    }
    producer.flush();
    // The offsets the oracle assumes are the broker's.
    KafkaAdmin admin(m_bootstrap);
    for (const TopicInfo &topic : admin.listTopics(std::chrono::seconds(10)))
        if (topic.name == "clicks")
            for (const PartitionInfo &p : topic.partitions)
                QCOMPARE(p.high, next[size_t(p.id)]);
}

void tst_ReplayCli::writePipeline()
{
    const std::string original = dir("original").toStdString();
    const Json aggregates = Json::array(
        {{{"fn", "count"}, {"as", "event_count"}},
         {{"fn", "count_distinct"}, {"field", "user_id"}, {"as", "unique_users"}}});
    const Json pipeline = {
        {"format", "weir-pipeline"},
        {"version", 1},
        {"name", "replay_cli"},
        {"settings", {{"trigger", "processing_time"}, {"interval", "1 second"}}},
        {"nodes",
         Json::array({
             {{"id", "gen"}, {"type", "source.generator"}, {"params", {{"seed", 3}, {"count", 500}}}},
             {{"id", "to_kafka"},
              {"type", "sink.kafka"},
              {"params",
               {{"bootstrap_servers", m_bootstrap}, {"topic", "generated"},
                {"key_field", "key"}, {"value_field", "value"}}}},
             {{"id", "clicks"},
              {"type", "source.kafka"},
              {"params",
               {{"bootstrap_servers", m_bootstrap}, {"topics", Json::array({"clicks"})},
                {"group_id", kGroup}, {"starting_offsets", "earliest"}}}},
             {{"id", "parse"},
              {"type", "transform.parse_json"},
              {"params",
               {{"schema", Json::array({{{"name", "event_id"}, {"type", "string"}},
                                        {{"name", "user_id"}, {"type", "string"}},
                                        {{"name", "event_type"}, {"type", "string"}},
                                        {{"name", "timestamp"}, {"type", "timestamp"}}})}}}},
             {{"id", "watermark"},
              {"type", "transform.watermark"},
              {"params", {{"event_time", "timestamp"}, {"delay", "1 hour"}}}},
             {{"id", "tumbling"},
              {"type", "window.tumbling"},
              {"params",
               {{"size", "1 minute"}, {"group_by", Json::array({"event_type"})},
                {"aggregates", aggregates}, {"output_mode", "append"}}}},
             {{"id", "sliding"},
              {"type", "window.sliding"},
              {"params",
               {{"size", "5 minutes"}, {"slide", "1 minute"},
                {"group_by", Json::array({"event_type"})}, {"aggregates", aggregates},
                {"output_mode", "update"}}}},
             {{"id", "tumbling_sink"},
              {"type", "sink.sqlite"},
              {"params", {{"path", original + "/tumbling.db"}, {"table", "tumbling_counts"}}}},
             {{"id", "sliding_sink"},
              {"type", "sink.sqlite"},
              {"params", {{"path", original + "/sliding.db"}, {"table", "sliding_counts"}}}},
             {{"id", "dead_letters"},
              {"type", "sink.file"},
              {"params", {{"path", original + "/dead_letters.ndjson"}}}},
         })},
        {"edges",
         Json::array({{{"from", "gen"}, {"port", "out"}, {"to", "to_kafka"}},
                      {{"from", "clicks"}, {"port", "out"}, {"to", "parse"}},
                      {{"from", "parse"}, {"port", "out"}, {"to", "watermark"}},
                      {{"from", "parse"}, {"port", "errors"}, {"to", "dead_letters"}},
                      {{"from", "watermark"}, {"port", "out"}, {"to", "tumbling"}},
                      {{"from", "watermark"}, {"port", "out"}, {"to", "sliding"}},
                      {{"from", "tumbling"}, {"port", "out"}, {"to", "tumbling_sink"}},
                      {{"from", "sliding"}, {"port", "out"}, {"to", "sliding_sink"}}})}};
    m_pipeline = dir("replay_cli.weir.json");
    QFile file(m_pipeline);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(pipeline.dump(2)));
}

std::vector<ProducedEvent> tst_ReplayCli::selected(const EventFilter &filter) const
{
    std::vector<ProducedEvent> events;
    for (const ProducedEvent &e : m_events)
        if (filter(e))
            events.push_back(e);
    return events;
}

void tst_ReplayCli::replayEqualsOracle_data()
{
    QTest::addColumn<QStringList>("replays");
    QTest::addColumn<EventFilter>("filter");
    QTest::newRow("offsets, every partition")
        << QStringList{"clicks:20..90"}
        << EventFilter([](const ProducedEvent &e) { return e.offset >= 20 && e.offset < 90; });
    QTest::newRow("one partition")
        << QStringList{"clicks:1:10..150"} << EventFilter([](const ProducedEvent &e) {
               return e.partition == 1 && e.offset >= 10 && e.offset < 150;
           });
    QTest::newRow("two partitions, open ends")
        << QStringList{"clicks:0:..50", "clicks:2:100.."} << EventFilter([](const ProducedEvent &e) {
               return (e.partition == 0 && e.offset < 50) || (e.partition == 2 && e.offset >= 100);
           });
    QTest::newRow("past the end is clamped")
        << QStringList{"clicks:150..100000"}
        << EventFilter([](const ProducedEvent &e) { return e.offset >= 150; });
    // Record times: partition p's k-th record at base + k s + 13p ms. 10:02:00 is the
    // time of partition 0's record 120, which the exclusive TO leaves out.
    const int64_t from = kRecordBase + 30500;
    const int64_t to = kRecordBase + 120000;
    QTest::newRow("time range")
        << QStringList{"clicks:" + iso(from) + ".." + iso(to)}
        << EventFilter([=](const ProducedEvent &e) {
               return e.recordTimestampMs >= from && e.recordTimestampMs < to;
           });
    QTest::newRow("time range, one partition, +01:00")
        << QStringList{"clicks:1:2026-11-26T11:01:00+01:00..2026-11-26T11:03:00.013+01:00"}
        << EventFilter([](const ProducedEvent &e) {
               return e.partition == 1 && e.recordTimestampMs >= kRecordBase + 60000
                      && e.recordTimestampMs < kRecordBase + 180013;
           });
}

void tst_ReplayCli::replayEqualsOracle()
{
    QFETCH(QStringList, replays);
    QFETCH(EventFilter, filter);
    const std::vector<ProducedEvent> events = selected(filter);
    QVERIFY(events.size() > 20);

    const QString out = dir("out" + QString::number(++m_runs) + "/nested");
    QStringList args{m_pipeline, "--quiet", "--sink-dir", out};
    for (const QString &r : replays)
        args << "--replay" << r;
    const WeirRunResult run = runWeirRun(args, dir("work"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("replaying %1 records").arg(events.size())),
             qPrintable(run.err));

    const QStringList tumbling = oracleWindowRows(events, 60000, 60000);
    const QStringList sliding = oracleWindowRows(events, 300000, 60000);
    QCOMPARE(tableRows(out + "/tumbling_sink.db", "tumbling_counts"), tumbling);
    QCOMPARE(tableRows(out + "/sliding_sink.db", "sliding_counts"), sliding);
    QCOMPARE(lineCount(out + "/dead_letters.ndjson"), malformedCount(events));

    const QStringList printed = run.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(printed,
             (QStringList{
                 QStringLiteral("tumbling_sink: sink.sqlite -> %1/tumbling_sink.db table "
                                "tumbling_counts (%2 rows)")
                     .arg(out)
                     .arg(tumbling.size()),
                 QStringLiteral("sliding_sink: sink.sqlite -> %1/sliding_sink.db table "
                                "sliding_counts (%2 rows)")
                     .arg(out)
                     .arg(sliding.size()),
                 QStringLiteral("dead_letters: sink.file -> %1/dead_letters.ndjson (%2 lines)")
                     .arg(out)
                     .arg(malformedCount(events)),
             }));
}

void tst_ReplayCli::dryRunOnlyCounts()
{
    const std::vector<ProducedEvent> events = selected(
        [](const ProducedEvent &e) { return e.partition != 1 && e.offset >= 33; });
    const QString out = dir("dry");
    const WeirRunResult run = runWithTmp({m_pipeline, "--quiet", "--replay", "clicks:0:33..",
                                          "--replay", "clicks:2:33..", "--dry-run"},
                                         dir("work"), dir("tmp"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.split('\n', Qt::SkipEmptyParts),
             (QStringList{
                 QStringLiteral("tumbling_sink: sink.sqlite: %1 rows")
                     .arg(oracleWindowRows(events, 60000, 60000).size()),
                 QStringLiteral("sliding_sink: sink.sqlite: %1 rows")
                     .arg(oracleWindowRows(events, 300000, 60000).size()),
                 QStringLiteral("dead_letters: sink.file: %1 lines").arg(malformedCount(events)),
             }));
    // The scratch directory is gone and no other was made.
    QVERIFY(QDir(dir("tmp")).isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void tst_ReplayCli::refusesAnUsedSinkDir()
{
    const QString out = dir("used");
    const QStringList args{m_pipeline, "--quiet", "--replay", "clicks:0:0..10", "--sink-dir", out};
    const WeirRunResult first = runWeirRun(args, dir("work"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QStringList before = tableRows(out + "/tumbling_sink.db", "tumbling_counts");
    const WeirRunResult second = runWeirRun(args, dir("work"));
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(out + "/tumbling_sink.db exists already"),
             qPrintable(second.err));
    QCOMPARE(tableRows(out + "/tumbling_sink.db", "tumbling_counts"), before);
}

void tst_ReplayCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString sinkDir = dir("never");
    QTest::newRow("replay alone") << QStringList{"--replay", "clicks:.."}
                                  << "--replay needs --sink-dir DIR (where the sinks write) or "
                                     "--dry-run";
    QTest::newRow("both outputs")
        << QStringList{"--replay", "clicks:..", "--sink-dir", sinkDir, "--dry-run"}
        << "--replay takes either --sink-dir DIR or --dry-run, not both";
    QTest::newRow("sink dir alone") << QStringList{"--sink-dir", sinkDir}
                                    << "--sink-dir goes with --replay";
    QTest::newRow("dry run alone") << QStringList{"--dry-run"} << "--dry-run goes with --replay";
    QTest::newRow("checkpoint")
        << QStringList{"--replay", "clicks:..", "--dry-run", "--checkpoint", dir("c.ckpt")}
        << "--replay cannot use --checkpoint";
    QTest::newRow("duration") << QStringList{"--replay", "clicks:..", "--dry-run", "--duration",
                                             "5"}
                              << "--replay cannot be combined with --duration";
    QTest::newRow("bad range") << QStringList{"--replay", "clicks", "--dry-run"}
                               << "--replay: replay range 'clicks': no ':' after the topic";
    QTest::newRow("bad bound") << QStringList{"--replay", "clicks:0:yesterday..", "--dry-run"}
                               << "FROM 'yesterday' is neither an offset nor an ISO-8601 time";
    QTest::newRow("topic nobody reads")
        << QStringList{"--replay", "generated:..", "--sink-dir", sinkDir}
        << "no source.kafka of pipeline 'replay_cli' reads topic 'generated'";
    QTest::newRow("no such partition")
        << QStringList{"--replay", "clicks:7:..", "--sink-dir", sinkDir}
        << "topic 'clicks' has no partition 7 (it has 0, 1, 2)";
    QTest::newRow("partition twice")
        << QStringList{"--replay", "clicks:..10", "--replay", "clicks:1:5..", "--dry-run"}
        << "partition clicks:1 is already in another replay range";
    QTest::newRow("from after to, resolved")
        << QStringList{"--replay", "clicks:0:100.." + iso(kRecordBase + 10000), "--dry-run"}
        << "on partition clicks:0 FROM is offset 100, after TO at offset 10";
}

void tst_ReplayCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const WeirRunResult run = runWithTmp(QStringList{m_pipeline} + args, dir("work"), dir("tmp"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(dir("never")));
    QVERIFY(QDir(dir("tmp")).isEmpty());
}

void tst_ReplayCli::helpNamesTheOptions()
{
    const WeirRunResult help = runWeirRun({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--replay TOPIC[:PARTITION]:FROM..TO", "--sink-dir DIR", "--dry-run"})
        QVERIFY2(help.out.contains(option), option);
}

void tst_ReplayCli::leftNoTrace()
{
    // The group was never committed to, though every replay read through it.
    KafkaAdmin admin(m_bootstrap);
    QVERIFY(admin.groupOffsets(kGroup, std::chrono::seconds(10)).partitions.empty());
    // The pipeline's own sinks were never opened, the working directory stays empty, and the
    // generator that feeds `generated` in the same file never ran.
    QVERIFY(!QFileInfo::exists(dir("original")));
    QVERIFY(QDir(dir("work")).isEmpty());
    for (const TopicInfo &topic : admin.listTopics(std::chrono::seconds(10)))
        if (topic.name == "generated")
            for (const PartitionInfo &p : topic.partitions)
                QCOMPARE(p.high, int64_t(0));
    // The topic still holds everything produced.
    int64_t records = 0;
    for (const TopicInfo &topic : admin.listTopics(std::chrono::seconds(10)))
        if (topic.name == "clicks")
            for (const PartitionInfo &p : topic.partitions)
                records += p.high;
    QCOMPARE(records, int64_t(kEvents));
}

QTEST_GUILESS_MAIN(tst_ReplayCli)
#include "tst_replaycli.moc"
