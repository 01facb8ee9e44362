#include "prometheusmetrics.h"

#include <prometheus/counter.h>
#include <prometheus/exposer.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <algorithm>
#include <stdexcept>

namespace weir {

namespace {

// The reference article's buckets for pipeline_processing_seconds.
const prometheus::Histogram::BucketBoundaries kProcessingBuckets{.001, .005, .01, .05, .1, .5, 1, 5};
const prometheus::Histogram::BucketBoundaries kLatencyBuckets{.001, .005, .01, .05, .1, .5, 1,
                                                               2.5, 5, 10, 30, 60};

} // namespace

PrometheusMetrics::PrometheusMetrics(const std::string &pipeline,
                                     const std::vector<NodeStats> &nodes)
    : m_pipeline(pipeline)
    , m_registry(std::make_shared<prometheus::Registry>())
{
    using namespace prometheus;
    auto &events = BuildCounter()
                       .Name("pipeline_events_processed_total")
                       .Help("Records read from the pipeline's sources, by outcome")
                       .Register(*m_registry);
    m_ok = &events.Add({{"pipeline", pipeline}, {"status", "ok"}});
    m_errors = &events.Add({{"pipeline", pipeline}, {"status", "error"}});
    m_late = &events.Add({{"pipeline", pipeline}, {"status", "late"}});
    m_deadLetters = &BuildCounter()
                         .Name("pipeline_dead_letter_records_total")
                         .Help("Records sent to an errors port")
                         .Register(*m_registry)
                         .Add({{"pipeline", pipeline}});
    m_lateRecords = &BuildCounter()
                         .Name("pipeline_late_records_total")
                         .Help("Records behind the watermark, sent to a late port")
                         .Register(*m_registry)
                         .Add({{"pipeline", pipeline}});
    m_written = &BuildCounter()
                     .Name("pipeline_records_written_total")
                     .Help("Records (rows) committed by the pipeline's sinks")
                     .Register(*m_registry)
                     .Add({{"pipeline", pipeline}});
    m_processing = &BuildHistogram()
                        .Name("pipeline_processing_seconds")
                        .Help("Time spent processing one micro-batch")
                        .Register(*m_registry)
                        .Add({{"pipeline", pipeline}}, kProcessingBuckets);
    m_latency = &BuildHistogram()
                     .Name("pipeline_end_to_end_latency_seconds")
                     .Help("From a record's read at the source to its sinks' commit")
                     .Register(*m_registry)
                     .Add({{"pipeline", pipeline}}, kLatencyBuckets);
    m_checkpoint = &BuildHistogram()
                        .Name("pipeline_checkpoint_seconds")
                        .Help("Time to write one checkpoint commit")
                        .Register(*m_registry)
                        .Add({{"pipeline", pipeline}}, kProcessingBuckets);
    auto &queue = BuildGauge()
                      .Name("pipeline_queue_depth")
                      .Help("Records waiting between the sources and the engine")
                      .Register(*m_registry);
    m_queueDepth = &queue.Add({{"pipeline", pipeline}});
    m_queueCapacity = &BuildGauge()
                           .Name("pipeline_queue_capacity")
                           .Help("Records the queue holds before sources are paused")
                           .Register(*m_registry)
                           .Add({{"pipeline", pipeline}});
    m_pausedPartitions = &BuildGauge()
                              .Name("pipeline_paused_partitions")
                              .Help("Source partitions paused by backpressure (queue full)")
                              .Register(*m_registry)
                              .Add({{"pipeline", pipeline}});
    m_watermarkDelay = &BuildGauge()
                            .Name("pipeline_watermark_delay_seconds")
                            .Help("Wall-clock time minus the event-time watermark")
                            .Register(*m_registry)
                            .Add({{"pipeline", pipeline}});
    m_stateEntries = &BuildGauge()
                          .Name("pipeline_state_entries")
                          .Help("Window and group entries held in operator state")
                          .Register(*m_registry)
                          .Add({{"pipeline", pipeline}});
    m_lagOffsets = &BuildGauge()
                        .Name("pipeline_consumer_lag")
                        .Help("Records behind the end of the partition (high watermark - position)")
                        .Register(*m_registry);
    m_lagSeconds = &BuildGauge()
                        .Name("pipeline_consumer_lag_seconds")
                        .Help("Age of the next unconsumed record (of the last one when caught up)")
                        .Register(*m_registry);
    m_hotKeyShare = &BuildGauge()
                         .Name("pipeline_sink_hot_key_share")
                         .Help("Share of a sink's recent keyed records that carry its rank-th "
                               "hottest key (skew_aware partitioner; rank 1 to "
                               + std::to_string(kMaxHotKeyRanks) + ")")
                         .Register(*m_registry);
    auto &nodeRecords = BuildCounter()
                            .Name("pipeline_node_records_total")
                            .Help("Records a node sent, by port (rows written, for sinks)")
                            .Register(*m_registry);
    for (const NodeStats &n : nodes) {
        m_nodes.push_back({&nodeRecords.Add({{"pipeline", pipeline}, {"node", n.id}, {"port", "out"}}),
                           &nodeRecords.Add({{"pipeline", pipeline}, {"node", n.id}, {"port", "errors"}}),
                           &nodeRecords.Add({{"pipeline", pipeline}, {"node", n.id}, {"port", "late"}}),
                           n.id,
                           n.type.starts_with("sink."),
                           {}});
    }
}

PrometheusMetrics::~PrometheusMetrics() = default;

void PrometheusMetrics::serve(const std::string &address)
{
    try {
        m_exposer = std::make_unique<prometheus::Exposer>(address);
    } catch (const std::exception &e) {
        throw std::runtime_error("cannot serve metrics on '" + address + "': " + e.what());
    }
    m_exposer->RegisterCollectable(m_registry);
}

void PrometheusMetrics::addRecords(uint64_t ok, uint64_t errors, uint64_t late)
{
    m_ok->Increment(double(ok));
    m_errors->Increment(double(errors));
    m_late->Increment(double(late));
    m_deadLetters->Increment(double(errors));
    m_lateRecords->Increment(double(late));
}

void PrometheusMetrics::addNodeRecords(size_t node, uint64_t out, uint64_t errors, uint64_t late)
{
    m_nodes[node].out->Increment(double(out));
    m_nodes[node].errors->Increment(double(errors));
    m_nodes[node].late->Increment(double(late));
    if (m_nodes[node].sink)
        m_written->Increment(double(out));
}

void PrometheusMetrics::observeBatch(double seconds)
{
    m_processing->Observe(seconds);
}

void PrometheusMetrics::observeLatency(double seconds, uint64_t records)
{
    if (records == 0)
        return;
    // The bucket Observe() would pick: the first bound >= seconds, else +Inf.
    std::vector<double> increments(kLatencyBuckets.size() + 1, 0.0);
    const auto bound = std::lower_bound(kLatencyBuckets.begin(), kLatencyBuckets.end(), seconds);
    increments[size_t(bound - kLatencyBuckets.begin())] = double(records);
    m_latency->ObserveMultiple(increments, seconds * double(records));
}

void PrometheusMetrics::observeCheckpoint(double seconds)
{
    m_checkpoint->Observe(seconds);
}

void PrometheusMetrics::setQueue(uint64_t depth, uint64_t capacity)
{
    m_queueDepth->Set(double(depth));
    m_queueCapacity->Set(double(capacity));
}

void PrometheusMetrics::setPausedPartitions(uint64_t partitions)
{
    m_pausedPartitions->Set(double(partitions));
}

void PrometheusMetrics::setWatermarkDelay(double seconds)
{
    m_watermarkDelay->Set(seconds);
}

void PrometheusMetrics::setStateEntries(uint64_t entries)
{
    m_stateEntries->Set(double(entries));
}

void PrometheusMetrics::setLag(const std::string &topic, int32_t partition, int64_t offsets,
                               double seconds)
{
    auto key = std::make_pair(topic, partition);
    auto it = m_lag.find(key);
    if (it == m_lag.end()) {
        using namespace prometheus;
        const Labels labels{{"pipeline", m_pipeline}, {"topic", topic},
                            {"partition", std::to_string(partition)}};
        it = m_lag.emplace(key, std::make_pair(&m_lagOffsets->Add(labels), &m_lagSeconds->Add(labels)))
                 .first;
    }
    it->second.first->Set(double(offsets));
    it->second.second->Set(seconds);
}

void PrometheusMetrics::setHotKeys(size_t node, const std::vector<HotKey> &keys)
{
    NodeCounters &n = m_nodes[node];
    const size_t ranks = std::min(keys.size(), kMaxHotKeyRanks);
    while (n.hotKeyRanks.size() > ranks) {
        m_hotKeyShare->Remove(n.hotKeyRanks.back());
        n.hotKeyRanks.pop_back();
    }
    while (n.hotKeyRanks.size() < ranks) {
        const std::string rank = std::to_string(n.hotKeyRanks.size() + 1);
        n.hotKeyRanks.push_back(
            &m_hotKeyShare->Add({{"pipeline", m_pipeline}, {"node", n.id}, {"rank", rank}}));
    }
    for (size_t i = 0; i < ranks; ++i)
        n.hotKeyRanks[i]->Set(keys[i].share);
}

} // namespace weir
