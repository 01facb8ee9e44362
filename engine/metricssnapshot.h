#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace weir {

enum class RunState { Idle, Starting, Running, Paused, Stopping, Finished, Failed };

const char *runStateName(RunState state);

// A key that makes up a large share of what a sink writes (skew_aware Kafka sinks).
struct HotKey
{
    std::string key;
    double share = 0; // of the sink's recent keyed records, 0..1
};

struct NodeStats
{
    std::string id;
    std::string type;
    uint64_t in = 0;      // records that arrived at the node's input
    uint64_t out = 0;     // records it sent on `out` (rows written, for sinks)
    uint64_t errors = 0;  // records it sent on `errors`
    uint64_t late = 0;    // records it sent on `late`
    double inRate = 0;    // records/s over the last second or so
    double outRate = 0;
    uint64_t commits = 0; // sinks: batches made durable
    double busySeconds = 0; // time spent in the node's own work (not its downstream's), total
    std::vector<HotKey> hotKeys; // sinks: the hot keys they currently spread, largest first
};

struct PartitionLag
{
    std::string topic;
    int32_t partition = 0;
    int64_t offsets = 0;
    double seconds = 0;
    bool paused = false; // backpressure: the source stopped reading it while the queue is full
};

// What the engine thread publishes after every micro-batch (engine -> GUI / weir-run).
// A plain value: copied out under a short lock, read without any.
struct MetricsSnapshot
{
    RunState state = RunState::Idle;
    std::string error;            // set when state == Failed
    double elapsedSeconds = 0;
    int64_t batchId = -1;         // last committed batch
    uint64_t eventsIn = 0;        // records read from all sources
    uint64_t eventsOut = 0;       // rows committed by all sinks
    uint64_t errors = 0;          // records sent to any errors port
    uint64_t late = 0;            // records sent to any late port
    double eventsPerSecond = 0;   // input throughput, recent
    double errorsPerSecond = 0;
    double latencyP50Ms = 0;      // end-to-end: read from source -> sinks committed
    double latencyP95Ms = 0;
    double latencyP99Ms = 0;
    double batchP99Ms = 0;        // processing time of one micro-batch
    uint64_t queueDepth = 0;      // records waiting between sources and the engine
    uint64_t queueCapacity = 0;
    int64_t watermarkMs = INT64_MIN;
    double watermarkDelaySeconds = 0; // now - watermark
    uint64_t stateEntries = 0;    // window+group entries held
    double lastCheckpointMs = 0;
    std::vector<PartitionLag> lag;
    std::vector<NodeStats> nodes;
    std::vector<std::string> messages; // recent run-log notices (a followed file truncated
                                       // ...), oldest first, at most RunStats::kMaxMessages
};

} // namespace weir
