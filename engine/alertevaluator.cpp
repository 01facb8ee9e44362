#include "alertevaluator.h"

#include "monitorseries.h"
#include "noderegistry.h"

#include <cmath>
#include <cstdio>

namespace weir {

namespace {

const char *seriesOf(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Lag:
        return series::kLagSeconds;
    case AlertKind::ErrorRate:
        return series::kErrorPercent;
    case AlertKind::LatencyP99:
        return series::kLatencyP99;
    }
    return "";
}

// Three significant digits, whole numbers from 100 up: "42", "2.5", "0.125", "2510".
std::string shortNumber(double v)
{
    char text[32];
    if (std::fabs(v) >= 100)
        std::snprintf(text, sizeof text, "%.0f", v);
    else
        std::snprintf(text, sizeof text, "%.3g", v);
    return text;
}

std::string describe(AlertKind kind, double v)
{
    switch (kind) {
    case AlertKind::Lag:
        return shortNumber(v) + " s";
    case AlertKind::ErrorRate:
        return shortNumber(v) + " %";
    case AlertKind::LatencyP99:
        return shortNumber(v) + " ms";
    }
    return shortNumber(v);
}

std::string title(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Lag:
        return "Consumer lag";
    case AlertKind::ErrorRate:
        return "Error rate";
    case AlertKind::LatencyP99:
        return "p99 latency";
    }
    return "";
}

} // namespace

const char *alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Lag:
        return "lag";
    case AlertKind::ErrorRate:
        return "error_rate";
    case AlertKind::LatencyP99:
        return "latency_p99";
    }
    return "";
}

AlertEvaluator::AlertEvaluator(AlertThresholds thresholds, const Pipeline &pipeline)
    : m_for(thresholds.forSeconds)
{
    if (thresholds.lagSeconds)
        m_watches.push_back({AlertKind::Lag, *thresholds.lagSeconds, {}, {}});
    if (thresholds.errorPercent)
        m_watches.push_back({AlertKind::ErrorRate, *thresholds.errorPercent, {}, {}});
    if (thresholds.latencyP99Ms)
        m_watches.push_back({AlertKind::LatencyP99, *thresholds.latencyP99Ms, {}, {}});
    for (const NodeSpec &node : pipeline.nodes) {
        m_allNodes.push_back(node.id);
        if (node.type == "source.kafka")
            m_kafkaSources.push_back(node.id);
        if (node.type.starts_with("sink."))
            m_sinks.push_back(node.id);
        const NodeTypeInfo *info = NodeRegistry::instance().find(node.type);
        if (info && info->output("errors"))
            m_errorNodes.push_back(node.id);
    }
}

std::vector<AlertChange> AlertEvaluator::add(const MonitorSample &sample)
{
    std::vector<AlertChange> changes;
    for (Watch &watch : m_watches) {
        if (auto change = update(watch, sample))
            changes.push_back(std::move(*change));
    }
    return changes;
}

std::optional<AlertChange> AlertEvaluator::update(Watch &watch, const MonitorSample &sample) const
{
    const char *name = seriesOf(watch.kind);
    const bool present = sample.has(name);
    const double value = sample.value(name);
    if (!present || !(value > watch.threshold)) { // NaN counts as not above
        watch.above.reset();
        if (!watch.firing)
            return std::nullopt;
        Alert resolved = *watch.firing;
        resolved.value = value;
        resolved.message = title(watch.kind) + " back to " + describe(watch.kind, value)
                           + (present ? "" : " (no value)") + ", at or below "
                           + describe(watch.kind, watch.threshold);
        watch.firing.reset();
        return AlertChange{std::move(resolved), AlertChange::Type::Resolved};
    }
    if (!watch.above)
        watch.above = sample.t;
    const bool wasFiring = watch.firing.has_value();
    if (!wasFiring && sample.t - *watch.above < m_for)
        return std::nullopt;
    const double firedAt = wasFiring ? watch.firing->firedAt : sample.t;
    watch.firing = makeAlert(watch, value, sample);
    watch.firing->firedAt = firedAt;
    if (wasFiring)
        return std::nullopt;
    return AlertChange{*watch.firing, AlertChange::Type::Fired};
}

Alert AlertEvaluator::makeAlert(const Watch &watch, double value, const MonitorSample &sample) const
{
    Alert alert;
    alert.kind = watch.kind;
    alert.threshold = watch.threshold;
    alert.value = value;
    alert.since = *watch.above;
    alert.message = title(watch.kind) + " " + describe(watch.kind, value) + " above "
                    + describe(watch.kind, watch.threshold) + " for "
                    + shortNumber(sample.t - alert.since) + " s";
    alert.nodeIds = nodesFor(watch.kind, sample);
    return alert;
}

std::vector<std::string> AlertEvaluator::nodesFor(AlertKind kind, const MonitorSample &sample) const
{
    switch (kind) {
    case AlertKind::Lag:
        return m_kafkaSources;
    case AlertKind::LatencyP99:
        return m_sinks;
    case AlertKind::ErrorRate:
        break;
    }
    std::vector<std::string> erring;
    for (const std::string &id : m_allNodes) {
        if (sample.value(series::node(id, "error_rate")) > 0)
            erring.push_back(id);
    }
    return erring.empty() ? m_errorNodes : erring;
}

std::vector<Alert> AlertEvaluator::active() const
{
    std::vector<Alert> alerts;
    for (const Watch &watch : m_watches) {
        if (watch.firing)
            alerts.push_back(*watch.firing);
    }
    return alerts;
}

} // namespace weir
