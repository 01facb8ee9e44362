#pragma once

#include "kafkabrowsetypes.h"
#include "offsetreset.h"
#include "pipeline.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct rd_kafka_s;
struct rd_kafka_conf_s;

namespace weir {

// Browses a Kafka cluster for the GUI and for replay: topics with their watermarks,
// consumer groups with committed offsets and lag, and pages of records of one partition.
// No Qt; every call blocks for at most about its timeout and throws std::runtime_error
// naming the topic / partition / group and librdkafka's reason.
//
// `bootstrapServers` may be "embedded" (the process-wide sandbox). `config` is a
// librdkafka property object checked like a Kafka node's `config`: refused keys throw
// PipelineError (a std::runtime_error) before anything connects.
//
// Not thread-safe: use one KafkaAdmin per thread (librdkafka itself is).
class KafkaAdmin
{
public:
    explicit KafkaAdmin(const std::string &bootstrapServers, const Json &config = {},
                        bool allowInsecureTls = false);
    ~KafkaAdmin();

    KafkaAdmin(const KafkaAdmin &) = delete;
    KafkaAdmin &operator=(const KafkaAdmin &) = delete;

    const std::string &bootstrapServers() const { return m_bootstrap; }

    // Every topic (internal ones like __consumer_offsets included), sorted by name, with
    // its partitions sorted by id.
    std::vector<TopicInfo> listTopics(std::chrono::milliseconds timeout);

    // Every group the cluster lists (Kafka's ListGroups + DescribeGroups), sorted by id,
    // each with its committed offsets and lag.
    std::vector<GroupInfo> listGroups(std::chrono::milliseconds timeout);

    // One group's committed offsets and lag, without listing groups (state and members
    // are left unknown). Works where ListGroups does not, e.g. on the sandbox broker.
    GroupInfo groupOffsets(const std::string &groupId, std::chrono::milliseconds timeout);

    // Up to maxCount records of topic/partition from `start`, in offset order, stopping
    // before `endOffset` (exclusive) if given and at the high watermark at call time.
    // Empty when start is at or past that end.
    std::vector<KafkaMessage> fetch(const std::string &topic, int32_t partition, FetchStart start,
                                    size_t maxCount, std::optional<int64_t> endOffset,
                                    std::chrono::milliseconds timeout);

    // Where plan.group's committed offsets of plan.topic would move, per partition in id
    // order, without changing anything (kafkagroupreset.cpp). Throws for an unknown topic or
    // partition.
    std::vector<OffsetResetRow> previewReset(const OffsetResetPlan &plan,
                                             std::chrono::milliseconds timeout);
    // Commits what previewReset() shows and returns it. Refuses (std::runtime_error naming
    // the group and its members) while the group has active members, changing nothing.
    std::vector<OffsetResetRow> applyReset(const OffsetResetPlan &plan,
                                           std::chrono::milliseconds timeout);

    // How old, in seconds, the oldest record the group has not read yet is: now minus the
    // timestamp of the record at the committed offset; 0 when caught up
    // (kafkaadminbrowse.cpp).
    double lagSeconds(const GroupPartition &partition, int64_t nowMs,
                      std::chrono::milliseconds timeout);

    // One partition's low and high watermarks (kafkaadminbrowse.cpp).
    PartitionWatermarks partitionWatermarks(const std::string &topic, int32_t partition,
                                            std::chrono::milliseconds timeout);

    // The offset of the first record at or after `timestampMs`, the high watermark when there
    // is none (kafkaadminbrowse.cpp). Asks the broker (ListOffsets); where it finds nothing
    // although the newest record is that recent (librdkafka 2.0.2's mock answers -1 for any
    // time), binary-searches the records' timestamps instead, assuming they grow with the
    // offsets.
    int64_t offsetForTime(const std::string &topic, int32_t partition, int64_t timestampMs,
                          std::chrono::milliseconds timeout);

private:
    rd_kafka_conf_s *newConf(const std::string &groupId) const;
    rd_kafka_s *newConsumer(const std::string &groupId) const;
    PartitionWatermarks watermarks(const std::string &topic, int32_t partition,
                                   int timeoutMs) const;
    int64_t startOffset(const std::string &topic, int32_t partition, const FetchStart &start,
                        const PartitionWatermarks &marks, int timeoutMs) const;
    void fillOffsets(GroupInfo &group, const std::vector<TopicInfo> &topics,
                     std::chrono::milliseconds timeout) const;

    std::string m_bootstrap;
    Json m_config;
    rd_kafka_s *m_handle = nullptr; // producer handle: metadata, watermarks, group list
};

} // namespace weir
