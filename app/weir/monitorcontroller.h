#pragma once

#include "monitorsample.h"
#include "monitorview.h"

#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace weir {

class DesktopNotifier;
class EngineController;
class MonitorHistory;
class PipelineScene;
class RemoteWorkers;
class RunHistoryPanel;
class RunLogPanel;
class RunMonitor;
class WorkersPanel;
struct Pipeline;

// The live monitor's wiring, so the main window only places its three panels: the
// run's samples, the remote workers' and a past run's go to the monitor view (whichever
// it shows); alerts go to the banner, the canvas badges, the run log and a desktop
// notification; runs are recorded in the history store, which the history panel lists.
// Selecting one node on the canvas narrows the charts to that node.
class MonitorController : public QObject
{
    Q_OBJECT

public:
    MonitorController(EngineController *engine, PipelineScene *scene, RunLogPanel *log,
                      QObject *parent = nullptr);
    ~MonitorController() override;

    // The history store's file: $WEIR_DATA_DIR/history.db, else the user's data folder.
    static QString historyPath();

    MonitorView *view() const { return m_view; }
    RunHistoryPanel *historyPanel() const { return m_historyPanel; }
    WorkersPanel *workersPanel() const { return m_workersPanel; }
    RunMonitor *runMonitor() const { return m_monitor.get(); }
    RemoteWorkers *remoteWorkers() const { return m_workers.get(); }
    MonitorHistory *history() const { return m_history.get(); }
    DesktopNotifier *notifier() const { return m_notifier; }

    // RunSession -> monitor: a run of `pipeline` started.
    void runStarted(const Pipeline &pipeline, const QString &name, const QString &path);
    void showSource(MonitorView::Source source);
    void openPastRun(qint64 runId, const QString &title);
    void selectNodes(const QStringList &ids);
    // The pipeline's alert thresholds as a Prometheus alerting-rules file at `path`: an
    // empty string, or why not (no thresholds, invalid ones, an unwritable path).
    QString writeAlertRules(const QString &path, const Pipeline &pipeline) const;
    // The same, asking where (next to the document, `directory`) and telling how it went.
    void exportAlertRules(QWidget *parent, const Pipeline &pipeline, const QString &directory);

signals:
    void notified(const QString &summary, const QString &body);

private:
    void openHistory();
    void applyRetention();
    void liveSample(const MonitorSample &sample);
    void workersSample(const MonitorSample &sample);
    void showWorkerSamples();
    std::vector<MonitorSample> liveSamples() const;
    void showAlerts();
    void alertFired(const QString &message);

    PipelineScene *m_scene;
    RunLogPanel *m_log;
    std::unique_ptr<MonitorHistory> m_history;
    std::unique_ptr<RunMonitor> m_monitor;
    std::unique_ptr<RemoteWorkers> m_workers;
    DesktopNotifier *m_notifier;
    MonitorView *m_view;
    RunHistoryPanel *m_historyPanel;
    WorkersPanel *m_workersPanel;
    std::deque<MonitorSample> m_workerSamples; // the last hour
    bool m_toldNoNotifications = false;
};

} // namespace weir
