#include "monitorsampler.h"

#include "monitorseries.h"

#include <algorithm>

namespace weir {

namespace {

double rate(uint64_t now, uint64_t before, double seconds)
{
    return now >= before && seconds > 0 ? double(now - before) / seconds : 0;
}

const NodeStats *findNode(const MetricsSnapshot &snapshot, const std::string &id)
{
    for (const NodeStats &n : snapshot.nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

// A node's own work: its share of the interval and its time per micro-batch.
void addNodeWork(MonitorSample &s, const NodeStats &n, const NodeStats &before, double seconds,
                 int64_t batches)
{
    const double busy = std::max(0.0, n.busySeconds - before.busySeconds);
    s.values[series::node(n.id, "busy_percent")] = seconds > 0 ? 100.0 * busy / seconds : 0;
    if (batches > 0)
        s.values[series::node(n.id, "batch_ms")] = 1e3 * busy / double(batches);
}

void addNode(MonitorSample &s, const NodeStats &n, const NodeStats &before, double seconds)
{
    using series::node;
    s.values[node(n.id, "in")] = double(n.in);
    s.values[node(n.id, "out")] = double(n.out);
    s.values[node(n.id, "errors")] = double(n.errors);
    s.values[node(n.id, "late")] = double(n.late);
    s.values[node(n.id, "in_rate")] = rate(n.in, before.in, seconds);
    s.values[node(n.id, "out_rate")] = rate(n.out, before.out, seconds);
    s.values[node(n.id, "error_rate")] = rate(n.errors, before.errors, seconds);
    s.values[node(n.id, "late_rate")] = rate(n.late, before.late, seconds);
}

} // namespace

MonitorSampler::MonitorSampler(double intervalSeconds)
    : m_interval(intervalSeconds)
{
}

std::optional<MonitorSample> MonitorSampler::add(const MetricsSnapshot &snapshot)
{
    if (snapshot.elapsedSeconds - m_lastT < m_interval)
        return std::nullopt;
    return finish(snapshot);
}

std::optional<MonitorSample> MonitorSampler::finish(const MetricsSnapshot &snapshot)
{
    if (snapshot.elapsedSeconds <= m_lastT)
        return std::nullopt;
    MonitorSample s = sample(snapshot);
    m_previous = snapshot;
    m_lastT = snapshot.elapsedSeconds;
    return s;
}

MonitorSample MonitorSampler::sample(const MetricsSnapshot &now) const
{
    using namespace series;
    const MetricsSnapshot &before = m_previous;
    const double seconds = now.elapsedSeconds - m_lastT;
    MonitorSample s;
    s.t = now.elapsedSeconds;
    auto &v = s.values;
    v[kInRate] = rate(now.eventsIn, before.eventsIn, seconds);
    v[kOutRate] = rate(now.eventsOut, before.eventsOut, seconds);
    v[kErrorRate] = rate(now.errors, before.errors, seconds);
    v[kLateRate] = rate(now.late, before.late, seconds);
    v[kErrorPercent] = v[kInRate] > 0 ? 100.0 * v[kErrorRate] / v[kInRate] : 0;
    v[kDeadLetters] = double(now.errors);
    v[kLateRecords] = double(now.late);
    v[kLatencyP50] = now.latencyP50Ms;
    v[kLatencyP95] = now.latencyP95Ms;
    v[kLatencyP99] = now.latencyP99Ms;
    v[kBatchP99] = now.batchP99Ms;
    v[kWatermarkDelay] = now.watermarkDelaySeconds;
    v[kQueueDepth] = double(now.queueDepth);
    v[kQueueCapacity] = double(now.queueCapacity);
    if (!now.lag.empty()) {
        double offsets = 0;
        double lagSeconds = 0;
        double paused = 0;
        for (const PartitionLag &p : now.lag) {
            offsets += double(p.offsets);
            lagSeconds = std::max(lagSeconds, p.seconds);
            paused += p.paused ? 1 : 0;
            v[partitionLagOffsets(p.topic, p.partition)] = double(p.offsets);
            v[partitionLagSeconds(p.topic, p.partition)] = p.seconds;
        }
        v[kLagOffsets] = offsets;
        v[kLagSeconds] = lagSeconds;
        v[kPausedPartitions] = paused;
    }
    for (const NodeStats &n : now.nodes) {
        const NodeStats *previous = findNode(before, n.id);
        addNode(s, n, previous ? *previous : NodeStats{}, seconds);
        addNodeWork(s, n, previous ? *previous : NodeStats{}, seconds,
                    now.batchId - std::max<int64_t>(before.batchId, -1));
    }
    return s;
}

} // namespace weir
