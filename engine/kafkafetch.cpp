// KafkaAdmin::fetch(): pages of records of one partition, read by a short-lived consumer
// that is assigned the partition at the start offset and never joins or commits.
#include "kafkaadmin.h"

#include "kafkaadminutil.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <stdexcept>

namespace weir {

using namespace kafkaadmin;

namespace {

// Named by fetch consumers, which never join it nor commit: librdkafka's consumer poll
// needs a group id.
constexpr const char *kBrowseGroup = "weir-browse";

std::runtime_error fetchError(const std::string &topic, int32_t partition, const std::string &what,
                              rd_kafka_resp_err_t err)
{
    return std::runtime_error("cannot " + what + " " + partitionName(topic, partition) + ": "
                              + rd_kafka_err2str(err));
}

KafkaMessage toMessage(const rd_kafka_message_t &m)
{
    KafkaMessage out;
    out.partition = m.partition;
    out.offset = m.offset;
    rd_kafka_timestamp_type_t type;
    out.timestampMs = rd_kafka_message_timestamp(&m, &type);
    if (m.key)
        out.key = std::string(static_cast<const char *>(m.key), m.key_len);
    if (m.payload)
        out.value.assign(static_cast<const char *>(m.payload), m.len);
    rd_kafka_headers_t *headers = nullptr;
    if (rd_kafka_message_headers(&m, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        const char *name = nullptr;
        const void *value = nullptr;
        size_t size = 0;
        for (size_t i = 0; !rd_kafka_header_get_all(headers, i, &name, &value, &size); ++i) {
            KafkaHeader &header = out.headers.emplace_back();
            header.name = name;
            if (value)
                header.value = std::string(static_cast<const char *>(value), size);
        }
    }
    return out;
}

// Throws unless the topic exists and has the partition. Asks for every topic's metadata:
// a Metadata request that names a missing topic may create it (the sandbox's mock does,
// whatever the client allows; so does a broker with auto.create.topics.enable).
void requirePartition(rd_kafka_t *handle, const std::string &topic, int32_t partition,
                      int timeoutMs)
{
    const rd_kafka_metadata_t *metadata = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(handle, 1, nullptr, &metadata, timeoutMs);
    if (err)
        throw fetchError(topic, partition, "find", err);
    const rd_kafka_metadata_topic_t *info = nullptr;
    for (int t = 0; t < metadata->topic_cnt && !info; ++t)
        if (topic == metadata->topics[t].topic)
            info = &metadata->topics[t];
    const rd_kafka_resp_err_t topicErr = info ? info->err : RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    bool found = false;
    for (int p = 0; info && p < info->partition_cnt; ++p)
        found = found || info->partitions[p].id == partition;
    rd_kafka_metadata_destroy(metadata);
    if (topicErr == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART)
        throw std::runtime_error("topic '" + topic + "' does not exist");
    if (topicErr)
        throw fetchError(topic, partition, "find", topicErr);
    if (!found)
        throw std::runtime_error("topic '" + topic + "' has no partition "
                                 + std::to_string(partition));
}

} // namespace

int64_t KafkaAdmin::startOffset(const std::string &topic, int32_t partition,
                                const FetchStart &start, const PartitionWatermarks &marks,
                                int timeoutMs) const
{
    switch (start.kind) {
    case FetchStart::Kind::Offset:
        return std::max(start.value, marks.low);
    case FetchStart::Kind::Oldest:
        return marks.low;
    case FetchStart::Kind::Newest:
        return std::max(marks.low, marks.high - std::max<int64_t>(0, start.value));
    case FetchStart::Kind::Timestamp:
        break;
    }
    PartitionList times;
    rd_kafka_topic_partition_list_add(times.list, topic.c_str(), partition)->offset = start.value;
    const rd_kafka_resp_err_t err = rd_kafka_offsets_for_times(m_handle, times.list, timeoutMs);
    if (err)
        throw fetchError(topic, partition, "find the offset for a time in", err);
    const rd_kafka_topic_partition_t &found = times.list->elems[0];
    if (found.err)
        throw fetchError(topic, partition, "find the offset for a time in", found.err);
    // -1: no record at or after the time.
    return found.offset < 0 ? marks.high : std::max(found.offset, marks.low);
}

std::vector<KafkaMessage> KafkaAdmin::fetch(const std::string &topic, int32_t partition,
                                            FetchStart start, size_t maxCount,
                                            std::optional<int64_t> endOffset,
                                            std::chrono::milliseconds timeout)
{
    const Deadline deadline(timeout);
    requirePartition(m_handle, topic, partition, deadline.remainingMs());
    if (start.kind == FetchStart::Kind::Timestamp) // with offsetForTime()'s fallback
        start = FetchStart::offset(offsetForTime(topic, partition, start.value,
                                                 std::chrono::milliseconds(deadline.remainingMs())));
    const PartitionWatermarks marks = watermarks(topic, partition, deadline.remainingMs());
    const int64_t first = startOffset(topic, partition, start, marks, deadline.remainingMs());
    const int64_t stop = endOffset ? std::min(*endOffset, marks.high) : marks.high;
    std::vector<KafkaMessage> messages;
    if (maxCount == 0 || first >= stop)
        return messages;

    const ClientHandle consumer(newConsumer(kBrowseGroup));
    rd_kafka_poll_set_consumer(consumer.handle);
    PartitionList assignment;
    rd_kafka_topic_partition_list_add(assignment.list, topic.c_str(), partition)->offset = first;
    if (const rd_kafka_resp_err_t err = rd_kafka_assign(consumer.handle, assignment.list))
        throw fetchError(topic, partition, "assign", err);
    while (messages.size() < maxCount && (messages.empty() || messages.back().offset + 1 < stop)) {
        if (deadline.passed())
            throw std::runtime_error("timed out reading " + partitionName(topic, partition)
                                     + " after " + std::to_string(messages.size()) + " records");
        rd_kafka_message_t *m
            = rd_kafka_consumer_poll(consumer.handle, std::min(deadline.remainingMs(), 100));
        if (!m)
            continue;
        const rd_kafka_resp_err_t err = m->err;
        const bool wanted = !err && m->offset < stop;
        if (wanted)
            messages.push_back(toMessage(*m));
        rd_kafka_message_destroy(m);
        if (err == RD_KAFKA_RESP_ERR__PARTITION_EOF)
            break; // fewer records than the watermark promised (compaction, transactions)
        if (err)
            throw fetchError(topic, partition, "read", err);
        if (!wanted)
            break; // past the end (only with records skipped, e.g. by compaction)
    }
    return messages;
}

} // namespace weir
