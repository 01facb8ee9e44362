#pragma once

#include <map>
#include <string>

namespace weir {

// One second of a run's metrics: what the monitor charts, the history store keeps and
// the alerts evaluate. The same shape comes from the engine's snapshots
// (MonitorSampler) and from a remote worker's /metrics text, so every consumer works
// on either. Values are keyed by series name (monitorseries.h); a series missing from
// a sample has no value at that time (no Kafka source: no lag).
struct MonitorSample
{
    double t = 0; // seconds since the run (or the first scrape) started
    std::map<std::string, double> values;

    double value(const std::string &series, double fallback = 0) const
    {
        const auto it = values.find(series);
        return it == values.end() ? fallback : it->second;
    }
    bool has(const std::string &series) const { return values.count(series) != 0; }
};

} // namespace weir
