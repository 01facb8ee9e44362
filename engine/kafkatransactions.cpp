#include "kafkatransactions.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace weir {

namespace {

constexpr int kTimeoutMs = 60000;
constexpr int kRetries = 5;
constexpr int32_t kRecordPartition = 0;

std::string takeMessage(rd_kafka_error_t *error)
{
    std::string message = rd_kafka_error_string(error);
    rd_kafka_error_destroy(error);
    return message;
}

// Offset batchId + 1 (the next batch), metadata "weir-batch=<id>" for people reading it.
rd_kafka_topic_partition_list_t *batchRecord(const std::string &topic, int64_t batchId)
{
    rd_kafka_topic_partition_list_t *offsets = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_t *p =
        rd_kafka_topic_partition_list_add(offsets, topic.c_str(), kRecordPartition);
    p->offset = batchId + 1;
    const std::string metadata = "weir-batch=" + std::to_string(batchId);
    p->metadata = strdup(metadata.c_str()); // freed with the list
    p->metadata_size = metadata.size();
    return offsets;
}

} // namespace

KafkaTransactions::KafkaTransactions(rd_kafka_s *producer, rd_kafka_conf_s *consumerConf,
                                     const std::string &transactionalId,
                                     const std::string &topic)
    : m_producer(producer)
    , m_consumerConf(consumerConf)
    , m_transactionalId(transactionalId)
    , m_topic(topic)
{
}

KafkaTransactions::~KafkaTransactions()
{
    if (m_afterCommit)
        closeConsumer(m_afterCommit);
    rd_kafka_conf_destroy(m_consumerConf);
}

std::string KafkaTransactions::group() const
{
    return "weir-txn-" + m_transactionalId;
}

std::string KafkaTransactions::afterCommitGroup() const
{
    return group() + "-after-commit";
}

void KafkaTransactions::failWith(const char *what, rd_kafka_error_t *error)
{
    const bool fatal = rd_kafka_error_is_fatal(error);
    const bool abortable = rd_kafka_error_txn_requires_abort(error);
    const std::string message = takeMessage(error);
    if (fatal) {
        m_open = false;
        throw std::runtime_error(std::string(what) + " failed with a fatal error: " + message
                                 + " (the transactional producer cannot go on; a restart "
                                   "aborts the open transaction)");
    }
    if (abortable && m_open) {
        abort();
        throw std::runtime_error(std::string(what) + " failed: " + message
                                 + "; the transaction was aborted");
    }
    throw std::runtime_error(std::string(what) + " failed: " + message);
}

template<typename Call>
void KafkaTransactions::run(const char *what, Call &&call)
{
    for (int attempt = 0;; ++attempt) {
        rd_kafka_error_t *error = call();
        if (!error)
            return;
        if (!rd_kafka_error_is_retriable(error) || attempt == kRetries)
            failWith(what, error);
        rd_kafka_error_destroy(error);
    }
}

int64_t KafkaTransactions::open()
{
    run("initializing transactions",
        [&] { return rd_kafka_init_transactions(m_producer, kTimeoutMs); });
    m_afterCommit = newConsumer(afterCommitGroup());
    rd_kafka_t *transactional = newConsumer(group());
    int64_t last = -1;
    try {
        last = std::max(committedBatch(transactional, group()),
                        committedBatch(m_afterCommit, afterCommitGroup()));
    } catch (...) {
        closeConsumer(transactional);
        throw;
    }
    closeConsumer(transactional);
    return last;
}

// A consumer that only reads and commits the offsets of `group`; it never subscribes.
rd_kafka_s *KafkaTransactions::newConsumer(const std::string &group)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_dup(m_consumerConf);
    char reason[512];
    if (rd_kafka_conf_set(conf, "group.id", group.c_str(), reason, sizeof reason)
            != RD_KAFKA_CONF_OK
        || rd_kafka_conf_set(conf, "enable.auto.commit", "false", reason, sizeof reason)
               != RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        throw std::runtime_error(reason);
    }
    rd_kafka_t *consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof reason);
    if (!consumer) {
        rd_kafka_conf_destroy(conf);
        throw std::runtime_error(std::string("cannot create a consumer for the batch log: ")
                                 + reason);
    }
    return consumer;
}

void KafkaTransactions::closeConsumer(rd_kafka_s *consumer)
{
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);
}

// The batch id the consumer's group has committed; -1 when it has none.
int64_t KafkaTransactions::committedBatch(rd_kafka_s *consumer, const std::string &group)
{
    rd_kafka_topic_partition_list_t *offsets = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(offsets, m_topic.c_str(), kRecordPartition);
    rd_kafka_resp_err_t error = rd_kafka_committed(consumer, offsets, kTimeoutMs);
    if (!error)
        error = offsets->elems[0].err;
    const int64_t offset = offsets->elems[0].offset;
    rd_kafka_topic_partition_list_destroy(offsets);
    if (error)
        throw std::runtime_error("cannot read the last committed batch (group '" + group
                                 + "'): " + rd_kafka_err2str(error));
    return offset > 0 ? offset - 1 : -1;
}

void KafkaTransactions::begin()
{
    run("beginning a transaction", [&] { return rd_kafka_begin_transaction(m_producer); });
    m_open = true;
}

void KafkaTransactions::commit(int64_t batchId)
{
    rd_kafka_topic_partition_list_t *offsets = batchRecord(m_topic, batchId);
    rd_kafka_consumer_group_metadata_t *groupMetadata =
        rd_kafka_consumer_group_metadata_new(group().c_str());
    try {
        run("recording the batch id in the transaction", [&] {
            return rd_kafka_send_offsets_to_transaction(m_producer, offsets, groupMetadata,
                                                        kTimeoutMs);
        });
        run("committing the transaction",
            [&] { return rd_kafka_commit_transaction(m_producer, kTimeoutMs); });
    } catch (...) {
        rd_kafka_consumer_group_metadata_destroy(groupMetadata);
        rd_kafka_topic_partition_list_destroy(offsets);
        throw;
    }
    rd_kafka_consumer_group_metadata_destroy(groupMetadata);
    rd_kafka_topic_partition_list_destroy(offsets);
    m_open = false;
    recordAfterCommit(batchId);
}

// Best effort: on real Kafka the transactional record already holds the batch id.
void KafkaTransactions::recordAfterCommit(int64_t batchId)
{
    rd_kafka_topic_partition_list_t *offsets = batchRecord(m_topic, batchId);
    rd_kafka_commit(m_afterCommit, offsets, 0);
    rd_kafka_topic_partition_list_destroy(offsets);
}

void KafkaTransactions::abort()
{
    m_open = false; // even a failed abort leaves nothing to commit
    for (int attempt = 0;; ++attempt) {
        rd_kafka_error_t *error = rd_kafka_abort_transaction(m_producer, kTimeoutMs);
        if (!error)
            return;
        if (!rd_kafka_error_is_retriable(error) || attempt == kRetries)
            throw std::runtime_error("aborting the transaction failed: " + takeMessage(error));
        rd_kafka_error_destroy(error);
    }
}

} // namespace weir
