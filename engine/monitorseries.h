#pragma once

#include <cstdint>
#include <string>

// The names of the series in a MonitorSample. Fixed series are constants; per-partition,
// per-node and per-worker series are built from a prefix, so a chart, a history query or
// an alert can select them by prefix ("lag_offsets/" = every partition's lag).
namespace weir::series {

inline constexpr const char *kInRate = "in_rate";                 // events/s read
inline constexpr const char *kOutRate = "out_rate";               // rows/s committed by sinks
inline constexpr const char *kErrorRate = "error_rate";           // records/s to errors ports
inline constexpr const char *kErrorPercent = "error_percent";     // errors / input, %
inline constexpr const char *kLateRate = "late_rate";             // records/s to late ports
inline constexpr const char *kDeadLetters = "dead_letters";       // errors so far (total)
inline constexpr const char *kLateRecords = "late_records";       // late records so far (total)
inline constexpr const char *kLagOffsets = "lag_offsets";         // sum over partitions
inline constexpr const char *kLagSeconds = "lag_seconds";         // max over partitions
inline constexpr const char *kLatencyP50 = "latency_p50_ms";      // end-to-end
inline constexpr const char *kLatencyP95 = "latency_p95_ms";
inline constexpr const char *kLatencyP99 = "latency_p99_ms";
inline constexpr const char *kBatchP99 = "batch_p99_ms";          // one micro-batch
inline constexpr const char *kWatermarkDelay = "watermark_delay_s";
inline constexpr const char *kQueueDepth = "queue_depth";
inline constexpr const char *kQueueCapacity = "queue_capacity";
inline constexpr const char *kPausedPartitions = "paused_partitions"; // backpressure

// "lag_offsets/orders/3", "lag_seconds/orders/3"
inline std::string partitionLagOffsets(const std::string &topic, int32_t partition)
{
    return std::string(kLagOffsets) + "/" + topic + "/" + std::to_string(partition);
}
inline std::string partitionLagSeconds(const std::string &topic, int32_t partition)
{
    return std::string(kLagSeconds) + "/" + topic + "/" + std::to_string(partition);
}

// "node/parse/in_rate": a node's own figures; `what` is in_rate, out_rate, error_rate,
// late_rate, in, out, errors, late, busy_percent (its own work's share of the time) and
// batch_ms (its own work per micro-batch: the node's latency, present once a batch ran).
inline std::string node(const std::string &id, const char *what)
{
    return "node/" + id + "/" + what;
}

// "worker/<name>/<series>": a remote worker's copy of any series above.
inline std::string worker(const std::string &name, const std::string &series)
{
    return "worker/" + name + "/" + series;
}

} // namespace weir::series
