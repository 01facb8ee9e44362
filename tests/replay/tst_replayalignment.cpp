// A replay reads each partition's records in bulk, one partition after another. With the
// watermark following the largest event time seen, the partitions read later would be
// late; the replay plan aligns the watermark over the partitions the run reads
// (transform.watermark align_partitions), so a replay counts every record, as a
// brute-force window computation over the same records does.
#include "debugrun.h"
#include "replayplan.h"
#include "sandboxbroker.h"
#include "sqlitedb.h"
#include "timestamp.h"

#include "../kafkasource/kafkatesting.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace weir;

namespace {

constexpr int kPartitions = 3;
constexpr int kPerPartition = 2000;
const int64_t kBase = *parseTimestampMs("2026-11-20T08:00:00Z");
const char *const kTypes[] = {"view", "click"};

// Event i of partition p happens at base + (3i + p) seconds: the partitions interleave in
// event time, each spanning 100 minutes.
int64_t eventTime(int partition, int i)
{
    return kBase + (int64_t(kPartitions) * i + partition) * 1000;
}

Json pipelineReading(const std::string &servers, const QString &dir)
{
    return {{"name", "alignment"},
            {"settings", {{"trigger", "once"}}},
            {"nodes",
             Json::array({{{"id", "bulk"},
                           {"type", "source.kafka"},
                           {"params",
                            {{"bootstrap_servers", servers},
                             {"topics", Json::array({"bulk"})},
                             {"starting_offsets", "earliest"},
                             {"commit_offsets", false}}}},
                          {{"id", "parse"},
                           {"type", "transform.parse_json"},
                           {"params",
                            {{"schema", Json::array({{{"name", "event_type"}, {"type", "string"}},
                                                     {{"name", "timestamp"}, {"type", "timestamp"}}})}}}},
                          {{"id", "watermark"},
                           {"type", "transform.watermark"},
                           {"params", {{"event_time", "timestamp"}, {"delay", "1 minute"}}}},
                          {{"id", "counts"},
                           {"type", "window.tumbling"},
                           {"params",
                            {{"size", "1 minute"}, {"group_by", Json::array({"event_type"})},
                             {"aggregates", Json::array({{{"fn", "count"}, {"as", "n"}}})},
                             {"output_mode", "append"}}}},
                          {{"id", "sink"},
                           {"type", "sink.sqlite"},
                           {"params", {{"path", (dir + "/counts.db").toStdString()}, {"table", "counts"}}}},
                          {{"id", "late"},
                           {"type", "sink.file"},
                           {"params", {{"path", (dir + "/late.ndjson").toStdString()}}}}})},
            {"edges",
             Json::array({{{"from", "bulk"}, {"port", "out"}, {"to", "parse"}},
                          {{"from", "parse"}, {"port", "out"}, {"to", "watermark"}},
                          {{"from", "watermark"}, {"port", "out"}, {"to", "counts"}},
                          {{"from", "counts"}, {"port", "out"}, {"to", "sink"}},
                          {{"from", "counts"}, {"port", "late"}, {"to", "late"}}})}};
}

Pipeline toPipeline(const Json &json)
{
    Pipeline pipeline;
    pipeline.name = json["name"];
    pipeline.settings = json["settings"];
    for (const Json &node : json["nodes"])
        pipeline.nodes.push_back({node["id"], node["type"], node["params"], std::nullopt});
    for (const Json &edge : json["edges"])
        pipeline.edges.push_back({edge["from"], edge["port"], edge["to"]});
    return pipeline;
}

// "window_start event_type n" per row, sorted.
QStringList countRows(const std::string &db)
{
    SqliteDb conn(db, false);
    SqliteStatement select(conn, "SELECT window_start, event_type, n FROM counts ORDER BY 1, 2");
    QStringList rows;
    while (select.step())
        rows << QStringLiteral("%1 %2 %3")
                    .arg(select.columnInt(0))
                    .arg(QString::fromUtf8(select.columnText(1).data(), qsizetype(select.columnText(1).size())))
                    .arg(select.columnInt(2));
    return rows;
}

QStringList oracleRows()
{
    std::map<std::pair<int64_t, std::string>, int64_t> windows;
    for (int p = 0; p < kPartitions; ++p)
        for (int i = 0; i < kPerPartition; ++i) {
            const int64_t t = eventTime(p, i);
            ++windows[{t - t % 60000, kTypes[i % 2]}];
        }
    QStringList rows;
    for (const auto &[key, n] : windows)
        rows << QStringLiteral("%1 %2 %3").arg(key.first).arg(QString::fromStdString(key.second)).arg(n);
    return rows;
}

int64_t lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().count('\n');
}

} // namespace

class tst_ReplayAlignment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bulkReadingMakesLateRecordsWithoutAlignment();
    void replayCountsEveryRecord();

private:
    std::unique_ptr<SandboxBroker> m_broker;
    QTemporaryDir m_dir;
};

void tst_ReplayAlignment::initTestCase()
{
    m_broker = std::make_unique<SandboxBroker>(1, kPartitions);
    m_broker->createTopic("bulk", kPartitions);
    TestProducer producer(m_broker->bootstrapServers());
    for (int p = 0; p < kPartitions; ++p)
        for (int i = 0; i < kPerPartition; ++i)
            producer.produce("bulk", p, std::nullopt,
                             Json{{"event_type", kTypes[i % 2]},
                                  {"timestamp", formatTimestampMs(eventTime(p, i))}}
                                 .dump());
    producer.flush();
}

// The precondition: read as a plain trigger-once run, the partitions come one after another
// and the later ones fall behind the watermark the first one moved.
void tst_ReplayAlignment::bulkReadingMakesLateRecordsWithoutAlignment()
{
    const QString dir = m_dir.filePath("plain");
    QVERIFY(QDir().mkpath(dir));
    runToEnd(toPipeline(pipelineReading(m_broker->bootstrapServers(), dir)));
    QVERIFY2(lineCount(dir + "/late.ndjson") > 0, "expected late records without alignment");
    QVERIFY(countRows((dir + "/counts.db").toStdString()) != oracleRows());
}

void tst_ReplayAlignment::replayCountsEveryRecord()
{
    const QString dir = m_dir.filePath("replay");
    QVERIFY(QDir().mkpath(dir));
    const Pipeline pipeline = toPipeline(pipelineReading(m_broker->bootstrapServers(),
                                                         m_dir.filePath("unused")));
    const std::vector<ReplayRange> ranges = {ReplayRange::parse("bulk:..")};
    const ResolvedReplay resolved = resolvePipelineReplay(pipeline, ranges, std::chrono::seconds(10));
    QCOMPARE(replayRecordCount(resolved), int64_t(kPartitions * kPerPartition));
    const ReplayPlan plan = planReplay(pipeline, ranges, resolved, dir.toStdString());
    const MetricsSnapshot last = runToEnd(plan.pipeline);
    QCOMPARE(last.eventsIn, uint64_t(kPartitions * kPerPartition));
    QCOMPARE(last.late, uint64_t(0));
    QCOMPARE(lineCount(dir + "/late.ndjson"), int64_t(0));
    QCOMPARE(countRows(dir.toStdString() + "/sink.db"), oracleRows());
}

QTEST_GUILESS_MAIN(tst_ReplayAlignment)
#include "tst_replayalignment.moc"
