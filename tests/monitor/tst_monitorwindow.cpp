// The monitor in the designer's window: a run's samples reach every chart; its alerts
// show in the banner, on the canvas and as a desktop notification (over a real D-Bus
// session bus); the run is kept in the history store, which outlives the window, and a
// past run opens in the charts; selecting a node narrows the charts to it; a remote
// weir-run worker is scraped and charted.
#include "notificationobserver.h"
#include "sampleintegral.h"

#include "../app/windowtesting.h"
#include "../cli/weirrunprocess.h"

#include "alertbanner.h"
#include "designeractions.h"
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "mainwindow.h"
#include "monitorchart.h"
#include "monitorcontroller.h"
#include "monitorhistory.h"
#include "monitorpanel.h"
#include "monitorseries.h"
#include "nodeitem.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "remoteworkers.h"
#include "runhistorypanel.h"
#include "runlogpanel.h"
#include "runmonitor.h"
#include "workerspanel.h"

#include <QAction>
#include <QDateTime>
#include <QTreeWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace weir;

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int points(const MonitorChart *chart)
{
    int total = 0;
    for (int n : chart->seriesPointCounts())
        total += n;
    return total;
}

} // namespace

class tst_MonitorWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyChartReceivesPoints();
    void alertsShowEverywhere();
    void historyOutlivesTheWindow();
    void historyListsUnusualSummaries();
    void selectingANodeNarrowsTheCharts();
    void remoteWorkerIsCharted();
    void alertRulesExportForPrometheus();

private:
    void openWindow();
    void stopRun();
    MonitorPanel *panel() const { return m_window->monitor()->view()->panel(); }

    NotificationObserver m_notifications;
    QTemporaryDir m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MonitorWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_notifications.startBus(&error), qPrintable(error));
    QVERIFY(m_data.isValid());
    qputenv("WEIR_DATA_DIR", m_data.path().toUtf8());
}

void tst_MonitorWindow::init()
{
    useTestSettings();
    QFile::remove(MonitorController::historyPath());
    m_dir = std::make_unique<QTemporaryDir>();
    openWindow();
}

void tst_MonitorWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->document()->setScratchDirectory(m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MonitorWindow::stopRun()
{
    if (m_window->engine()->isActive()) {
        m_window->engine()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->engine()->isActive(), 30000);
    }
}

void tst_MonitorWindow::cleanup()
{
    stopRun();
    m_window->editor()->undoStack()->setClean();
    m_window.reset();
}

// The sandbox example has every kind of series: Kafka lag per partition, a watermark,
// errors and late records, queue figures.
void tst_MonitorWindow::everyChartReceivesPoints()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events")), QString());
    m_window->actions()->run->trigger();
    const QList<MonitorChart *> charts = panel()->visibleCharts();
    QVERIFY(charts.size() >= 6);
    for (MonitorChart *chart : charts)
        QTRY_VERIFY2_WITH_TIMEOUT(points(chart) >= 2, qPrintable(chart->objectName()), 30000);
    bool partitionLines = false;
    for (MonitorChart *chart : charts)
        for (const std::string &name : chart->seriesNames())
            partitionLines |= name.rfind(std::string(series::kLagOffsets) + "/", 0) == 0;
    QVERIFY2(partitionLines, "the lag chart has a line per partition");
    QVERIFY(panel()->redrawCount() > 0);
}

// Thresholds low enough to be crossed at once: the alert fires after the first sample.
void tst_MonitorWindow::alertsShowEverywhere()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("events", "rate", 20000);
    PipelineSettings settings = m_window->model()->pipelineSettings();
    settings.settings["alerts"] = {{"latency_p99_ms", 0.001}, {"for", "0s"}};
    m_window->editor()->setPipelineSettings(settings);
    m_window->actions()->run->trigger();

    AlertBanner *banner = m_window->monitor()->view()->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->alerts().join(' ').contains("p99"), qPrintable(banner->alerts().join(' ')));
    QTRY_VERIFY(!m_window->scene()->nodeItem("sink")->alerts().isEmpty());
    QVERIFY(m_window->scene()->nodeItem("parse")->alerts().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_notifications.bodies.isEmpty(), 10000);
    QCOMPARE(m_notifications.bodies.first(), banner->alerts().first());
    QVERIFY(m_window->runLog()->text().contains("Alert:"));
    stopRun();
}

void tst_MonitorWindow::historyOutlivesTheWindow()
{
    const int events = 40000;
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("events", "count", events);
    m_window->editor()->setParam("events", "rate", 15000);
    m_window->actions()->runOnce->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engine()->state(), RunState::Finished, 60000);
    RunHistoryPanel *history = m_window->monitor()->historyPanel();
    QTRY_COMPARE(history->runCount(), 1);
    const std::vector<MonitorSample> live(m_window->monitor()->runMonitor()->samples().begin(),
                                          m_window->monitor()->runMonitor()->samples().end());
    QVERIFY(live.size() >= 2);
    // The oracle: the generator made `events` records; the sampled rates add up to them.
    QCOMPARE(qRound64(sampleIntegral(live, series::kInRate)), qint64(events));

    // A new window (as after a restart) reads the same store.
    m_window->editor()->undoStack()->setClean();
    m_window.reset();
    openWindow();
    history = m_window->monitor()->historyPanel();
    QCOMPARE(history->runCount(), 1);
    const std::vector<RunRecord> runs = m_window->monitor()->history()->runs();
    QCOMPARE(runs.front().state, std::string("finished"));
    QVERIFY(runs.front().summary.find("\"events_in\":40000") != std::string::npos);
    history->openRow(0);
    QCOMPARE(m_window->monitor()->view()->source(), MonitorView::Source::PastRun);
    const std::vector<MonitorSample> stored = m_window->monitor()->history()->samples(runs.front().id);
    QCOMPARE(stored.size(), live.size());
    QCOMPARE(qRound64(sampleIntegral(stored, series::kInRate)), qint64(events));
    MonitorChart *throughput = panel()->findChild<MonitorChart *>("throughputChart");
    QVERIFY(throughput);
    QTRY_VERIFY(points(throughput) >= 2);
    QCOMPARE(panel()->history().lastT(), live.back().t);
}

// A summary without figures (a run that failed early, a file from another version) lists
// with dashes; it does not stop the list.
void tst_MonitorWindow::historyListsUnusualSummaries()
{
    MonitorHistory *store = m_window->monitor()->history();
    QVERIFY(store);
    const int64_t run = store->beginRun("odd", "", QDateTime::currentMSecsSinceEpoch() - 5000);
    store->finishRun(run, QDateTime::currentMSecsSinceEpoch(), "failed",
                     R"({"latency_p99_ms": null, "events_in": "many", "error": 42})");
    RunHistoryPanel *panel = m_window->monitor()->historyPanel();
    panel->refresh();
    QCOMPARE(panel->runCount(), 1);
    const QTreeWidgetItem *row = panel->findChild<QTreeWidget *>()->topLevelItem(0);
    QCOMPARE(row->text(1), QString("odd"));
    QCOMPARE(row->text(3), QString("Failed")); // shown in the user's language
    QCOMPARE(row->text(4), QString("–"));
    QCOMPARE(row->text(6), QString("–"));
}

void tst_MonitorWindow::selectingANodeNarrowsTheCharts()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("events", "count", 30000);
    m_window->editor()->setParam("events", "rate", 15000);
    m_window->actions()->runOnce->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engine()->state(), RunState::Finished, 60000);
    m_window->scene()->selectNodes({"parse"});
    QCOMPARE(panel()->scope(), QString("parse"));
    bool narrowed = false;
    for (MonitorChart *chart : panel()->visibleCharts()) {
        for (const std::string &name : chart->seriesNames()) {
            QVERIFY2(name.rfind("node/parse/", 0) == 0, name.c_str());
            narrowed = true;
        }
    }
    QVERIFY(narrowed);
    m_window->scene()->selectNodes({});
    QCOMPARE(panel()->scope(), QString());
}

void tst_MonitorWindow::remoteWorkerIsCharted()
{
    const QString address = QStringLiteral("127.0.0.1:%1").arg(freePort());
    QProcess worker;
    worker.setWorkingDirectory(m_dir->path());
    worker.start(weirRunPath(), {examplePipeline(), "--metrics-addr", address});
    QVERIFY(worker.waitForStarted());
    WorkersPanel *workers = m_window->monitor()->workersPanel();
    QVERIFY(workers->add("w1", "http://" + address + "/metrics"));
    QVERIFY(workers->add("gone", QStringLiteral("http://127.0.0.1:%1/metrics").arg(freePort())));
    QVERIFY(!workers->add("w1", "http://" + address + "/metrics"));
    QVERIFY(!workers->lastError().isEmpty());
    QCOMPARE(m_window->monitor()->view()->source(), MonitorView::Source::Workers);
    QTRY_COMPARE_WITH_TIMEOUT(workers->statusOf("w1"), QString("scraping"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(workers->statusOf("gone") != QString("scraping")
                                 && workers->statusOf("gone").contains("refused", Qt::CaseInsensitive),
                             20000);
    MonitorChart *throughput = panel()->findChild<MonitorChart *>("throughputChart");
    QTRY_VERIFY_WITH_TIMEOUT(points(throughput) >= 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->history().points(series::kInRate).size() >= 2
                                 && panel()->history().points(series::kInRate).back().y() > 0,
                             30000);
    worker.terminate();
    QVERIFY(worker.waitForFinished(30000));
}

// The pipeline's thresholds as a rules file Prometheus' own checker accepts; a pipeline
// without thresholds, or an unwritable path, says why instead.
void tst_MonitorWindow::alertRulesExportForPrometheus()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    const QString path = m_dir->filePath("alerts.yml");
    const QString none = m_window->monitor()->writeAlertRules(path, m_window->model()->toPipeline());
    QVERIFY2(none.contains("no alert thresholds"), qPrintable(none));
    QVERIFY(!QFile::exists(path));

    PipelineSettings settings = m_window->model()->pipelineSettings();
    settings.settings["alerts"] = {{"lag_seconds", 30}, {"latency_p99_ms", 2000}, {"for", "1m"}};
    m_window->editor()->setPipelineSettings(settings);
    QCOMPARE(m_window->monitor()->writeAlertRules(path, m_window->model()->toPipeline()), QString());
    QProcess promtool;
    promtool.start("promtool", {"check", "rules", path});
    QVERIFY(promtool.waitForFinished(30000));
    QVERIFY2(promtool.exitCode() == 0, promtool.readAllStandardError().constData());
    QVERIFY(promtool.readAllStandardOutput().contains("SUCCESS: 2 rules found"));

    const QString unwritable = m_window->monitor()->writeAlertRules(
        m_dir->filePath("alerts.yml/inside.yml"), m_window->model()->toPipeline());
    QVERIFY2(unwritable.startsWith("Cannot write"), qPrintable(unwritable));
    m_window->actions()->showMonitor->trigger();
    QVERIFY(m_window->monitor()->view()->isVisible());
}

QTEST_MAIN(tst_MonitorWindow)
#include "tst_monitorwindow.moc"
