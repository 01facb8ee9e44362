#include "runsession.h"

#include "documentcontroller.h"
#include "enginecontroller.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "runfigures.h"
#include "runlogpanel.h"
#include "runstatetext.h"

#include <QDir>

namespace weir {

RunSession::RunSession(EngineController *controller, PipelineModel *model,
                       DocumentController *document, PipelineScene *scene, RunLogPanel *log,
                       QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_model(model)
    , m_document(document)
    , m_scene(scene)
    , m_log(log)
{
    connect(controller, &EngineController::snapshot, this, &RunSession::showSnapshot);
    connect(controller, &EngineController::stateChanged, this, &RunSession::showState);
    connect(controller, &EngineController::logMessage, log, &RunLogPanel::append);
    connect(controller, &EngineController::errorOccurred, this,
            [this](const QString &message) { showError(tr("Run failed: %1").arg(message)); });
    connect(controller, &EngineController::sandboxReady, this, [this](const QString &address) {
        m_sandboxAddress = address;
        m_log->append(tr("Sandbox broker listening at %1 (in memory; each partition keeps "
                         "at most 5 MiB or 100,000 message sets)")
                          .arg(address));
        emit sandboxAddressChanged(address);
    });
}

bool RunSession::run()
{
    return start(false);
}

bool RunSession::runOnce()
{
    return start(true);
}

void RunSession::setPaused(bool paused)
{
    if (paused)
        m_controller->pause();
    else
        m_controller->resume();
}

void RunSession::stop()
{
    m_log->append(tr("Stopping: finishing the batch in flight and committing it…"));
    m_controller->stop();
}

RunState RunSession::state() const
{
    return m_controller->state();
}

QString RunSession::summary(const MetricsSnapshot &s)
{
    QString text = runStateText(s.state);
    if (s.state == RunState::Idle || s.state == RunState::Starting)
        return text;
    text += tr(" · %1 events/s · in %2 · out %3 rows")
                .arg(compactCount(s.eventsPerSecond), compactCount(double(s.eventsIn)),
                     compactCount(double(s.eventsOut)));
    if (s.errors > 0)
        text += tr(" · %1 errors").arg(compactCount(double(s.errors)));
    if (s.latencyP99Ms > 0)
        text += tr(" · p99 %1 ms").arg(qRound(s.latencyP99Ms));
    int64_t lag = 0;
    for (const PartitionLag &partition : s.lag)
        lag += partition.offsets;
    if (!s.lag.empty())
        text += tr(" · lag %1").arg(compactCount(double(lag)));
    return text;
}

bool RunSession::start(bool once)
{
    m_model->validateNow();
    const QString directory = m_document->workingDirectory();
    QDir::setCurrent(directory);
    m_scene->clearRunFigures();
    const Pipeline pipeline = m_model->toPipeline();
    m_log->append(tr("Starting %1 (%2) in %3")
                      .arg(m_document->displayName(),
                           once ? tr("until the sources are drained") : tr("until stopped"),
                           QDir::toNativeSeparators(directory)));
    const bool accepted = once ? m_controller->runOnce(pipeline) : m_controller->run(pipeline);
    if (accepted)
        emit started(pipeline);
    return accepted;
}

void RunSession::showSnapshot(const MetricsSnapshot &snapshot)
{
    m_scene->showRunFigures(snapshot);
    emit summaryChanged(summary(snapshot));
}

void RunSession::showState(RunState state)
{
    switch (state) {
    case RunState::Running:
        m_log->append(tr("Running"));
        break;
    case RunState::Paused:
        m_log->append(tr("Paused: sources stopped reading"));
        break;
    case RunState::Finished:
        m_log->append(tr("Finished: %1").arg(summary(m_controller->lastSnapshot())));
        break;
    case RunState::Failed: // errorOccurred() carries the reason
    default:
        break;
    }
    emit stateChanged(state);
}

void RunSession::showError(const QString &message)
{
    m_log->appendError(message);
    emit summaryChanged(message.section(QLatin1Char('\n'), 0, 0));
}

} // namespace weir
