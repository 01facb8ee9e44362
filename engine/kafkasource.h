#pragma once

#include "kafkasourceparams.h"
#include "pipeline.h"
#include "source.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

struct rd_kafka_s;
struct rd_kafka_queue_s;
struct rd_kafka_message_s;
struct rd_kafka_topic_partition_list_s;

namespace weir {

// source.kafka: reads the partitions of one or more topics with librdkafka.
//
// group_mode "assign" (the default): open() assigns every partition of the topics at an
// explicit offset (the engine's checkpoint position, else starting_offsets), so the
// checkpoint owns the positions and there is no group rebalance. The group's committed
// offsets only follow the engine's commits (committed()) so kafka-consumer-groups and
// Burrow see the progress.
//
// group_mode "subscribe": the source joins the consumer group, which splits the partitions
// among its members. A partition assigned to this member starts at the later of the group's
// committed offset and this run's checkpoint position. On revoke the source stops reading,
// waits until the engine has committed every record it read from the revoked partitions,
// commits their group offsets synchronously and only then gives them up — so the next owner
// starts exactly where this member stopped. A crash between a batch's sink commit and the
// group commit re-reads that batch (at least once; see replaysExactly()).
//
// Topics starting with ^ are regular expressions (POSIX extended, as librdkafka's), matched
// against the cluster's topics at open.
//
// Positions keys: kafkaPositionKey(topicIndex, partition) (see kafkaoffsets.h), topicIndex
// being the place of the topic in the resolved topic list (persistentSettings() keeps it
// stable across restarts); with one topic the key is the partition id.
//
// Threads: read(), keepAlive(), setPaused() and librdkafka's rebalance callback run on the
// reader thread; committed(), position(), lagSeconds(), describePartition() may run on the
// engine thread at the same time (m_mutex guards what both touch; librdkafka's calls are
// thread-safe). open() and close() run while no reader thread is active.
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
    void setPaused(bool paused) override;
    void keepAlive() override;
    double maxRecordsPerSecond() const override;
    bool replaysExactly() const override;
    std::string takeNotice() override;
    std::string persistentSettings() const override;
    void restoreSettings(const std::string &settings) override;

    // Records skipped because retention deleted them before they were read (on_data_loss
    // "continue").
    uint64_t skippedRecords() const { return m_skipped; }
    // The last error a group offset commit reported, empty if none.
    std::string lastCommitError() const;
    // Records the outcome of a group offset commit ("" for success); called by
    // librdkafka's commit callback inside read().
    void noteCommitResult(std::string error);
    // librdkafka's rebalance callback (subscribe mode), inside a consume call.
    void rebalanced(int err, rd_kafka_topic_partition_list_s *partitions);
    // How long a stall lasts before a group member pauses its partitions in librdkafka and
    // keepAlive() polls (default 30 s; tests shorten it).
    void setGroupPauseAfter(std::chrono::milliseconds after) { m_groupPauseAfter = after; }
    // Partitions this source reads now (subscribe mode: its share of the group's).
    size_t assignedPartitions() const;
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

    bool subscribing() const { return m_params.groupMode == KafkaGroupMode::Subscribe; }
    void createConsumer();
    void resolveTopics();
    size_t topicIndex(std::string_view name);
    const std::string &topicName(size_t index) const;
    void fetchPartitions();
    std::vector<Watermarks> queryWatermarks(const std::vector<Assigned> &partitions,
                                            int timeoutMs) const;
    std::vector<int64_t> configuredStarts(const std::vector<Assigned> &partitions,
                                          const std::vector<Watermarks> &marks) const;
    void startAtTime(const std::vector<Assigned> &partitions, const std::vector<Watermarks> &marks,
                     std::vector<int64_t> &starts) const;
    void assignAt(const std::vector<int64_t> &offsets);
    void openAssigned(const Positions &from);
    void openSubscribed();
    void startAssigned(const std::vector<Assigned> &added, const std::vector<int64_t> &offsets,
                       const std::vector<Watermarks> &marks);
    // Subscribe mode: the start offsets of newly assigned partitions.
    std::vector<int64_t> groupStarts(const std::vector<Assigned> &added,
                                     const std::vector<Watermarks> &marks);
    void takeAssignment(rd_kafka_topic_partition_list_s *partitions);
    void giveUp(rd_kafka_topic_partition_list_s *partitions, bool commit);
    bool finishRevoke();
    void pauseAssigned(bool paused, const std::vector<Assigned> &which);
    void seekToPositions();
    // Serves librdkafka (group callbacks) for up to timeoutMs; records go to m_held.
    void serve(int timeoutMs);
    void takeHeld(RawChunk &chunk);
    size_t consume(size_t maxRecords, int timeoutMs);
    void appendMessages(RawChunk &chunk, size_t count);
    int32_t positionKey(const rd_kafka_message_s &message);
    void refreshHighWatermarks();
    void rethrowFailure();
    // Reader thread, while idle: sends again a group commit that failed (the engine only
    // commits again when new records arrive).
    void retryFailedCommit();
    void commitOffsets(const Positions &next, bool async);

    std::string m_nodeId;
    KafkaSourceParams m_params;
    rd_kafka_s *m_consumer = nullptr;
    rd_kafka_queue_s *m_queue = nullptr;
    std::vector<Assigned> m_assigned; // reader thread (and open); metadata order
    std::vector<rd_kafka_message_s *> m_messages; // reused by read()
    const void *m_lastTopic = nullptr; // read()'s cache of the topic lookup
    size_t m_lastTopicIndex = 0;
    int64_t m_lastQueryNs = 0;
    std::atomic<uint64_t> m_skipped {0};
    Positions m_lastCommitted; // engine thread only
    std::atomic<bool> m_commitFailed {false};
    int64_t m_lastRetryNs = 0; // reader thread
    Positions m_from; // the checkpoint positions open() got
    bool m_paused = false; // reader thread: the engine's queue stays full
    bool m_kafkaPaused = false; // reader thread: partitions paused in librdkafka (long stall)
    int64_t m_pausedSinceNs = 0;
    std::chrono::milliseconds m_groupPauseAfter {30000};
    RawChunk m_held; // records consumed by keepAlive() or open(), read() hands out
    std::vector<int32_t> m_revoking; // subscribe: keys to give up once the engine committed
    rd_kafka_topic_partition_list_s *m_revokeList = nullptr;
    bool m_assignedOnce = false;
    std::string m_failure; // an error inside a librdkafka callback, thrown by read()
    std::vector<size_t> m_wanted; // indices into m_topics of the topics to read now
    std::vector<std::string> m_notices; // reader thread: group events for the run log

    Positions m_readTimestamps; // reader thread: newest timestamps of the current read()
    mutable std::mutex m_mutex; // guards everything below
    std::vector<std::string> m_topics; // resolved names; index = topic part of the keys
    std::set<int32_t> m_owned; // keys assigned now
    Positions m_positions;
    Positions m_assignedAt; // subscribe: where each owned partition started
    Positions m_engineCommitted; // the engine's last committed positions
    Positions m_requested; // the group offsets last asked to be committed
    Positions m_highWatermarks;
    Positions m_lastTimestamps; // per partition key: timestamp (ms) of the newest record read
    std::string m_commitError;
};

// Builds a source.kafka; throws PipelineError(nodeId, param, reason).
std::unique_ptr<Source> makeKafkaSource(const std::string &nodeId, const Json &params);

} // namespace weir
