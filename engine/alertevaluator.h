#pragma once

#include "alert.h"
#include "alertthresholds.h"
#include "monitorsample.h"
#include "pipeline.h"

#include <optional>
#include <vector>

namespace weir {

// Watches a run's MonitorSamples against the pipeline's thresholds. An alert fires once
// its series has stayed above the threshold for `for` seconds of sample time (at every
// sample in between), and resolves at the first sample at or below it, or without the
// series. Like a Prometheus rule with the same `for`, evaluated once a sample.
class AlertEvaluator
{
public:
    AlertEvaluator(AlertThresholds thresholds, const Pipeline &pipeline);

    // Feed samples in time order; returns what fired or resolved at this sample.
    std::vector<AlertChange> add(const MonitorSample &sample);
    std::vector<Alert> active() const;

private:
    struct Watch
    {
        AlertKind kind;
        double threshold;
        std::optional<double> above; // since when the value is above, if it is
        std::optional<Alert> firing;
    };

    std::optional<AlertChange> update(Watch &watch, const MonitorSample &sample) const;
    std::vector<std::string> nodesFor(AlertKind kind, const MonitorSample &sample) const;
    Alert makeAlert(const Watch &watch, double value, const MonitorSample &sample) const;

    double m_for;
    std::vector<Watch> m_watches;
    std::vector<std::string> m_kafkaSources;
    std::vector<std::string> m_errorNodes; // nodes with an errors port
    std::vector<std::string> m_sinks;
    std::vector<std::string> m_allNodes;
};

} // namespace weir
