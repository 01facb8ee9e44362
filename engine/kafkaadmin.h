#pragma once

#include "kafkabrowsetypes.h"
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
