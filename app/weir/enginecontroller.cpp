#include "enginecontroller.h"

#include "sandboxbroker.h"
#include "validator.h"

namespace weir {

namespace {

bool isEnd(RunState state)
{
    return state == RunState::Finished || state == RunState::Failed;
}

bool usesSandbox(const Pipeline &pipeline)
{
    for (const NodeSpec &node : pipeline.nodes) {
        const auto it = node.params.find("bootstrap_servers");
        if (it != node.params.end() && it->is_string() && *it == "embedded")
            return true;
    }
    return false;
}

} // namespace

EngineController::EngineController(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(1000 / kMaxSnapshotsPerSecond + 1);
    connect(&m_poll, &QTimer::timeout, this, &EngineController::poll);
}

EngineController::~EngineController()
{
    if (m_starter.joinable())
        m_starter.join(); // a start cannot be cancelled; its queued result is dropped
    if (m_runner)
        m_runner->requestStop();
    m_runner.reset(); // joins the engine thread: no log call can come after this
}

bool EngineController::run(const Pipeline &pipeline, RunOptions options)
{
    if (m_runner) {
        startFailed(tr("a run is still active: stop it first"), {});
        return false;
    }
    if (const std::vector<Problem> problems = validatePipeline(pipeline); !problems.empty()) {
        startFailed(QString::fromStdString(PipelineError(problems).what()), problems);
        return false;
    }
    m_runner = std::make_unique<PipelineRunner>(pipeline, std::move(options));
    m_runner->setLogHandler([this](const std::string &line) { queueLog(line); });
    m_pauseAfterStart = m_stopAfterStart = false;
    m_usesSandbox = usesSandbox(pipeline);
    MetricsSnapshot starting;
    starting.state = RunState::Starting;
    publish(starting);
    m_starter = std::thread([this, runner = m_runner.get()] {
        std::optional<StartFailure> failure;
        try {
            runner->start();
        } catch (const PipelineError &error) {
            failure = StartFailure {QString::fromStdString(error.what()), error.problems()};
        } catch (const std::exception &error) {
            failure = StartFailure {QString::fromStdString(error.what()), {}};
        }
        QMetaObject::invokeMethod(
            this, [this, failure] { started(failure); }, Qt::QueuedConnection);
    });
    return true;
}

void EngineController::started(const std::optional<StartFailure> &failure)
{
    m_starter.join();
    if (failure) {
        m_runner.reset();
        startFailed(failure->message, failure->problems);
        return;
    }
    if (m_pauseAfterStart)
        m_runner->pause();
    if (m_stopAfterStart)
        m_runner->requestStop();
    m_poll.start();
    poll();
    if (m_usesSandbox) // started by the run's Kafka nodes: shared() only looks it up
        emit sandboxReady(QString::fromStdString(SandboxBroker::shared()->bootstrapServers()));
}

bool EngineController::runOnce(const Pipeline &pipeline, RunOptions options)
{
    options.trigger = Trigger::Once;
    return run(pipeline, std::move(options));
}

void EngineController::pause()
{
    if (m_starter.joinable())
        m_pauseAfterStart = true;
    else if (m_runner)
        m_runner->pause();
}

void EngineController::resume()
{
    if (m_starter.joinable())
        m_pauseAfterStart = false;
    else if (m_runner)
        m_runner->resume();
}

void EngineController::stop()
{
    if (m_starter.joinable())
        m_stopAfterStart = true;
    else if (m_runner)
        m_runner->requestStop();
}

void EngineController::startFailed(const QString &message, const std::vector<Problem> &problems)
{
    MetricsSnapshot failed;
    failed.state = RunState::Failed;
    failed.error = message.toStdString();
    if (!m_runner)
        publish(failed);
    emit errorOccurred(message, problems);
}

void EngineController::poll()
{
    MetricsSnapshot snapshot = m_runner->snapshot();
    if (isEnd(snapshot.state)) {
        m_poll.stop();
        m_runner->wait();
        m_runner.reset();
        flushLog();
    }
    const bool failed = snapshot.state == RunState::Failed;
    const QString error = QString::fromStdString(snapshot.error);
    publish(std::move(snapshot));
    if (failed)
        emit errorOccurred(error, {});
}

void EngineController::publish(MetricsSnapshot snapshot)
{
    const bool stateChanges = snapshot.state != m_last.state;
    m_last = std::move(snapshot);
    emit this->snapshot(m_last);
    if (stateChanges)
        emit stateChanged(m_last.state);
}

void EngineController::queueLog(const std::string &line)
{
    {
        std::lock_guard lock(m_logMutex);
        m_pendingLog.push_back(line);
    }
    if (!m_logFlushArmed.exchange(true))
        QMetaObject::invokeMethod(this, &EngineController::flushLog, Qt::QueuedConnection);
}

void EngineController::flushLog()
{
    std::vector<std::string> lines;
    {
        std::lock_guard lock(m_logMutex);
        m_logFlushArmed = false;
        lines.swap(m_pendingLog);
    }
    for (const std::string &line : lines)
        emit logMessage(QString::fromStdString(line));
}

} // namespace weir
