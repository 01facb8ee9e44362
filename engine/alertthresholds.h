#pragma once

#include "nodeproblems.h"
#include "pipeline.h"

#include <optional>

namespace weir {

// A pipeline's alert thresholds, from its settings:
//   "alerts": {"lag_seconds": 30, "error_percent": 1.0, "latency_p99_ms": 2000, "for": "30s"}
// Every key is optional; an alert without a threshold is off.
struct AlertThresholds
{
    std::optional<double> lagSeconds;   // series::kLagSeconds (max over partitions)
    std::optional<double> errorPercent; // series::kErrorPercent
    std::optional<double> latencyP99Ms; // series::kLatencyP99 (end to end)
    double forSeconds = 0;              // how long a value stays above before it fires

    bool any() const { return lagSeconds || errorPercent || latencyP99Ms; }

    // Throws PipelineError with every problem of settings.alerts (see check()).
    static AlertThresholds fromSettings(const Json &settings);
    // Adds a problem per bad field of settings.alerts, naming it ("settings.alerts.for").
    static void check(const Json &settings, NodeProblems &problems);
};

} // namespace weir
