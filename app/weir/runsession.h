#pragma once

#include "metricssnapshot.h"
#include "pipeline.h"

#include <QObject>
#include <QString>

namespace weir {

class DocumentController;
class EngineController;
class PipelineModel;
class PipelineScene;
class RunLogPanel;

// Runs the open document through the engine controller and shows the run in the window:
// the canvas's figures from each snapshot (kept after the run stops), engine messages and
// failures in the run log, a one-line summary for the status bar, and the sandbox
// broker's address once a run has started it. The run takes the document as it was when
// it started; relative paths resolve in DocumentController::workingDirectory().
class RunSession : public QObject
{
    Q_OBJECT

public:
    RunSession(EngineController *controller, PipelineModel *model, DocumentController *document,
               PipelineScene *scene, RunLogPanel *log, QObject *parent = nullptr);

    bool run();
    bool runOnce();
    void setPaused(bool paused);
    void stop();

    RunState state() const;
    QString sandboxAddress() const { return m_sandboxAddress; }
    static QString summary(const MetricsSnapshot &snapshot);

signals:
    // The controller took a run of `pipeline` (the document as it was at the start).
    void started(const weir::Pipeline &pipeline);
    void stateChanged(weir::RunState state);
    void summaryChanged(const QString &text);
    void sandboxAddressChanged(const QString &address);

private:
    bool start(bool once);
    void showSnapshot(const MetricsSnapshot &snapshot);
    void showState(RunState state);
    void showError(const QString &message);

    EngineController *m_controller;
    PipelineModel *m_model;
    DocumentController *m_document;
    PipelineScene *m_scene;
    RunLogPanel *m_log;
    QString m_sandboxAddress;
};

} // namespace weir
