#pragma once

#include "monitorsample.h"
#include "prometheustext.h"

#include <map>
#include <optional>
#include <set>
#include <string>

namespace weir {

// Turns successive scrapes of ONE weir-run worker's /metrics into MonitorSamples with the
// series MonitorSampler makes from local snapshots, so a remote worker charts like a
// local run:
// - rates are the counters' increase since the previous scrape divided by the time
//   between them, as Prometheus' rate(); a counter lower than before means the worker
//   restarted, and its whole current value counts as the increase (as rate() does), as
//   for a series that first appears after the first scrape (it started at 0 since);
// - latency and batch percentiles come from the histogram buckets' increase over the
//   interval (histogram_quantile of the interval), in ms; an interval without
//   observations has no percentile series;
// - gauges (queue, lag, watermark delay, paused partitions) are the scrape's own.
// The first scrape gives a sample of totals and gauges only: without an earlier scrape
// there is no interval for rates or percentiles. The exporter has no per-node input
// counts, so node series are out/errors/late and their rates; in_rate counts every
// record the sources read (pipeline_events_processed_total, any status). out_rate comes
// from pipeline_records_written_total; an exporter without it needs the sink nodes named
// (their node counters are summed), else out_rate is missing.
class ExpositionSampler
{
public:
    explicit ExpositionSampler(std::set<std::string> sinkNodes = {});

    // The sample for a scrape taken at `t` seconds; nullopt if t is not after the
    // previous scrape's time (the scrape is then ignored).
    std::optional<MonitorSample> add(const PromExposition &scrape, double t);
    void setSinkNodes(std::set<std::string> sinkNodes) { m_sinkNodes = std::move(sinkNodes); }

private:
    using Values = std::map<std::string, double>; // sample key ("name{a=b,...}") -> value

    double sum(const PromExposition &scrape, const std::string &name) const;
    double increase(const PromExposition &scrape, const std::string &name,
                    const std::string &port = {}, const std::string &node = {}) const;
    void addTotals(MonitorSample &s, const PromExposition &scrape, double seconds) const;
    void addPercentiles(MonitorSample &s, const PromExposition &scrape) const;
    void addLag(MonitorSample &s, const PromExposition &scrape) const;
    void addNodes(MonitorSample &s, const PromExposition &scrape, double seconds) const;

    std::set<std::string> m_sinkNodes;
    Values m_previous;
    double m_lastT = 0;
    bool m_started = false;
};

} // namespace weir
