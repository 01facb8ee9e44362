#pragma once

// Pieces kafkasource.cpp and kafkasourcegroup.cpp share; not for other files.

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstddef>

namespace weir::kafkasource {

inline constexpr int kOpenTimeoutMs = 10000; // metadata, watermark and group offset queries
inline constexpr size_t kPiece = 256; // records per consume call

// An owned librdkafka partition list.
struct PartitionList
{
    rd_kafka_topic_partition_list_t *list;
    explicit PartitionList(size_t size)
        : list(rd_kafka_topic_partition_list_new(int(std::max<size_t>(size, 1))))
    {
    }
    ~PartitionList() { rd_kafka_topic_partition_list_destroy(list); }
    PartitionList(const PartitionList &) = delete;
    PartitionList &operator=(const PartitionList &) = delete;
};

// Whether the group uses the cooperative (incremental) rebalance protocol.
bool cooperative(rd_kafka_t *consumer);
// Adds `partitions` to the assignment, or removes them, by the group's protocol.
rd_kafka_resp_err_t changeAssignment(rd_kafka_t *consumer,
                                     const rd_kafka_topic_partition_list_t *partitions, bool add);

// Closes the consumer within a few seconds: rd_kafka_consumer_close() waits without a limit
// for a group coordinator that is down. True when the close completed.
bool closeConsumer(rd_kafka_t *consumer);

} // namespace weir::kafkasource
