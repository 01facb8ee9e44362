#pragma once

#include "kafkasourceparams.h"
#include "pipeline.h"
#include "source.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct rd_kafka_s;
struct rd_kafka_queue_s;
struct rd_kafka_message_s;

namespace weir {

// source.kafka: reads the partitions of one or more topics with librdkafka. Assignment
// based: open() assigns every partition that exists at open time at an explicit offset
// (the engine's checkpoint position, else starting_offsets), so the engine's checkpoint
// owns the positions and there is no group rebalance. The group's committed offsets only
// follow the engine's commits (committed()) so kafka-consumer-groups and Burrow see the
// progress; they are never read back.
//
// Positions keys: kafkaPositionKey(topicIndex, partition) (see kafkaoffsets.h); with one
// topic the key is the partition id. A position is the offset of the next record.
//
// Threads: read() runs on the reader thread; committed(), position(), lagSeconds() may run on the
// engine thread at the same time (m_mutex guards positions and watermarks; librdkafka's
// calls are thread-safe). open() and close() run while no reader thread is active.
class KafkaSource final : public Source
{
public:
    KafkaSource(std::string nodeId, KafkaSourceParams params);
    ~KafkaSource() override;

    // Throws PipelineError for bad client settings, std::runtime_error for a missing topic,
    // an unreachable cluster or data loss (unless on_data_loss is "continue").
    void open(const Positions &from) override;
    // Never End: a Kafka topic is unbounded. Throws std::runtime_error on a record error.
    ReadStatus read(RawChunk &chunk, size_t maxRecords) override;
    Positions position() const override;
    // The high watermark of every assigned partition.
    Positions availableEnd() override;
    void close() override;
    std::map<int32_t, double> lagSeconds() const override;
    std::pair<std::string, int32_t> describePartition(int32_t key) const override;
    void committed(const Positions &next) override;

    // Records skipped because retention deleted them before they were read (on_data_loss
    // "continue").
    uint64_t skippedRecords() const { return m_skipped; }
    // The last error a group offset commit reported, empty if none.
    std::string lastCommitError() const;
    // Records the outcome of a group offset commit ("" for success); called by
    // librdkafka's commit callback inside read().
    void noteCommitResult(std::string error);
    const KafkaSourceParams &params() const { return m_params; }

private:
    struct Assigned
    {
        size_t topicIndex;
        int32_t partition;
        int32_t key;
    };
    struct Watermarks
    {
        int64_t low;
        int64_t high;
    };

    void createConsumer();
    void fetchPartitions();
    std::vector<Watermarks> queryWatermarks(int timeoutMs) const;
    std::vector<int64_t> configuredStarts(const std::vector<Watermarks> &marks) const;
    void assignAt(const std::vector<int64_t> &offsets);
    size_t consume(size_t maxRecords, int timeoutMs);
    void appendMessages(RawChunk &chunk, size_t count);
    int32_t positionKey(const rd_kafka_message_s &message);
    void refreshHighWatermarks();

    std::string m_nodeId;
    KafkaSourceParams m_params;
    rd_kafka_s *m_consumer = nullptr;
    rd_kafka_queue_s *m_queue = nullptr;
    std::vector<Assigned> m_assigned; // in metadata order, fixed between open and close
    std::vector<rd_kafka_message_s *> m_messages; // reused by read()
    const void *m_lastTopic = nullptr;            // read()'s cache of the topic lookup
    size_t m_lastTopicIndex = 0;
    int64_t m_lastQueryNs = 0;
    std::atomic<uint64_t> m_skipped {0};
    Positions m_lastCommitted; // engine thread only

    Positions m_readTimestamps; // reader thread: newest timestamps of the current read()
    mutable std::mutex m_mutex; // guards everything below
    Positions m_positions;
    Positions m_highWatermarks;
    Positions m_lastTimestamps; // per partition key: timestamp (ms) of the newest record read
    std::string m_commitError;
};

// Builds a source.kafka; throws PipelineError(nodeId, param, reason).
std::unique_ptr<Source> makeKafkaSource(const std::string &nodeId, const Json &params);

} // namespace weir
