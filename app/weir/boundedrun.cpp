#include "boundedrun.h"

#include "enginecontroller.h"

namespace weir {

BoundedRun::BoundedRun(QObject *parent)
    : QObject(parent)
    , m_engine(new EngineController(this))
{
    connect(m_engine, &EngineController::snapshot, this, [this](const MetricsSnapshot &s) {
        emit progress(s.eventsIn, m_expected);
    });
    connect(m_engine, &EngineController::stateChanged, this, &BoundedRun::stateChanged);
    connect(m_engine, &EngineController::logMessage, this, [this](const QString &line) {
        emit logMessage(tr("%1: %2").arg(m_label, line));
    });
    connect(m_engine, &EngineController::errorOccurred, this,
            [this](const QString &message) { emit failed(tr("%1 failed: %2").arg(m_label, message)); });
}

BoundedRun::~BoundedRun() = default;

bool BoundedRun::start(const Pipeline &pipeline, const QString &label, uint64_t expectedRecords)
{
    if (m_engine->isActive()) {
        emit failed(tr("%1 is still running: cancel it first").arg(m_label));
        return false;
    }
    m_label = label;
    m_expected = expectedRecords;
    m_cancelled = false;
    RunOptions options;
    options.trigger = Trigger::Once;
    return m_engine->runOnce(pipeline, options);
}

void BoundedRun::cancel()
{
    if (!m_engine->isActive())
        return;
    m_cancelled = true;
    m_engine->stop();
}

bool BoundedRun::isActive() const
{
    return m_engine->isActive();
}

const MetricsSnapshot &BoundedRun::lastSnapshot() const
{
    return m_engine->lastSnapshot();
}

void BoundedRun::stateChanged(RunState state)
{
    if (state != RunState::Finished)
        return; // Failed arrives through errorOccurred() with its reason
    if (m_cancelled)
        emit failed(tr("%1 cancelled: the results hold what was read until then").arg(m_label));
    else
        emit finished(m_engine->lastSnapshot());
}

} // namespace weir
