#include "runmonitor.h"

#include "alertthresholds.h"
#include "enginecontroller.h"
#include "monitorhistory.h"
#include "pipeline.h"

#include <QDateTime>

namespace weir {

namespace {

std::string summaryJson(const MetricsSnapshot &s)
{
    Json summary = {{"state", runStateName(s.state)},
                    {"elapsed_s", s.elapsedSeconds},
                    {"events_in", s.eventsIn},
                    {"events_out", s.eventsOut},
                    {"errors", s.errors},
                    {"late", s.late},
                    {"latency_p99_ms", s.latencyP99Ms},
                    {"batches", s.batchId + 1}};
    if (!s.error.empty())
        summary["error"] = s.error;
    return summary.dump();
}

bool ended(RunState state)
{
    return state == RunState::Finished || state == RunState::Failed || state == RunState::Idle;
}

} // namespace

RunMonitor::RunMonitor(EngineController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
{
    connect(controller, &EngineController::snapshot, this, &RunMonitor::take);
    connect(controller, &EngineController::stateChanged, this, [this](RunState state) {
        if (ended(state))
            end(state);
    });
}

RunMonitor::~RunMonitor() = default;

void RunMonitor::begin(const Pipeline &pipeline, const QString &name, const QString &path)
{
    if (m_active)
        end(m_controller->state());
    m_sampler = std::make_unique<MonitorSampler>();
    m_alerts.reset();
    try {
        m_alerts = std::make_unique<AlertEvaluator>(AlertThresholds::fromSettings(pipeline.settings),
                                                    pipeline);
    } catch (const std::exception &) {
        // Invalid thresholds are the problems panel's to report; the run goes unwatched.
    }
    m_samples.clear();
    m_historyRun.reset();
    m_active = true;
    if (m_history) {
        try {
            m_historyRun = m_history->beginRun(name.toStdString(), path.toStdString(),
                                               QDateTime::currentMSecsSinceEpoch());
        } catch (const std::exception &e) {
            emit historyError(tr("Run history not recorded: %1").arg(e.what()));
        }
    }
    emit runBegan();
    emit alertsChanged();
}

std::vector<Alert> RunMonitor::activeAlerts() const
{
    return m_alerts ? m_alerts->active() : std::vector<Alert>{};
}

void RunMonitor::take(const MetricsSnapshot &snapshot)
{
    if (!m_active || !m_sampler)
        return;
    if (auto sample = m_sampler->add(snapshot))
        record(*sample);
}

void RunMonitor::end(RunState state)
{
    if (!m_active)
        return;
    m_active = false;
    const MetricsSnapshot &last = m_controller->lastSnapshot();
    if (auto sample = m_sampler->finish(last))
        record(*sample);
    if (m_history && m_historyRun) {
        const char *how = state == RunState::Failed ? "failed"
                          : last.state == RunState::Finished ? "finished"
                                                             : "stopped";
        try {
            m_history->finishRun(*m_historyRun, QDateTime::currentMSecsSinceEpoch(), how,
                                 summaryJson(last));
        } catch (const std::exception &e) {
            emit historyError(tr("Run history not recorded: %1").arg(e.what()));
        }
        emit historyChanged();
    }
}

void RunMonitor::record(const MonitorSample &sample)
{
    if (m_samples.size() == kKeptSamples)
        m_samples.pop_front();
    m_samples.push_back(sample);
    emit sampled(sample);
    if (m_history && m_historyRun) {
        try {
            m_history->append(*m_historyRun, sample);
        } catch (const std::exception &e) {
            m_historyRun.reset(); // one message, not one a second
            emit historyError(tr("Run history stopped recording: %1").arg(e.what()));
        }
    }
    evaluate(sample);
}

void RunMonitor::evaluate(const MonitorSample &sample)
{
    if (!m_alerts)
        return;
    const auto changes = m_alerts->add(sample);
    for (const AlertChange &change : changes) {
        const QString message = QString::fromStdString(change.alert.message);
        if (change.type == AlertChange::Type::Fired)
            emit alertFired(message);
        else
            emit alertResolved(message);
    }
    if (!changes.empty())
        emit alertsChanged();
}

} // namespace weir
