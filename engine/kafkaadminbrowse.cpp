// KafkaAdmin::lagSeconds() and partitionWatermarks(): what the topic browser adds.
#include "kafkaadmin.h"

#include "kafkaadminutil.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>

namespace weir {

double KafkaAdmin::lagSeconds(const GroupPartition &partition, int64_t nowMs,
                              std::chrono::milliseconds timeout)
{
    if (partition.lag <= 0)
        return 0;
    // The record at the committed offset is the oldest the group has not read; fetch()
    // starts at the low watermark if the broker dropped it already.
    const std::vector<KafkaMessage> oldest
        = fetch(partition.topic, partition.partition, FetchStart::offset(partition.committed), 1,
                std::nullopt, timeout);
    if (oldest.empty() || oldest.front().timestampMs < 0)
        return 0;
    return double(std::max<int64_t>(0, nowMs - oldest.front().timestampMs)) / 1000.0;
}

PartitionWatermarks KafkaAdmin::partitionWatermarks(const std::string &topic, int32_t partition,
                                                    std::chrono::milliseconds timeout)
{
    return watermarks(topic, partition, int(std::max<int64_t>(1, timeout.count())));
}

int64_t KafkaAdmin::offsetForTime(const std::string &topic, int32_t partition, int64_t timestampMs,
                                  std::chrono::milliseconds timeout)
{
    const kafkaadmin::Deadline deadline(timeout);
    const PartitionWatermarks marks = watermarks(topic, partition, deadline.remainingMs());
    kafkaadmin::PartitionList times;
    rd_kafka_topic_partition_list_add(times.list, topic.c_str(), partition)->offset = timestampMs;
    rd_kafka_resp_err_t err
        = rd_kafka_offsets_for_times(m_handle, times.list, deadline.remainingMs());
    if (!err)
        err = times.list->elems[0].err;
    if (err)
        throw std::runtime_error("cannot find the offset for a time in "
                                 + kafkaadmin::partitionName(topic, partition) + ": "
                                 + rd_kafka_err2str(err));
    if (const int64_t found = times.list->elems[0].offset; found >= 0)
        return std::clamp(found, marks.low, marks.high);
    const auto at = [&](int64_t offset) {
        return fetch(topic, partition, FetchStart::offset(offset), 1, std::nullopt,
                     std::chrono::milliseconds(deadline.remainingMs()));
    };
    // The broker found nothing: believe it unless the newest record is recent enough.
    if (marks.low >= marks.high)
        return marks.high;
    const std::vector<KafkaMessage> newest = at(marks.high - 1);
    if (newest.empty() || newest.front().timestampMs < timestampMs)
        return marks.high;
    int64_t low = marks.low;
    int64_t high = newest.front().offset; // its timestamp is at or after the time
    while (low < high) {
        const int64_t middle = low + (high - low) / 2;
        const std::vector<KafkaMessage> record = at(middle);
        if (record.empty() || record.front().offset >= high
            || record.front().timestampMs >= timestampMs)
            high = middle;
        else
            low = record.front().offset + 1;
    }
    return high;
}

} // namespace weir
