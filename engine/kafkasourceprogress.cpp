// source.kafka: how far behind it is (watermarks, lag) and how far the group has committed.
#include "kafkasource.h"

#include "clock.h"
#include "kafkaoffsets.h"
#include "kafkasourceinternal.h"

#include <algorithm>

#include <librdkafka/rdkafka.h>

namespace weir {

using kafkasource::PartitionList;

namespace {

constexpr int kRefreshTimeoutMs = 500; // watermark queries while paused
constexpr int64_t kRefreshEveryNs = 2'000'000'000;

} // namespace

// The high watermarks librdkafka learnt from its fetch responses; while paused (fetches
// stop, and so do their updates) every few seconds the brokers' answer. Never while
// reading: a ListOffsets request waits behind the connection's long-polling Fetch (up to
// fetch.wait.max.ms per partition), which starved the reader once it had caught up.
void KafkaSource::refreshHighWatermarks()
{
    if (!m_consumer)
        return;
    const bool query = m_paused && steadyNowNs() - m_lastQueryNs > kRefreshEveryNs;
    if (query)
        m_lastQueryNs = steadyNowNs();
    Positions highs;
    for (const Assigned &a : m_assigned) {
        int64_t low = -1;
        int64_t high = -1;
        const char *topic = topicName(a.topicIndex).c_str();
        rd_kafka_resp_err_t err = query
            ? rd_kafka_query_watermark_offsets(m_consumer, topic, a.partition, &low, &high,
                                               kRefreshTimeoutMs)
            : rd_kafka_get_watermark_offsets(m_consumer, topic, a.partition, &low, &high);
        if (!err && high >= 0)
            highs[a.key] = high;
    }
    std::lock_guard lock(m_mutex);
    for (const auto &[key, high] : highs) {
        if (m_owned.contains(key))
            m_highWatermarks[key] = std::max(m_highWatermarks[key], high);
    }
}

// The high watermarks, or the ending_partition_offsets where those come first.
Positions KafkaSource::availableEnd()
{
    refreshHighWatermarks();
    Positions end;
    {
        std::lock_guard lock(m_mutex);
        end = m_highWatermarks;
    }
    if (m_params.partitionEnds.empty())
        return end;
    for (auto &[key, offset] : end) {
        const auto found = m_params.partitionEnds.find(describePartition(key));
        if (found != m_params.partitionEnds.end())
            offset = std::min(offset, found->second);
    }
    return end;
}

std::map<int32_t, double> KafkaSource::lagSeconds() const
{
    const int64_t now = wallNowMs();
    std::lock_guard lock(m_mutex);
    std::map<int32_t, double> seconds;
    for (const auto &[key, timestamp] : m_lastTimestamps) {
        if (m_owned.contains(key))
            seconds[key] = double(std::max<int64_t>(0, now - timestamp)) / 1e3;
    }
    return seconds;
}

// Engine thread. Asynchronous: the result arrives in onCommit while read() polls. Only
// partitions this member owns are committed: a revoked one may have moved on elsewhere.
void KafkaSource::committed(const Positions &next)
{
    if (!m_consumer || next.empty() || next == m_lastCommitted || !m_params.commitOffsets)
        return;
    std::lock_guard lock(m_mutex);
    m_engineCommitted = next;
    m_requested = next;
    commitOffsets(next, true);
    m_lastCommitted = next;
}

// Needs m_mutex held.
void KafkaSource::commitOffsets(const Positions &next, bool async)
{
    PartitionList list(next.size());
    for (const auto &[key, offset] : next) {
        const size_t topic = kafkaTopicIndex(key);
        if (topic < m_topics.size() && offset >= 0 && m_owned.contains(key))
            rd_kafka_topic_partition_list_add(list.list, m_topics[topic].c_str(),
                                              kafkaPartition(key))
                ->offset
                = offset;
    }
    if (list.list->cnt == 0)
        return;
    if (const rd_kafka_resp_err_t err = rd_kafka_commit(m_consumer, list.list, async ? 1 : 0)) {
        m_commitError = rd_kafka_err2str(err);
        m_commitFailed = true;
    }
}

void KafkaSource::retryFailedCommit()
{
    constexpr int64_t kRetryEveryNs = 1'000'000'000;
    if (!m_commitFailed || steadyNowNs() - m_lastRetryNs < kRetryEveryNs)
        return;
    m_lastRetryNs = steadyNowNs();
    m_commitFailed = false;
    std::lock_guard lock(m_mutex);
    commitOffsets(m_requested, true);
}

void KafkaSource::noteCommitResult(std::string error)
{
    if (!error.empty())
        m_commitFailed = true;
    std::lock_guard lock(m_mutex);
    m_commitError = std::move(error);
}

std::string KafkaSource::lastCommitError() const
{
    std::lock_guard lock(m_mutex);
    return m_commitError;
}

} // namespace weir
