#pragma once

#include "metricssnapshot.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace prometheus {
class Registry;
class Exposer;
class Counter;
class Gauge;
class Histogram;
template<typename T>
class Family;
} // namespace prometheus

namespace weir {

// The pipeline's Prometheus metrics, named as in DESIGN.md. Fed by the engine
// thread after every micro-batch; served by an exposer when an address is given.
class PrometheusMetrics
{
public:
    PrometheusMetrics(const std::string &pipeline, const std::vector<NodeStats> &nodes);
    ~PrometheusMetrics();

    // Serves /metrics on `address` ("127.0.0.1:9464"); throws std::runtime_error if it can't.
    void serve(const std::string &address);
    std::shared_ptr<prometheus::Registry> registry() const { return m_registry; }

    void addRecords(uint64_t ok, uint64_t errors, uint64_t late);
    void addNodeRecords(size_t node, uint64_t out, uint64_t errors, uint64_t late);
    void observeBatch(double seconds);
    // `records` that all took `seconds`: each counts, as in the GUI's histogram, so
    // histogram_quantile() over the buckets gives the monitor's per-record percentiles.
    void observeLatency(double seconds, uint64_t records = 1);
    void observeCheckpoint(double seconds);
    void setQueue(uint64_t depth, uint64_t capacity);
    void setWatermarkDelay(double seconds);
    void setStateEntries(uint64_t entries);
    void setLag(const std::string &topic, int32_t partition, int64_t offsets, double seconds);
    void setPausedPartitions(uint64_t partitions);
    // The shares of the hot keys a sink node spreads now, as gauges labelled by rank
    // ("1" = largest) up to kMaxHotKeyRanks: label values never come from record data (a key
    // is a user id: one series per key would grow without bound). Ranks no longer filled are
    // removed. The keys themselves reach the GUI through NodeStats::hotKeys.
    void setHotKeys(size_t node, const std::vector<HotKey> &keys);

    static constexpr size_t kMaxHotKeyRanks = 10;

private:
    struct NodeCounters
    {
        prometheus::Counter *out;
        prometheus::Counter *errors;
        prometheus::Counter *late;
        std::string id;
        bool sink;
        std::vector<prometheus::Gauge *> hotKeyRanks; // [0] = rank "1"
    };

    std::string m_pipeline;
    std::shared_ptr<prometheus::Registry> m_registry;
    std::unique_ptr<prometheus::Exposer> m_exposer;
    prometheus::Counter *m_ok;
    prometheus::Counter *m_errors;
    prometheus::Counter *m_late;
    prometheus::Counter *m_deadLetters;
    prometheus::Counter *m_lateRecords;
    prometheus::Counter *m_written;
    prometheus::Histogram *m_processing;
    prometheus::Histogram *m_latency;
    prometheus::Histogram *m_checkpoint;
    prometheus::Gauge *m_queueDepth;
    prometheus::Gauge *m_pausedPartitions;
    prometheus::Gauge *m_queueCapacity;
    prometheus::Gauge *m_watermarkDelay;
    prometheus::Gauge *m_stateEntries;
    prometheus::Family<prometheus::Gauge> *m_lagOffsets;
    prometheus::Family<prometheus::Gauge> *m_lagSeconds;
    prometheus::Family<prometheus::Gauge> *m_hotKeyShare;
    std::vector<NodeCounters> m_nodes;
    std::map<std::pair<std::string, int32_t>, std::pair<prometheus::Gauge *, prometheus::Gauge *>>
        m_lag;
};

} // namespace weir
