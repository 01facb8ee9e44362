#include "deadletterpanel.h"
#include "deadletterview.h"
#include "debugcontroller.h"
#include "designeractions.h"
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "kafkabrowser.h"
#include "mainwindow.h"
#include "pipelineeditor.h"
#include "pipelinescene.h"
#include "previewcontroller.h"
#include "previewpanel.h"
#include "replaypanel.h"
#include "replayrangeform.h"
#include "resultdiffview.h"
#include "resulttable.h"
#include "resulttableview.h"
#include "sandboxbroker.h"
#include "sqlitedb.h"
#include "timestamp.h"
#include "../app/windowtesting.h"

#include "../kafkasource/kafkatesting.h"
#include "../replay/replayoracle.h"

#include <QAbstractItemModel>
#include <QDockWidget>
#include <QTableView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace weir;

namespace {

const char *const kTopic = "debug_window_events";
const int kPartitions = 3;
const int kEvents = 300;
const int64_t kEventBase = *parseTimestampMs("2026-11-20T08:00:00Z");
const char *const kTypes[] = {"view", "click", "buy"};

Json eventSchema(const char *timestampType)
{
    return Json::array({{{"name", "event_id"}, {"type", "string"}},
                        {{"name", "user_id"}, {"type", "string"}},
                        {{"name", "event_type"}, {"type", "string"}},
                        {{"name", "timestamp"}, {"type", timestampType}}});
}

// Kafka topic -> parse -> watermark -> tumbling 1 min count + distinct users -> SQLite,
// parse errors -> NDJSON: the shape of the article's pipeline, reading the sandbox.
Json replayPipeline()
{
    const Json aggregates = Json::array({{{"fn", "count"}, {"as", "event_count"}},
                                         {{"fn", "count_distinct"}, {"field", "user_id"},
                                          {"as", "unique_users"}}});
    return {{"format", "weir-pipeline"},
            {"version", 1},
            {"name", "debug_window"},
            {"nodes",
             Json::array({{{"id", "events"},
                           {"type", "source.kafka"},
                           {"params",
                            {{"bootstrap_servers", "embedded"},
                             {"topics", Json::array({kTopic})},
                             {"starting_offsets", "earliest"}}}},
                          {{"id", "parse"},
                           {"type", "transform.parse_json"},
                           {"params", {{"schema", eventSchema("timestamp")}}}},
                          {{"id", "watermark"},
                           {"type", "transform.watermark"},
                           {"params", {{"event_time", "timestamp"}, {"delay", "1 hour"}}}},
                          {{"id", "counts"},
                           {"type", "window.tumbling"},
                           {"params",
                            {{"size", "1 minute"}, {"group_by", Json::array({"event_type"})},
                             {"aggregates", aggregates}, {"output_mode", "append"}}}},
                          {{"id", "sink"},
                           {"type", "sink.sqlite"},
                           {"params", {{"path", "counts.db"}, {"table", "counts"}}}},
                          {{"id", "dead_letters"},
                           {"type", "sink.file"},
                           {"params", {{"path", "dead_letters.ndjson"}}}}})},
            {"edges",
             Json::array({{{"from", "events"}, {"port", "out"}, {"to", "parse"}},
                          {{"from", "parse"}, {"port", "out"}, {"to", "watermark"}},
                          {{"from", "parse"}, {"port", "errors"}, {"to", "dead_letters"}},
                          {{"from", "watermark"}, {"port", "out"}, {"to", "counts"}},
                          {{"from", "counts"}, {"port", "out"}, {"to", "sink"}}})}};
}

// "window_start window_end event_type event_count unique_users", sorted, as the oracle
// writes them.
QStringList resultRows(const SinkRedirect &sink)
{
    const ResultTable table = readResult(sink);
    const int start = table.columnIndex("window_start");
    const int end = table.columnIndex("window_end");
    const int type = table.columnIndex("event_type");
    const int count = table.columnIndex("event_count");
    const int users = table.columnIndex("unique_users");
    QStringList rows;
    for (const ResultTable::Row &row : table.rows)
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(row[size_t(start)].get<int64_t>())
                    .arg(row[size_t(end)].get<int64_t>())
                    .arg(QString::fromStdString(row[size_t(type)].get<std::string>()))
                    .arg(row[size_t(count)].get<int64_t>())
                    .arg(row[size_t(users)].get<int64_t>());
    rows.sort();
    return rows;
}

// The oracle rows keyed by "window_start window_end event_type".
std::map<QString, QString> byKey(const QStringList &rows)
{
    std::map<QString, QString> keyed;
    for (const QString &row : rows)
        keyed[row.section(' ', 0, 2)] = row.section(' ', 3);
    return keyed;
}

} // namespace

// The Debug menu in the real window, on the in-process sandbox broker: replays of exact
// ranges against a brute-force window oracle and the diff of two replays, the topic
// browser's "replay selection", the data preview per node, and dead letters re-driven
// into the real sink after a schema fix.
class tst_DebugWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void replayEqualsOracleAndDiffsWithThePrevious();
    void browserSelectionPrefillsTheReplay();
    void previewShowsEachNodesRecords();
    void deadLettersRedriveIntoTheSinkAfterASchemaFix();

private:
    QString writePipeline(const Json &pipeline, const QString &name);
    void openReplay(const std::map<int32_t, OffsetRange> &ranges);
    std::vector<ProducedEvent> selected(const std::map<int32_t, OffsetRange> &ranges) const;

    QTemporaryDir m_data;
    std::vector<ProducedEvent> m_events;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DebugWindow::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("WEIR_DATA_DIR", m_data.path().toUtf8());
    SandboxBroker::shared()->createTopic(kTopic, kPartitions);
    TestProducer producer(SandboxBroker::shared()->bootstrapServers());
    int64_t next[kPartitions] = {};
    for (int i = 0; i < kEvents; ++i) {
        ProducedEvent event;
        event.partition = i % kPartitions;
        event.offset = next[event.partition]++;
        event.eventTimeMs = kEventBase + int64_t(i) * 7000;
        event.user = "u" + std::to_string(i % 17);
        event.type = kTypes[(i / 5) % 3];
        event.malformed = i % 25 == 7;
        const std::string value
            = event.malformed ? "{\"event_id\": broken"
                              : Json{{"event_id", "e" + std::to_string(i)},
                                     {"user_id", event.user},
                                     {"event_type", event.type},
                                     {"timestamp", formatTimestampMs(event.eventTimeMs)}}
                                    .dump();
        producer.produce(kTopic, event.partition, event.user, value);
        m_events.push_back(event);
    }
    producer.flush();
}

void tst_DebugWindow::init()
{
    useTestSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->document()->setScratchDirectory(m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DebugWindow::cleanup()
{
    m_window->editor()->undoStack()->setClean();
    m_window.reset();
}

QString tst_DebugWindow::writePipeline(const Json &pipeline, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray::fromStdString(pipeline.dump(2)));
    return path;
}

std::vector<ProducedEvent> tst_DebugWindow::selected(const std::map<int32_t, OffsetRange> &ranges) const
{
    std::vector<ProducedEvent> events;
    for (const ProducedEvent &event : m_events) {
        const auto range = ranges.find(event.partition);
        if (range != ranges.end() && event.offset >= range->second.from
            && event.offset < range->second.to)
            events.push_back(event);
    }
    return events;
}

// Opens the replay panel from the menu and sets the offsets once the partitions are known.
void tst_DebugWindow::openReplay(const std::map<int32_t, OffsetRange> &ranges)
{
    ReplayPanel *panel = m_window->debug()->replayPanel();
    m_window->actions()->replay->trigger();
    QVERIFY(panel->parentWidget()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(panel->form()->selectedRecords(), int64_t(kEvents), 20000);
    panel->form()->setOnlyRanges(ranges);
}

void tst_DebugWindow::replayEqualsOracleAndDiffsWithThePrevious()
{
    QCOMPARE(m_window->document()->open(writePipeline(replayPipeline(), "replay.weir.json")),
             QString());
    ReplayPanel *panel = m_window->debug()->replayPanel();
    const std::map<int32_t, OffsetRange> first = {{0, {0, 40}}, {1, {10, 70}}};
    openReplay(first);
    QVERIFY(panel->startReplay());
    QTRY_COMPARE_WITH_TIMEOUT(panel->replays().size(), size_t(1), 60000);
    const ReplayRecord &one = panel->replays()[0];
    QCOMPARE(one.recordsRead, uint64_t(40 + 60));
    QCOMPARE(one.sinks.size(), size_t(2));
    const QStringList oracleOne = oracleWindowRows(selected(first), 60000, 60000);
    QCOMPARE(resultRows(one.sinks[0]), oracleOne);
    QCOMPARE(one.sinkRecords[1], malformedCount(selected(first)));
    // The Results tab shows the window bounds as times (the sink declares them TIMESTAMP).
    const QAbstractItemModel *shown = panel->results()->resultView()->tableView()->model();
    QCOMPARE(shown->rowCount(), int(oracleOne.size()));
    QStringList starts;
    for (int row = 0; row < shown->rowCount(); ++row)
        starts << shown->index(row, 0).data().toString();
    QVERIFY2(starts.contains(QString::fromStdString(formatTimestampMs(
                 oracleOne.front().section(' ', 0, 0).toLongLong()))),
             qPrintable(starts.join(", ")));

    // A wider range: the diff against the first replay equals the oracles' difference.
    const std::map<int32_t, OffsetRange> second = {{0, {0, 100}}, {2, {0, 30}}};
    openReplay(second);
    QVERIFY(panel->startReplay());
    QTRY_COMPARE_WITH_TIMEOUT(panel->replays().size(), size_t(2), 60000);
    const QStringList oracleTwo = oracleWindowRows(selected(second), 60000, 60000);
    QCOMPARE(resultRows(panel->replays()[1].sinks[0]), oracleTwo);
    const std::map<QString, QString> before = byKey(oracleOne);
    const std::map<QString, QString> after = byKey(oracleTwo);
    size_t added = 0, removed = 0, changed = 0, unchanged = 0;
    for (const auto &[key, values] : after) {
        const auto old = before.find(key);
        if (old == before.end())
            ++added;
        else if (old->second != values)
            ++changed;
        else
            ++unchanged;
    }
    for (const auto &[key, values] : before)
        removed += after.contains(key) ? 0 : 1;
    QVERIFY(added > 0 && removed > 0 && changed > 0);
    const std::vector<SinkDiff> &diffs = panel->results()->diffView()->diffs();
    QCOMPARE(diffs.size(), size_t(2));
    QCOMPARE(diffs[0].node, std::string("sink"));
    QCOMPARE(diffs[0].diff.added.size(), added);
    QCOMPARE(diffs[0].diff.removed.size(), removed);
    QCOMPARE(diffs[0].diff.changed.size(), changed);
    QCOMPARE(diffs[0].diff.unchanged, unchanged);
    QVERIFY(panel->results()->diffView()->isVisible());
    // Debug runs leave the document's own sinks alone.
    QVERIFY(!QFile::exists(m_dir->filePath("counts.db")));
    QVERIFY(!QFile::exists(m_dir->filePath("dead_letters.ndjson")));
    m_window->grab().save(m_data.filePath("replay.png"));

    // A dry run counts and keeps nothing.
    openReplay(first);
    panel->setDryRun(true);
    QVERIFY(panel->startReplay());
    QTRY_COMPARE_WITH_TIMEOUT(panel->replays().size(), size_t(3), 60000);
    QVERIFY(panel->replays()[2].directory.isEmpty());
    QCOMPARE(panel->replays()[2].sinkRecords[0], int64_t(oracleOne.size()));

    // Cancel while the range is still being resolved: no run, nothing recorded.
    QSignalSpy failed(panel, &ReplayPanel::replayFailed);
    QVERIFY(panel->startReplay());
    QVERIFY(panel->isRunning());
    panel->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY2(failed[0][0].toString().contains("cancelled"), qPrintable(failed[0][0].toString()));
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->replays().size(), size_t(3));
}

void tst_DebugWindow::browserSelectionPrefillsTheReplay()
{
    QCOMPARE(m_window->document()->open(writePipeline(replayPipeline(), "browse.weir.json")),
             QString());
    m_window->actions()->browseTopics->trigger();
    KafkaBrowser *browser = m_window->debug()->browser();
    QVERIFY(browser->parentWidget()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(browser->isConnected(), 20000);
    emit browser->replayRequested(QString::fromLatin1(kTopic), {{1, {5, 9}}, {2, {0, 3}}});
    ReplayPanel *panel = m_window->debug()->replayPanel();
    QVERIFY(panel->parentWidget()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(panel->form()->selectedRecords(), int64_t(4 + 3), 20000);
    QString error;
    const auto ranges = panel->form()->ranges(error);
    QVERIFY2(ranges, qPrintable(error));
    QCOMPARE(ranges->size(), size_t(kPartitions));
    QCOMPARE((*ranges)[1].from, ReplayBound::offset(5));
    QCOMPARE((*ranges)[1].to, ReplayBound::offset(9));
    QCOMPARE((*ranges)[0].from, (*ranges)[0].to); // a partition the selection lacks: nothing
}

void tst_DebugWindow::previewShowsEachNodesRecords()
{
    const int records = 200;
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("events", "malformed", 0.1);
    PreviewController *preview = m_window->debug()->preview();
    preview->setRecords(records);
    QSignalSpy finished(preview, &PreviewController::finished);
    m_window->actions()->previewData->trigger();
    QVERIFY(preview->parentWidget()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

    // Clicking a node on the canvas shows what it sent.
    PreviewPanel *panel = preview->panel();
    m_window->scene()->selectNodes({"events"});
    QTRY_COMPARE(panel->node(), QString("events"));
    QCOMPARE(panel->recordCount(), quint64(records));
    // Oracle: the generator's values that are JSON objects with the schema's fields as text
    // and a readable timestamp.
    quint64 parseable = 0;
    for (const Json &record : panel->result().records("events", "out", records)) {
        const Json event = Json::parse(record.value("value", std::string()), nullptr, false);
        const auto text = [&event](const char *field) {
            return event.contains(field) && event[field].is_string();
        };
        parseable += event.is_object() && text("event_id") && text("user_id")
                             && text("event_type") && text("timestamp")
                             && parseTimestampMs(event["timestamp"].get<std::string>())
                         ? 1
                         : 0;
    }
    QVERIFY(parseable < quint64(records)); // 10% malformed
    m_window->scene()->selectNodes({"parse"});
    QTRY_COMPARE(panel->node(), QString("parse"));
    panel->showPort("out");
    QCOMPARE(panel->recordCount(), parseable);
    QCOMPARE(quint64(panel->table()->rowCount()), parseable);
    panel->showPort("errors");
    QCOMPARE(panel->recordCount(), quint64(records) - parseable);
    // Its sinks were redirected: nothing in the document's folder.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    preview->grab().save(m_data.filePath("preview.png"));

    // A sample file instead of the generator: exactly its records, the bad one on errors.
    QFile sample(m_dir->filePath("sample.ndjson"));
    QVERIFY(sample.open(QIODevice::WriteOnly));
    sample.write("{\"event_id\":\"a\",\"user_id\":\"u1\",\"event_type\":\"view\","
                 "\"timestamp\":\"2026-11-26T10:00:00Z\"}\n"
                 "{\"event_id\":\"b\",\"user_id\":\"u2\",\"event_type\":\"buy\","
                 "\"timestamp\":\"2026-11-26T10:00:05Z\"}\n"
                 "not json\n");
    sample.close();
    preview->setSample("events", sample.fileName());
    m_window->actions()->previewData->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    m_window->scene()->selectNodes({"parse"});
    QTRY_COMPARE(panel->node(), QString("parse"));
    panel->showPort("out");
    QCOMPARE(panel->recordCount(), quint64(2));
    QCOMPARE(panel->table()->rowCount(), 2);
    panel->showPort("errors");
    QCOMPARE(panel->recordCount(), quint64(1));
}

void tst_DebugWindow::deadLettersRedriveIntoTheSinkAfterASchemaFix()
{
    // 40 records: every 5th carries n as text (refused while n is an int), two are not JSON.
    QStringList lines;
    QStringList textual;
    for (int i = 0; i < 40; ++i) {
        if (i == 13 || i == 27) {
            lines << QStringLiteral("{\"name\": \"r%1\", broken").arg(i);
            continue;
        }
        const QString n = i % 5 == 0 ? QStringLiteral("\"x%1\"").arg(i) : QString::number(i);
        lines << QStringLiteral("{\"name\": \"r%1\", \"n\": %2}").arg(i).arg(n);
        if (i % 5 == 0)
            textual << lines.back();
    }
    QFile input(m_dir->filePath("input.ndjson"));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write((lines.join('\n') + '\n').toUtf8());
    input.close();
    const auto schema = [](const char *nType) {
        return Json::array({{{"name", "name"}, {"type", "string"}}, {{"name", "n"}, {"type", nType}}});
    };
    const Json pipeline = {
        {"format", "weir-pipeline"},
        {"version", 1},
        {"name", "dead_letters"},
        {"nodes",
         Json::array({{{"id", "input"}, {"type", "source.file"}, {"params", {{"path", "input.ndjson"}}}},
                      {{"id", "parse"}, {"type", "transform.parse_json"}, {"params", {{"schema", schema("int")}}}},
                      {{"id", "good"},
                       {"type", "sink.sqlite"},
                       {"params", {{"path", "good.db"}, {"table", "good"}, {"mode", "append"}}}},
                      {{"id", "dead"}, {"type", "sink.file"}, {"params", {{"path", "dead.ndjson"}}}}})},
        {"edges",
         Json::array({{{"from", "input"}, {"port", "out"}, {"to", "parse"}},
                      {{"from", "parse"}, {"port", "out"}, {"to", "good"}},
                      {{"from", "parse"}, {"port", "errors"}, {"to", "dead"}}})}};
    QCOMPARE(m_window->document()->open(writePipeline(pipeline, "dead.weir.json")), QString());
    m_window->actions()->runOnce->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engine()->state(), RunState::Finished, 30000);
    const auto goodRows = [this] {
        SqliteDb db(m_dir->filePath("good.db").toStdString(), false);
        SqliteStatement count(db, "SELECT count(*) FROM good");
        return count.step() ? count.columnInt(0) : -1;
    };
    QCOMPARE(goodRows(), int64_t(40 - 2 - textual.size()));

    DeadLetterPanel *panel = m_window->debug()->deadLetters();
    QSignalSpy shown(panel, &DeadLetterPanel::lettersShown);
    m_window->actions()->showDeadLetters->trigger();
    QVERIFY(panel->parentWidget()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QStringList stored;
    for (const DeadLetter &letter : panel->view()->letters()) {
        stored << QString::fromStdString(letter.value.value_or(""));
        QVERIFY(!letter.reason.empty());
        QCOMPARE(letter.source, std::string("input"));
    }
    QStringList expected = textual;
    expected << lines[13] << lines[27];
    stored.sort();
    expected.sort();
    QCOMPARE(stored, expected);
    panel->grab().save(m_data.filePath("deadletters.png"));

    // Fix the schema, select every letter, re-drive: the fixed ones land in the sink.
    m_window->editor()->setParam("parse", "schema", schema("string"));
    QSignalSpy redriven(panel, &DeadLetterPanel::redriveFinished);
    shown.clear();
    panel->view()->table()->selectAll();
    panel->view()->redriveButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(redriven.count(), 1, 30000);
    QCOMPARE(redriven[0][0].toInt(), int(expected.size()));
    QCOMPARE(redriven[0][1].toInt(), 2); // the two broken lines failed again
    QCOMPARE(goodRows(), int64_t(40 - 2));
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(panel->view()->letters().size(), size_t(2));
}

QTEST_MAIN(tst_DebugWindow)
#include "tst_debugwindow.moc"
