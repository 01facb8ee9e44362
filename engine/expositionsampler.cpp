#include "expositionsampler.h"

#include "histogramquantile.h"
#include "monitorseries.h"
#include "prometheuslinereader.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace weir {

namespace {

// The names weir-run exports (prometheusmetrics.cpp).
namespace metric {
const std::string events = "pipeline_events_processed_total";
const std::string deadLetters = "pipeline_dead_letter_records_total";
const std::string lateRecords = "pipeline_late_records_total";
const std::string latency = "pipeline_end_to_end_latency_seconds";
const std::string processing = "pipeline_processing_seconds";
const std::string queueDepth = "pipeline_queue_depth";
const std::string queueCapacity = "pipeline_queue_capacity";
const std::string paused = "pipeline_paused_partitions";
const std::string watermarkDelay = "pipeline_watermark_delay_seconds";
const std::string lag = "pipeline_consumer_lag";
const std::string lagSeconds = "pipeline_consumer_lag_seconds";
const std::string nodeRecords = "pipeline_node_records_total";
const std::string written = "pipeline_records_written_total";
} // namespace metric

// Identifies a series across scrapes whatever order its labels come in.
std::string keyOf(const PromSample &s)
{
    auto labels = s.labels;
    std::sort(labels.begin(), labels.end());
    std::string key = s.name + '{';
    for (const auto &[name, value] : labels)
        key += name + '\x1f' + value + '\x1e';
    return key + '}';
}

std::optional<int32_t> partitionOf(const PromSample &s)
{
    const std::string text = s.label("partition");
    int32_t p = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), p);
    if (text.empty() || ec != std::errc {} || end != text.data() + text.size())
        return std::nullopt;
    return p;
}

bool present(const PromExposition &scrape, const std::string &name)
{
    return std::any_of(scrape.samples.begin(), scrape.samples.end(),
                       [&](const PromSample &s) { return s.name == name; });
}

} // namespace

ExpositionSampler::ExpositionSampler(std::set<std::string> sinkNodes)
    : m_sinkNodes(std::move(sinkNodes))
{
}

std::optional<MonitorSample> ExpositionSampler::add(const PromExposition &scrape, double t)
{
    if (m_started && t <= m_lastT)
        return std::nullopt;
    const double seconds = m_started ? t - m_lastT : 0; // 0: the first scrape, no rates
    MonitorSample s;
    s.t = t;
    addTotals(s, scrape, seconds);
    if (seconds > 0)
        addPercentiles(s, scrape);
    addLag(s, scrape);
    addNodes(s, scrape, seconds);
    m_previous.clear();
    for (const PromSample &sample : scrape.samples)
        m_previous[keyOf(sample)] = sample.value;
    m_lastT = t;
    m_started = true;
    return s;
}

double ExpositionSampler::sum(const PromExposition &scrape, const std::string &name) const
{
    double total = 0;
    for (const PromSample &s : scrape.samples)
        if (s.name == name)
            total += s.value;
    return total;
}

// The counters' increase since the previous scrape, over the samples of `name` (with
// these port and node labels when given). A series lower than before restarted from 0.
double ExpositionSampler::increase(const PromExposition &scrape, const std::string &name,
                                   const std::string &port, const std::string &node) const
{
    double total = 0;
    for (const PromSample &s : scrape.samples) {
        if (s.name != name || (!port.empty() && s.label("port") != port)
            || (!node.empty() && s.label("node") != node))
            continue;
        const auto it = m_previous.find(keyOf(s));
        total += it == m_previous.end() || s.value < it->second ? s.value : s.value - it->second;
    }
    return total;
}

void ExpositionSampler::addTotals(MonitorSample &s, const PromExposition &scrape,
                                  double seconds) const
{
    using namespace series;
    auto &v = s.values;
    if (present(scrape, metric::deadLetters))
        v[kDeadLetters] = sum(scrape, metric::deadLetters);
    if (present(scrape, metric::lateRecords))
        v[kLateRecords] = sum(scrape, metric::lateRecords);
    const std::pair<const std::string &, const char *> gauges[]
        = {{metric::queueDepth, series::kQueueDepth},
           {metric::queueCapacity, series::kQueueCapacity},
           {metric::watermarkDelay, series::kWatermarkDelay}};
    for (const auto &[metric, name] : gauges)
        if (present(scrape, metric))
            v[name] = sum(scrape, metric);
    if (seconds <= 0)
        return;
    if (present(scrape, metric::events))
        v[kInRate] = increase(scrape, metric::events) / seconds;
    if (present(scrape, metric::deadLetters))
        v[kErrorRate] = increase(scrape, metric::deadLetters) / seconds;
    if (present(scrape, metric::lateRecords))
        v[kLateRate] = increase(scrape, metric::lateRecords) / seconds;
    if (s.has(kInRate) && s.has(kErrorRate))
        v[kErrorPercent] = v[kInRate] > 0 ? 100.0 * v[kErrorRate] / v[kInRate] : 0;
    if (present(scrape, metric::written)) {
        v[kOutRate] = increase(scrape, metric::written) / seconds;
    } else if (!m_sinkNodes.empty()) { // an exporter from before the written counter
        double out = 0;
        for (const std::string &node : m_sinkNodes)
            out += increase(scrape, metric::nodeRecords, "out", node);
        v[kOutRate] = out / seconds;
    }
}

// Percentiles of what was observed between the previous scrape and this one.
void ExpositionSampler::addPercentiles(MonitorSample &s, const PromExposition &scrape) const
{
    auto quantileMs = [&](const std::string &histogram, double q) {
        std::map<double, double> byBound; // le -> increase, summed over label sets
        const std::string bucketName = histogram + "_bucket";
        for (const PromSample &b : scrape.samples) {
            if (b.name != bucketName)
                continue;
            if (const std::optional<double> le = parsePromFloat(b.label("le"))) {
                const auto it = m_previous.find(keyOf(b));
                byBound[*le] += it == m_previous.end() || b.value < it->second
                    ? b.value
                    : b.value - it->second;
            }
        }
        std::vector<HistogramBucket> buckets;
        for (const auto &[le, count] : byBound)
            buckets.push_back({le, count});
        return histogramQuantile(q, std::move(buckets)) * 1e3;
    };
    const std::pair<const char *, double> latency[]
        = {{series::kLatencyP50, 0.50}, {series::kLatencyP95, 0.95}, {series::kLatencyP99, 0.99}};
    for (const auto &[name, q] : latency) {
        const double ms = quantileMs(metric::latency, q);
        if (!std::isnan(ms))
            s.values[name] = ms;
    }
    const double batchMs = quantileMs(metric::processing, 0.99);
    if (!std::isnan(batchMs))
        s.values[series::kBatchP99] = batchMs;
}

void ExpositionSampler::addLag(MonitorSample &s, const PromExposition &scrape) const
{
    double offsets = 0;
    double seconds = 0;
    bool any = false;
    for (const PromSample &p : scrape.samples) {
        const bool isOffsets = p.name == metric::lag;
        if (!isOffsets && p.name != metric::lagSeconds)
            continue;
        const std::optional<int32_t> partition = partitionOf(p);
        if (!partition)
            continue;
        any = true;
        const std::string topic = p.label("topic");
        if (isOffsets) {
            offsets += p.value;
            s.values[series::partitionLagOffsets(topic, *partition)] = p.value;
        } else {
            seconds = std::max(seconds, p.value);
            s.values[series::partitionLagSeconds(topic, *partition)] = p.value;
        }
    }
    if (!any) // no Kafka source: no lag series, as in MonitorSampler
        return;
    s.values[series::kLagOffsets] = offsets;
    s.values[series::kLagSeconds] = seconds;
    s.values[series::kPausedPartitions] = sum(scrape, metric::paused);
}

void ExpositionSampler::addNodes(MonitorSample &s, const PromExposition &scrape,
                                 double seconds) const
{
    std::set<std::string> nodes;
    for (const PromSample &n : scrape.samples)
        if (n.name == metric::nodeRecords && !n.label("node").empty())
            nodes.insert(n.label("node"));
    const std::pair<const char *, const char *> ports[]
        = {{"out", "out_rate"}, {"errors", "error_rate"}, {"late", "late_rate"}};
    for (const std::string &node : nodes) {
        for (const auto &[port, rateName] : ports) {
            double total = 0;
            for (const PromSample &n : scrape.samples)
                if (n.name == metric::nodeRecords && n.label("node") == node
                    && n.label("port") == port)
                    total += n.value;
            s.values[series::node(node, port)] = total;
            if (seconds > 0)
                s.values[series::node(node, rateName)]
                    = increase(scrape, metric::nodeRecords, port, node) / seconds;
        }
    }
}

} // namespace weir
