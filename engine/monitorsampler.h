#pragma once

#include "metricssnapshot.h"
#include "monitorsample.h"

#include <optional>

namespace weir {

// Turns the engine's snapshots (several a second) into one MonitorSample per second of
// run time. Rates are the change of the totals since the previous sample divided by the
// time between them — what Prometheus' rate() gives for a remote worker — so local and
// remote charts agree. Latency, lag and queue figures are the snapshot's own.
class MonitorSampler
{
public:
    explicit MonitorSampler(double intervalSeconds = 1.0);

    // The sample for `snapshot` once a whole interval passed since the previous one.
    std::optional<MonitorSample> add(const MetricsSnapshot &snapshot);
    // The sample for the run's last snapshot, however short the last interval was.
    std::optional<MonitorSample> finish(const MetricsSnapshot &snapshot);

private:
    MonitorSample sample(const MetricsSnapshot &snapshot) const;

    double m_interval;
    double m_lastT = 0;         // run time of the previous sample (the run's start before)
    MetricsSnapshot m_previous; // totals at the previous sample (zero before the first)
};

} // namespace weir
