#pragma once

#include <cstdint>
#include <string>

namespace weir {

// source.kafka reads several topics as one source; its Positions key of a partition is
// topicIndex * 65536 + partition, topicIndex being the topic's place in `topics`
// (so with one topic the key is the partition id).
inline constexpr int32_t kKafkaPartitionsPerTopic = 65536;

int32_t kafkaPositionKey(size_t topicIndex, int32_t partition);
size_t kafkaTopicIndex(int32_t key);
int32_t kafkaPartition(int32_t key);

// Where to resume a partition and how many records that skips.
struct KafkaResumeOffset
{
    int64_t offset = 0;
    uint64_t skipped = 0;
};

// Checks a position restored from a checkpoint against the partition's watermarks
// [low, high). Inside: resume there. Below `low` (retention deleted records that were
// never read) or above `high` (the topic was recreated or truncated): throws
// std::runtime_error naming topic, partition and the offsets, unless `continueOnLoss`,
// which resumes at `low` (counting low - position skipped records when below it).
// `inProcessSandbox` (bootstrap_servers "embedded"): beyond `high` the reason is that the
// in-process sandbox forgot its records when the earlier run's process exited, and the
// message says so and what to do.
KafkaResumeOffset kafkaResumeOffset(const std::string &topic, int32_t partition,
                                    int64_t position, int64_t low, int64_t high,
                                    bool continueOnLoss, bool inProcessSandbox = false);

} // namespace weir
