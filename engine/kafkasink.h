#pragma once

#include "pipeline.h"
#include "problem.h"
#include "sink.h"

#include <memory>
#include <string>

struct rd_kafka_s;
struct rd_kafka_conf_s;
struct rd_kafka_topic_s;

namespace weir {

class KafkaTransactions;
class SkewPartitioner;

// Produces every row to a Kafka topic: the value is the row as a JSON object, or the text
// of `value_field` verbatim when it is set (e.g. the "value" of a source's raw records, so a
// generator's JSON lines reach the topic byte for byte; a null field produces a null
// value); the key is the text of `key_field` (no key when it is not set). write() produces asynchronously;
// commitBatch() waits until every record of the batch is acknowledged (acks=all and an
// idempotent producer by default) and throws if any delivery failed, so the source's
// offsets never move past output Kafka does not hold.
//
// Without `transactional_id`, delivery is at-least-once across crashes: a topic cannot
// store "last batch id" atomically with plain records, so a batch replayed after a crash
// is produced again (lastCommittedBatch() is -1 after open). Within one run, the
// idempotent producer keeps librdkafka's own retries from duplicating records.
//
// With `transactional_id`, every batch is one Kafka transaction that also records the
// batch id (see KafkaTransactions): open() reads back the last committed batch, and a
// replayed batch up to it is discarded, so a Kafka-to-Kafka pipeline is exactly-once for
// consumers reading with isolation.level=read_committed. A failed delivery aborts the
// transaction and fails the batch; a fatal producer error fails the run.
//
// Partitioner `skew_aware` (see SkewPartitioner) places keyed records itself, with an
// explicit partition; it needs the topic's partition count, read from the metadata at
// open and refreshed every 30 seconds.
class KafkaSink : public Sink
{
public:
    KafkaSink(std::string nodeId, const Json &params);
    ~KafkaSink() override;

    KafkaSink(const KafkaSink &) = delete;
    KafkaSink &operator=(const KafkaSink &) = delete;

    void open(const SchemaPtr &schema) override;
    void beginBatch(int64_t batchId) override;
    void write(const Batch &batch) override;
    void commitBatch() override;
    int64_t lastCommittedBatch() const override { return m_lastCommitted; }
    void close() override;
    uint64_t rowsWritten() const override { return m_rows; }
    std::vector<HotKey> hotKeys() const override;

    const std::string &topic() const { return m_topic; }

    // Delivery report of one record (librdkafka thread of the caller of poll/flush).
    void delivered(int error);

private:
    void checkParams();
    void checkSkewParams(std::vector<Problem> &problems) const;
    rd_kafka_conf_s *newConf(const std::vector<std::pair<std::string, std::string>> &settings);
    void openTransactions(rd_kafka_conf_s *consumerConf);
    void refreshPartitionCount();
    int32_t partitionOf(bool hasKey);
    void produce(const char *value, size_t valueSize, const char *key, size_t keySize,
                 int32_t partition);
    void waitForDeliveries();
    int fieldColumn(const Batch &batch, const std::string &field, const char *param);
    [[noreturn]] void fail(const std::string &what) const;

    std::string m_nodeId;
    Json m_params;
    std::string m_topic;
    std::string m_keyField;
    std::string m_valueField;
    std::string m_transactionalId;
    rd_kafka_s *m_producer = nullptr;
    rd_kafka_topic_s *m_topicHandle = nullptr;
    std::unique_ptr<KafkaTransactions> m_transactions;
    std::unique_ptr<SkewPartitioner> m_skew;
    int32_t m_partitions = 0;        // of the topic, for skew_aware; 0 while unknown
    int64_t m_partitionsReadNs = 0;  // when it was last read
    std::string m_value; // reused for every record
    std::string m_key;
    uint64_t m_failed = 0;
    int m_firstError = 0;
    int64_t m_batchId = -1;
    bool m_replayed = false; // the batch is committed already: its rows are discarded
    int64_t m_lastCommitted = -1;
    uint64_t m_rows = 0;
};

} // namespace weir
