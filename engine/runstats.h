#pragma once

#include "batchassembler.h"
#include "compiledpipeline.h"
#include "latencyhistogram.h"
#include "metricssnapshot.h"
#include "prometheusmetrics.h"

#include <mutex>

namespace weir {

// Turns what the engine thread did into the published MetricsSnapshot and the
// Prometheus metrics. Written by the engine thread; snapshot() may be called
// from any thread (engine -> GUI / status line).
class RunStats
{
public:
    RunStats(const CompiledPipeline &pipeline, PrometheusMetrics &prometheus);

    struct BatchFacts
    {
        int64_t batchId = -1;
        double processingSeconds = 0;
        double checkpointSeconds = 0;
        int64_t watermarkMs = INT64_MIN;
        uint64_t stateEntries = 0;
        std::vector<PartitionLag> lag;
    };
    // After every committed batch (or an idle tick, with no chunks).
    void update(const CompiledPipeline &pipeline, const CollectedInput &input,
                const BatchFacts &facts, const ChunkQueue &queue);
    // Source lag, paused partitions and queue depth, from any thread: the engine thread
    // after each batch and the source monitor between batches, so a stalled batch (a
    // blocked sink) still shows its backlog and backpressure.
    void updateSources(const std::vector<PartitionLag> &lag, const ChunkQueue &queue);
    void setState(RunState state, const std::string &error = {});
    // A run-log notice for the snapshot; only the newest kMaxMessages are kept.
    void addMessage(std::string message);
    static constexpr size_t kMaxMessages = 20;
    RunState state() const;
    MetricsSnapshot snapshot() const;

private:
    void recordLatency(const CollectedInput &input, int64_t nowNs);
    void updateRates(int64_t nowNs);
    void publishSources(const std::vector<PartitionLag> &lag, const ChunkQueue &queue);

    PrometheusMetrics &m_prometheus;
    const int64_t m_startNs;
    mutable std::mutex m_mutex;
    MetricsSnapshot m_snapshot;
    // engine-thread only
    LatencyHistogram m_latency[2];
    LatencyHistogram m_batchTimes;
    int64_t m_windowStartNs;
    int64_t m_rateSampleNs;
    uint64_t m_rateSampleIn = 0;
    uint64_t m_rateSampleErrors = 0;
    std::vector<NodeStats> m_rateSampleNodes;
    std::vector<NodeStats> m_published;
};

} // namespace weir
