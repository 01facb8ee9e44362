#pragma once

#include "alertevaluator.h"
#include "metricssnapshot.h"
#include "monitorsample.h"
#include "monitorsampler.h"

#include <QObject>
#include <QString>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace weir {

class EngineController;
class MonitorHistory;
struct Pipeline;

// Follows the engine controller through a run and turns its snapshots into what the
// monitor shows: one MonitorSample a second (sampled()), each stored in the history
// store as it comes, with the run's summary at its end; and the pipeline's alerts,
// evaluated on every sample (alertsChanged(), alertFired()).
//
// Direction: engine controller -> RunMonitor (snapshots, states; GUI thread) ->
// monitor view, canvas badges, notifications and the history store.
class RunMonitor : public QObject
{
    Q_OBJECT

public:
    explicit RunMonitor(EngineController *controller, QObject *parent = nullptr);
    ~RunMonitor() override;

    // Where runs are recorded; null leaves them unrecorded (the store could not open).
    void setHistory(MonitorHistory *history) { m_history = history; }
    // A run of `pipeline` was handed to the controller; `path` is its file, if saved.
    void begin(const Pipeline &pipeline, const QString &name, const QString &path);

    // The run's latest samples, at most kKeptSamples (the history store has them all).
    static constexpr size_t kKeptSamples = 3600;
    const std::deque<MonitorSample> &samples() const { return m_samples; }
    std::vector<Alert> activeAlerts() const;
    std::optional<int64_t> historyRun() const { return m_historyRun; }

signals:
    void runBegan();
    void sampled(const weir::MonitorSample &sample);
    void alertsChanged();
    void alertFired(const QString &message);
    void alertResolved(const QString &message);
    void historyChanged();
    void historyError(const QString &message);

private:
    void take(const MetricsSnapshot &snapshot);
    void end(RunState state);
    void record(const MonitorSample &sample);
    void evaluate(const MonitorSample &sample);

    EngineController *m_controller;
    MonitorHistory *m_history = nullptr;
    std::unique_ptr<MonitorSampler> m_sampler;
    std::unique_ptr<AlertEvaluator> m_alerts;
    std::deque<MonitorSample> m_samples;
    std::optional<int64_t> m_historyRun;
    bool m_active = false;
};

} // namespace weir
