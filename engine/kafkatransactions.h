#pragma once

#include <cstdint>
#include <string>

struct rd_kafka_s;
struct rd_kafka_conf_s;
struct rd_kafka_error_s;

namespace weir {

// The transactional mode of sink.kafka: one Kafka transaction per batch, with the batch id
// recorded inside it, so that after a restart the sink knows which batches Kafka holds
// and the engine can skip replaying them (exactly-once Kafka-to-Kafka).
//
// Where the batch id lives: as the offset a dedicated consumer group,
// "weir-txn-<transactional.id>", has committed for partition 0 of the output topic
// (offset = batch id + 1, metadata "weir-batch=<id>"). commit() sends it with
// rd_kafka_send_offsets_to_transaction, so Kafka commits it atomically with the records
// or not at all; open() reads it back with rd_kafka_committed.
//
// librdkafka 2.0.2's mock cluster (the sandbox broker) accepts TxnOffsetCommit but does
// not store the offsets. So after each committed transaction the same offset is also
// committed plainly for a second group, "weir-txn-<transactional.id>-after-commit". It is
// written only after Kafka committed the transaction, so it is never ahead of the
// transactional record, and open() takes the larger of the two: on real Kafka the
// transactional record decides; on the sandbox broker a crash between the transaction's
// commit and that plain commit replays one batch.
class KafkaTransactions
{
public:
    // `producer` has transactional.id set (not owned); `consumerConf` holds the connection
    // settings for the group offsets (taken, also when the constructor throws).
    KafkaTransactions(rd_kafka_s *producer, rd_kafka_conf_s *consumerConf,
                      const std::string &transactionalId, const std::string &topic);
    ~KafkaTransactions();

    KafkaTransactions(const KafkaTransactions &) = delete;
    KafkaTransactions &operator=(const KafkaTransactions &) = delete;

    // Initializes transactions (fencing older producers with the same id and aborting
    // what they left open) and returns the last committed batch id, -1 if none.
    int64_t open();
    void begin();
    // Records `batchId` in the open transaction and commits it. Throws std::runtime_error
    // on failure, after aborting the transaction when Kafka allows that.
    void commit(int64_t batchId);
    // Aborts the open transaction; throws if even that fails.
    void abort();
    bool inTransaction() const { return m_open; }

    // The group whose transactional offset records the batch id, and its plain mirror.
    std::string group() const;
    std::string afterCommitGroup() const;

private:
    // Runs one transactional call, retrying retriable errors; on any other error aborts
    // the transaction when Kafka requires that, then throws naming `what`.
    template<typename Call>
    void run(const char *what, Call &&call);
    [[noreturn]] void failWith(const char *what, rd_kafka_error_s *error);
    rd_kafka_s *newConsumer(const std::string &group);
    static void closeConsumer(rd_kafka_s *consumer);
    int64_t committedBatch(rd_kafka_s *consumer, const std::string &group);
    void recordAfterCommit(int64_t batchId);

    rd_kafka_s *m_producer;
    rd_kafka_conf_s *m_consumerConf;
    rd_kafka_s *m_afterCommit = nullptr; // consumer handle of the after-commit group
    std::string m_transactionalId;
    std::string m_topic;
    bool m_open = false;
};

} // namespace weir
