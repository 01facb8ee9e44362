#include "monitorcontroller.h"

#include "alertbanner.h"
#include "alertrules.h"
#include "alertthresholds.h"
#include "datadirectory.h"
#include "desktopnotifier.h"
#include "enginecontroller.h"
#include "monitorhistory.h"
#include "monitorpanel.h"
#include "pipelinescene.h"
#include "remoteworkers.h"
#include "runhistorypanel.h"
#include "runlogpanel.h"
#include "runmonitor.h"
#include "workerspanel.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>

namespace weir {

namespace {

constexpr size_t kMaxWorkerSamples = 3600; // the last hour of combined 1 s samples
constexpr int kKeepRunsAtMost = 500;

// The series of one worker under their plain names, as the charts expect them.
MonitorSample workerView(const MonitorSample &combined, const QString &worker)
{
    if (worker.isEmpty())
        return combined;
    const std::string prefix = "worker/" + worker.toStdString() + "/";
    MonitorSample one;
    one.t = combined.t;
    for (auto it = combined.values.lower_bound(prefix);
         it != combined.values.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
        one.values.emplace(it->first.substr(prefix.size()), it->second);
    return one;
}

} // namespace

MonitorController::MonitorController(EngineController *engine, PipelineScene *scene,
                                     RunLogPanel *log, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_log(log)
    , m_monitor(std::make_unique<RunMonitor>(engine))
    , m_workers(std::make_unique<RemoteWorkers>())
    , m_notifier(new DesktopNotifier(this))
    , m_view(new MonitorView)
    , m_historyPanel(new RunHistoryPanel)
    , m_workersPanel(new WorkersPanel(m_workers.get()))
{
    openHistory();
    connect(m_monitor.get(), &RunMonitor::runBegan, this, [this] {
        m_scene->setNodeAlerts({});
        if (m_view->source() != MonitorView::Source::Workers)
            showSource(MonitorView::Source::Live);
        m_view->panel()->clear();
    });
    connect(m_monitor.get(), &RunMonitor::sampled, this, &MonitorController::liveSample);
    connect(m_monitor.get(), &RunMonitor::alertsChanged, this, &MonitorController::showAlerts);
    connect(m_monitor.get(), &RunMonitor::alertFired, this, &MonitorController::alertFired);
    connect(m_monitor.get(), &RunMonitor::alertResolved, this, [this](const QString &message) {
        m_log->append(tr("Alert resolved: %1").arg(message));
    });
    connect(m_monitor.get(), &RunMonitor::historyChanged, this, [this] {
        applyRetention();
        m_historyPanel->refresh();
    });
    connect(m_monitor.get(), &RunMonitor::historyError, m_log, &RunLogPanel::appendError);
    connect(m_workers.get(), &RemoteWorkers::sampled, this, &MonitorController::workersSample);
    connect(m_workersPanel, &WorkersPanel::workersChanged, this, [this](const QStringList &names) {
        m_view->setWorkers(names);
        if (!names.isEmpty() && m_workerSamples.empty())
            showSource(MonitorView::Source::Workers);
    });
    connect(m_view, &MonitorView::sourceRequested, this, &MonitorController::showSource);
    connect(m_view, &MonitorView::workerChosen, this, &MonitorController::showWorkerSamples);
    connect(m_historyPanel, &RunHistoryPanel::openRun, this, &MonitorController::openPastRun);
    connect(m_historyPanel, &RunHistoryPanel::keepDaysChanged, this, [this](int days) {
        QSettings().setValue(QStringLiteral("history/keepDays"), days);
        applyRetention();
        m_historyPanel->refresh();
    });
}

MonitorController::~MonitorController() = default;

QString MonitorController::historyPath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("history.db"));
}

void MonitorController::openHistory()
{
    m_historyPanel->setKeepDays(QSettings().value(QStringLiteral("history/keepDays"), 30).toInt());
    try {
        m_history = std::make_unique<MonitorHistory>(historyPath().toStdString());
        if (const int interrupted = m_history->markInterrupted())
            m_log->append(tr("%n run(s) in the history ended with the application and are "
                             "marked interrupted",
                             nullptr, interrupted));
        applyRetention();
        m_historyPanel->setHistory(m_history.get());
    } catch (const std::exception &e) {
        const QString reason = tr("Run history is off: %1").arg(e.what());
        m_log->appendError(reason);
        m_historyPanel->setHistory(nullptr, reason);
    }
    m_monitor->setHistory(m_history.get());
}

void MonitorController::applyRetention()
{
    if (!m_history)
        return;
    try {
        m_history->applyRetention(QDateTime::currentMSecsSinceEpoch(),
                                  m_historyPanel->keepDays(), kKeepRunsAtMost);
    } catch (const std::exception &e) {
        m_log->appendError(tr("Run history: %1").arg(e.what()));
    }
}

void MonitorController::runStarted(const Pipeline &pipeline, const QString &name,
                                   const QString &path)
{
    m_monitor->begin(pipeline, name, path);
    m_historyPanel->refresh();
}

void MonitorController::showSource(MonitorView::Source source)
{
    m_view->showSource(source);
    if (source == MonitorView::Source::Live)
        m_view->panel()->setSamples(liveSamples());
    else if (source == MonitorView::Source::Workers)
        showWorkerSamples();
}

// This run's samples: all of them from the history store, else the ones kept in memory.
std::vector<MonitorSample> MonitorController::liveSamples() const
{
    if (m_history && m_monitor->historyRun()) {
        try {
            return m_history->samples(*m_monitor->historyRun());
        } catch (const std::exception &) {
            // The store failed; what memory holds is the next best.
        }
    }
    return {m_monitor->samples().begin(), m_monitor->samples().end()};
}

void MonitorController::openPastRun(qint64 runId, const QString &title)
{
    if (!m_history)
        return;
    try {
        std::vector<MonitorSample> samples = m_history->samples(runId);
        m_view->showSource(MonitorView::Source::PastRun, title);
        m_view->panel()->setFollowing(true);
        m_view->panel()->setSamples(std::move(samples));
    } catch (const std::exception &e) {
        m_log->appendError(tr("Could not open the run: %1").arg(e.what()));
    }
}

void MonitorController::selectNodes(const QStringList &ids)
{
    if (m_view->source() == MonitorView::Source::Workers)
        return;
    m_view->panel()->setScope(ids.size() == 1 ? ids.first() : QString());
}

QString MonitorController::writeAlertRules(const QString &path, const Pipeline &pipeline) const
{
    AlertThresholds thresholds;
    try {
        thresholds = AlertThresholds::fromSettings(pipeline.settings);
    } catch (const std::exception &e) {
        return tr("The alert thresholds are not valid: %1").arg(e.what());
    }
    if (!thresholds.any())
        return tr("The pipeline has no alert thresholds: set alerts.lag_seconds, "
                  "alerts.error_percent or alerts.latency_p99_ms in its properties");
    QSaveFile file(path);
    const std::string rules = prometheusAlertRules(pipeline, thresholds);
    if (!file.open(QIODevice::WriteOnly) || file.write(rules.data(), qint64(rules.size())) < 0
        || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void MonitorController::exportAlertRules(QWidget *parent, const Pipeline &pipeline,
                                         const QString &directory)
{
    const QString name = QString::fromStdString(pipeline.name.empty() ? "pipeline" : pipeline.name);
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Alert Rules"), QDir(directory).filePath(name + "-alerts.yml"),
        tr("Prometheus rules (*.yml *.yaml)"));
    if (path.isEmpty())
        return;
    if (const QString error = writeAlertRules(path, pipeline); !error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export Alert Rules"), error);
        return;
    }
    m_log->append(tr("Alert rules written to %1 (load them with rule_files: in prometheus.yml)")
                      .arg(QDir::toNativeSeparators(path)));
}

void MonitorController::liveSample(const MonitorSample &sample)
{
    if (m_view->source() == MonitorView::Source::Live)
        m_view->panel()->addSample(sample);
}

void MonitorController::workersSample(const MonitorSample &sample)
{
    if (m_workerSamples.size() == kMaxWorkerSamples)
        m_workerSamples.pop_front();
    m_workerSamples.push_back(sample);
    if (m_view->source() == MonitorView::Source::Workers)
        m_view->panel()->addSample(workerView(sample, m_view->chosenWorker()));
}

void MonitorController::showWorkerSamples()
{
    std::vector<MonitorSample> shown;
    shown.reserve(m_workerSamples.size());
    for (const MonitorSample &sample : m_workerSamples)
        shown.push_back(workerView(sample, m_view->chosenWorker()));
    m_view->panel()->setScope({});
    m_view->panel()->setSamples(std::move(shown));
}

void MonitorController::showAlerts()
{
    QStringList messages;
    QHash<QString, QStringList> byNode;
    for (const Alert &alert : m_monitor->activeAlerts()) {
        const QString message = QString::fromStdString(alert.message);
        messages << message;
        for (const std::string &id : alert.nodeIds)
            byNode[QString::fromStdString(id)] << message;
    }
    m_view->banner()->setAlerts(messages);
    m_scene->setNodeAlerts(byNode);
}

void MonitorController::alertFired(const QString &message)
{
    m_log->appendError(tr("Alert: %1").arg(message));
    const QString summary = tr("Weir alert");
    if (!m_notifier->notify(summary, message) && !m_toldNoNotifications) {
        m_log->append(tr("Alerts show here and in the monitor only: %1")
                          .arg(m_notifier->lastError()));
        m_toldNoNotifications = true;
    }
    emit notified(summary, message);
}

} // namespace weir
