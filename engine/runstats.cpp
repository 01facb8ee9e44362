#include "runstats.h"

#include "clock.h"

namespace weir {

namespace {
constexpr int64_t kLatencyWindowNs = 10'000'000'000; // percentiles over the last 10-20 s
constexpr int64_t kRateWindowNs = 1'000'000'000;
} // namespace

RunStats::RunStats(const CompiledPipeline &pipeline, PrometheusMetrics &prometheus)
    : m_prometheus(prometheus)
    , m_startNs(steadyNowNs())
    , m_windowStartNs(m_startNs)
    , m_rateSampleNs(m_startNs)
{
    for (const RuntimeNode &n : pipeline.nodes)
        m_snapshot.nodes.push_back(n.stats);
    m_rateSampleNodes = m_snapshot.nodes;
    m_published = m_snapshot.nodes;
}

void RunStats::recordLatency(const CollectedInput &input, int64_t nowNs)
{
    if (nowNs - m_windowStartNs > kLatencyWindowNs) {
        m_latency[1] = m_latency[0];
        m_latency[0].clear();
        m_windowStartNs = nowNs;
    }
    for (const auto &[ingestNs, records] : input.ingested) {
        const int64_t micros = std::max<int64_t>(0, (nowNs - ingestNs) / 1000);
        m_latency[0].record(uint64_t(micros), records);
        m_prometheus.observeLatency(double(micros) / 1e6, records);
    }
}

void RunStats::addMessage(std::string message)
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> &messages = m_snapshot.messages;
    if (messages.size() == kMaxMessages)
        messages.erase(messages.begin());
    messages.push_back(std::move(message));
}

void RunStats::updateRates(int64_t nowNs)
{
    const int64_t elapsed = nowNs - m_rateSampleNs;
    if (elapsed < kRateWindowNs)
        return;
    const double seconds = double(elapsed) / 1e9;
    m_snapshot.eventsPerSecond = double(m_snapshot.eventsIn - m_rateSampleIn) / seconds;
    m_snapshot.errorsPerSecond = double(m_snapshot.errors - m_rateSampleErrors) / seconds;
    for (size_t i = 0; i < m_snapshot.nodes.size(); ++i) {
        NodeStats &n = m_snapshot.nodes[i];
        n.inRate = double(n.in - m_rateSampleNodes[i].in) / seconds;
        n.outRate = double(n.out - m_rateSampleNodes[i].out) / seconds;
    }
    m_rateSampleNs = nowNs;
    m_rateSampleIn = m_snapshot.eventsIn;
    m_rateSampleErrors = m_snapshot.errors;
    m_rateSampleNodes = m_snapshot.nodes;
}

void RunStats::update(const CompiledPipeline &pipeline, const CollectedInput &input,
                      const BatchFacts &facts, const ChunkQueue &queue)
{
    const int64_t now = steadyNowNs();
    recordLatency(input, now);
    if (facts.batchId >= 0) {
        m_batchTimes.record(uint64_t(facts.processingSeconds * 1e6));
        m_prometheus.observeBatch(facts.processingSeconds);
        m_prometheus.observeCheckpoint(facts.checkpointSeconds);
    }
    LatencyHistogram latency = m_latency[0];
    latency.merge(m_latency[1]);

    std::lock_guard lock(m_mutex);
    uint64_t errorsDelta = 0, lateDelta = 0, inDelta = 0;
    for (size_t i = 0; i < pipeline.nodes.size(); ++i) {
        const NodeStats &now = pipeline.nodes[i].stats;
        NodeStats &shown = m_snapshot.nodes[i];
        const NodeStats &before = m_published[i];
        m_prometheus.addNodeRecords(i, now.out - before.out, now.errors - before.errors,
                                    now.late - before.late);
        errorsDelta += now.errors - before.errors;
        lateDelta += now.late - before.late;
        if (pipeline.nodes[i].kind == RuntimeNode::Kind::Source)
            inDelta += now.out - before.out;
        shown.in = now.in;
        shown.out = now.out;
        shown.errors = now.errors;
        shown.late = now.late;
        shown.busySeconds = now.busySeconds;
        if (pipeline.nodes[i].sink && facts.batchId >= 0) {
            shown.commits = now.commits;
            shown.hotKeys = pipeline.nodes[i].sink->hotKeys();
            m_prometheus.setHotKeys(i, shown.hotKeys);
        }
        m_published[i] = now;
    }
    m_prometheus.addRecords(inDelta - std::min(inDelta, errorsDelta + lateDelta), errorsDelta,
                            lateDelta);
    m_snapshot.eventsIn += inDelta;
    m_snapshot.errors += errorsDelta;
    m_snapshot.late += lateDelta;
    m_snapshot.eventsOut = 0;
    for (const RuntimeNode &n : pipeline.nodes) {
        if (n.sink)
            m_snapshot.eventsOut += n.stats.out;
    }
    if (facts.batchId >= 0) {
        m_snapshot.batchId = facts.batchId;
        m_snapshot.lastCheckpointMs = facts.checkpointSeconds * 1e3;
        m_snapshot.watermarkMs = facts.watermarkMs;
        m_snapshot.stateEntries = facts.stateEntries;
    }
    m_snapshot.latencyP50Ms = double(latency.quantile(0.50)) / 1e3;
    m_snapshot.latencyP95Ms = double(latency.quantile(0.95)) / 1e3;
    m_snapshot.latencyP99Ms = double(latency.quantile(0.99)) / 1e3;
    m_snapshot.batchP99Ms = double(m_batchTimes.quantile(0.99)) / 1e3;
    if (m_snapshot.watermarkMs != INT64_MIN) {
        m_snapshot.watermarkDelaySeconds = double(wallNowMs() - m_snapshot.watermarkMs) / 1e3;
        m_prometheus.setWatermarkDelay(m_snapshot.watermarkDelaySeconds);
    }
    m_prometheus.setStateEntries(m_snapshot.stateEntries);
    publishSources(facts.lag, queue);
    m_snapshot.elapsedSeconds = double(now - m_startNs) / 1e9;
    updateRates(now);
}

void RunStats::updateSources(const std::vector<PartitionLag> &lag, const ChunkQueue &queue)
{
    std::lock_guard lock(m_mutex);
    publishSources(lag, queue);
}

// Needs m_mutex held: it also serializes the Prometheus lag series.
void RunStats::publishSources(const std::vector<PartitionLag> &lag, const ChunkQueue &queue)
{
    m_snapshot.queueDepth = queue.depth();
    m_snapshot.queueCapacity = queue.capacity();
    m_prometheus.setQueue(queue.depth(), queue.capacity());
    m_snapshot.lag = lag;
    uint64_t paused = 0;
    for (const PartitionLag &l : lag) {
        m_prometheus.setLag(l.topic, l.partition, l.offsets, l.seconds);
        paused += l.paused ? 1 : 0;
    }
    m_prometheus.setPausedPartitions(paused);
}

void RunStats::setState(RunState state, const std::string &error)
{
    std::lock_guard lock(m_mutex);
    m_snapshot.state = state;
    if (!error.empty())
        m_snapshot.error = error;
}

RunState RunStats::state() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot.state;
}

MetricsSnapshot RunStats::snapshot() const
{
    std::lock_guard lock(m_mutex);
    MetricsSnapshot copy = m_snapshot;
    copy.elapsedSeconds = double(steadyNowNs() - m_startNs) / 1e9;
    return copy;
}

} // namespace weir
