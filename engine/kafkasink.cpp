#include "kafkasink.h"

#include "clock.h"
#include "kafkaconfig.h"
#include "kafkatransactions.h"
#include "problem.h"
#include "rowjson.h"
#include "skewpartitioner.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace weir {

namespace {

const std::vector<std::string> kCompressions = {"none", "gzip", "snappy", "lz4", "zstd"};
const std::vector<std::string> kPartitioners = {"murmur2_random", "murmur2", "consistent_random",
                                                "fnv1a_random", "random", "skew_aware"};
constexpr int kPollMs = 100;
constexpr int kMetadataTimeoutMs = 5000;
constexpr int64_t kPartitionsRefreshNs = 30'000'000'000;
constexpr int64_t kPartitionsRetryNs = 1'000'000'000; // while the count is unknown
constexpr size_t kHotKeysShown = 10;
constexpr double kMinHotKeyShare = 0.001; // bounds the sketch to 10,000 counters

/* librdkafka (inside poll/flush, on the engine thread) -> KafkaSink */
void onDelivery(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    static_cast<KafkaSink *>(opaque)->delivered(message->err);
}

std::string textParam(const Json &params, const char *name, const std::string &fallback)
{
    const auto it = params.find(name);
    return it != params.end() && it->is_string() ? it->get<std::string>() : fallback;
}

double numberParam(const Json &params, const char *name, double fallback)
{
    const auto it = params.find(name);
    return it != params.end() && it->is_number() ? it->get<double>() : fallback;
}

template<typename T>
void appendNumber(std::string &out, T value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

// The text of one field: strings and maps as they are, numbers and booleans as JSON writes them.
void appendText(std::string &out, const Column &values, size_t row)
{
    switch (values.type) {
    case FieldType::String:
    case FieldType::Map:
        out.append(values.strings[row]);
        return;
    case FieldType::Bool:
        out += values.ints[row] ? "true" : "false";
        return;
    case FieldType::Int:
    case FieldType::Timestamp:
        appendNumber(out, values.ints[row]);
        return;
    case FieldType::Double:
        if (std::isfinite(values.doubles[row]))
            appendNumber(out, values.doubles[row]);
        return;
    }
}

} // namespace

KafkaSink::KafkaSink(std::string nodeId, const Json &params)
    : m_nodeId(std::move(nodeId))
    , m_params(params.is_object() ? params : Json::object())
    , m_topic(textParam(m_params, "topic", ""))
    , m_keyField(textParam(m_params, "key_field", ""))
    , m_valueField(textParam(m_params, "value_field", ""))
    , m_transactionalId(textParam(m_params, "transactional_id", ""))
{
    checkParams();
}

KafkaSink::~KafkaSink()
{
    close();
}

// Everything is checked before a Kafka handle exists: refused config keys never reach
// librdkafka, even when validation was skipped.
void KafkaSink::checkParams()
{
    std::vector<Problem> problems = checkKafkaConfig(m_nodeId, m_params);
    if (m_topic.empty())
        problems.push_back({m_nodeId, "topic", "a Kafka sink needs a topic"});
    const std::string compression = textParam(m_params, "compression", "zstd");
    if (std::find(kCompressions.begin(), kCompressions.end(), compression) == kCompressions.end())
        problems.push_back({m_nodeId, "compression", "unknown compression \"" + compression
                                                          + "\" (none, gzip, snappy, lz4, zstd)"});
    const std::string partitioner = textParam(m_params, "partitioner", "murmur2_random");
    if (std::find(kPartitioners.begin(), kPartitioners.end(), partitioner) == kPartitioners.end())
        problems.push_back({m_nodeId, "partitioner", "unknown partitioner \"" + partitioner
                                                         + "\" (murmur2_random, murmur2, "
                                                           "consistent_random, fnv1a_random, "
                                                           "random, skew_aware)"});
    checkSkewParams(problems);
    if (m_params.contains("transactional_id")
        && (!m_params["transactional_id"].is_string() || m_transactionalId.empty()))
        problems.push_back({m_nodeId, "transactional_id",
                            "transactional_id must be a non-empty text (leave it out for the "
                            "non-transactional mode)"});
    if (m_params.value("config", Json::object()).contains("transactional.id"))
        problems.push_back({m_nodeId, "config.transactional.id",
                            "set the node's transactional_id instead: it also records the "
                            "committed batches"});
    if (!problems.empty())
        throw PipelineError(std::move(problems));
}

void KafkaSink::checkSkewParams(std::vector<Problem> &problems) const
{
    if (const auto it = m_params.find("hot_key_share"); it != m_params.end()) {
        if (!it->is_number() || it->get<double>() < kMinHotKeyShare || it->get<double>() > 1)
            problems.push_back({m_nodeId, "hot_key_share",
                                "hot_key_share must be a number from 0.001 to 1 (the share of "
                                "keyed records that makes a key hot, e.g. 0.01)"});
    }
    if (const auto it = m_params.find("hot_key_partitions"); it != m_params.end()) {
        if (!it->is_number_integer() || it->get<int64_t>() < 1 || it->get<int64_t>() > 10000)
            problems.push_back({m_nodeId, "hot_key_partitions",
                                "hot_key_partitions must be a whole number from 1 to 10000 (the "
                                "partitions each hot key is spread over)"});
    }
}

void KafkaSink::fail(const std::string &what) const
{
    throw std::runtime_error("sink '" + m_nodeId + "': topic '" + m_topic + "': " + what);
}

// A librdkafka configuration: bootstrap servers, `settings`, then the node's own config.
rd_kafka_conf_s *KafkaSink::newConf(const std::vector<std::pair<std::string, std::string>> &settings)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    std::string error = setKafkaProperty(
        conf, "bootstrap.servers",
        resolveBootstrapServers(textParam(m_params, "bootstrap_servers", "embedded")));
    for (const auto &[key, value] : settings) {
        if (error.empty())
            error = setKafkaProperty(conf, key, value);
    }
    if (error.empty()) // the node's config comes last and may override the defaults
        error = applyKafkaConfig(conf, m_params.value("config", Json::object()));
    if (!error.empty()) {
        rd_kafka_conf_destroy(conf);
        fail(error);
    }
    return conf;
}

void KafkaSink::open(const SchemaPtr &schema)
{
    if (schema && !m_keyField.empty() && schema->indexOf(m_keyField) < 0)
        throw PipelineError(m_nodeId, "key_field", "the input has no field '" + m_keyField + "'");
    if (schema && !m_valueField.empty() && schema->indexOf(m_valueField) < 0)
        throw PipelineError(m_nodeId, "value_field",
                            "the input has no field '" + m_valueField + "'");
    const std::string partitioner = textParam(m_params, "partitioner", "murmur2_random");
    std::vector<std::pair<std::string, std::string>> settings = {
        {"acks", "all"},
        {"enable.idempotence", "true"},
        {"compression.type", textParam(m_params, "compression", "zstd")},
        // skew_aware places keyed records itself; keyless ones go as with murmur2_random
        {"partitioner", partitioner == "skew_aware" ? "murmur2_random" : partitioner},
    };
    if (!m_transactionalId.empty())
        settings.emplace_back("transactional.id", m_transactionalId);
    rd_kafka_conf_t *conf = newConf(settings);
    rd_kafka_conf_set_dr_msg_cb(conf, onDelivery);
    rd_kafka_conf_set_opaque(conf, this);
    char reason[512];
    m_producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof(reason));
    if (!m_producer) { // conf is still ours when rd_kafka_new fails
        rd_kafka_conf_destroy(conf);
        fail(std::string("cannot create the producer: ") + reason);
    }
    if (!m_transactionalId.empty())
        openTransactions(newConf({}));
    m_topicHandle = rd_kafka_topic_new(m_producer, m_topic.c_str(), nullptr);
    if (!m_topicHandle)
        fail(std::string("cannot use the topic: ") + rd_kafka_err2str(rd_kafka_last_error()));
    if (partitioner == "skew_aware") {
        m_skew = std::make_unique<SkewPartitioner>(SkewPartitioner::Options{
            .hotKeyShare = numberParam(m_params, "hot_key_share", 0.01),
            .hotKeyPartitions = int(numberParam(m_params, "hot_key_partitions", 4))});
        refreshPartitionCount();
    }
}

void KafkaSink::openTransactions(rd_kafka_conf_s *consumerConf)
{
    m_transactions = std::make_unique<KafkaTransactions>(m_producer, consumerConf,
                                                         m_transactionalId, m_topic);
    try {
        m_lastCommitted = m_transactions->open();
    } catch (const std::runtime_error &e) {
        fail(std::string("transactional_id '") + m_transactionalId + "': " + e.what());
    }
}

void KafkaSink::refreshPartitionCount()
{
    const rd_kafka_metadata_t *metadata = nullptr;
    if (rd_kafka_metadata(m_producer, 0, m_topicHandle, &metadata, kMetadataTimeoutMs)
        == RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (metadata->topic_cnt == 1 && metadata->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR)
            m_partitions = metadata->topics[0].partition_cnt;
        rd_kafka_metadata_destroy(metadata);
    }
    m_partitionsReadNs = steadyNowNs();
}

std::vector<HotKey> KafkaSink::hotKeys() const
{
    return m_skew ? m_skew->hotKeys(kHotKeysShown) : std::vector<HotKey>{};
}

void KafkaSink::beginBatch(int64_t batchId)
{
    if (!m_producer)
        fail("begin before open");
    m_batchId = batchId;
    m_failed = 0;
    m_firstError = 0;
    m_replayed = batchId <= m_lastCommitted;
    if (m_skew) {
        const int64_t age = steadyNowNs() - m_partitionsReadNs;
        if (age > (m_partitions > 0 ? kPartitionsRefreshNs : kPartitionsRetryNs))
            refreshPartitionCount();
    }
    if (m_transactions && !m_replayed) {
        try {
            m_transactions->begin();
        } catch (const std::runtime_error &e) {
            fail(e.what());
        }
    }
}

// A transaction that failed purges the records still queued: the reason shown is the
// failure that caused it, not the purge.
void KafkaSink::delivered(int error)
{
    if (error == RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    auto purged = [](int e) {
        return e == RD_KAFKA_RESP_ERR__PURGE_QUEUE || e == RD_KAFKA_RESP_ERR__PURGE_INFLIGHT;
    };
    if (m_failed++ == 0 || (purged(m_firstError) && !purged(error)))
        m_firstError = error;
}

int KafkaSink::fieldColumn(const Batch &batch, const std::string &field, const char *param)
{
    if (field.empty() || !batch.schema)
        return -1;
    const int column = batch.schema->indexOf(field);
    if (column < 0)
        fail(std::string("the input has no ") + param + " '" + field + "'");
    return column;
}

// An explicit partition for keyed records under skew_aware; librdkafka's partitioner otherwise.
int32_t KafkaSink::partitionOf(bool hasKey)
{
    if (!m_skew || !hasKey || m_partitions <= 0)
        return RD_KAFKA_PARTITION_UA;
    return m_skew->partition(m_key, m_partitions);
}

void KafkaSink::produce(const char *value, size_t valueSize, const char *key, size_t keySize,
                        int32_t partition)
{
    for (;;) {
        const int result =
            rd_kafka_produce(m_topicHandle, partition, RD_KAFKA_MSG_F_COPY,
                             const_cast<char *>(value), valueSize, key, keySize, nullptr);
        if (result == 0)
            return;
        const rd_kafka_resp_err_t error = rd_kafka_last_error();
        if (error != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            fail(std::string("cannot produce: ") + rd_kafka_err2str(error));
        rd_kafka_poll(m_producer, kPollMs); // the queue is full: wait for deliveries
    }
}

void KafkaSink::write(const Batch &batch)
{
    if (!m_producer)
        fail("write before open");
    if (m_replayed)
        return; // Kafka holds this batch already
    const int keyColumn = fieldColumn(batch, m_keyField, "key_field");
    const int valueColumn = fieldColumn(batch, m_valueField, "value_field");
    for (size_t row = 0; row < batch.rows; ++row) {
        m_value.clear();
        bool hasValue = true;
        if (valueColumn < 0) {
            appendRowJson(m_value, batch, row);
        } else {
            const Column &values = batch.columns[size_t(valueColumn)];
            hasValue = !values.isNull(row);
            if (hasValue)
                appendText(m_value, values, row);
        }
        m_key.clear();
        const bool hasKey = keyColumn >= 0 && !batch.columns[size_t(keyColumn)].isNull(row);
        if (hasKey)
            appendText(m_key, batch.columns[size_t(keyColumn)], row);
        produce(hasValue ? m_value.data() : nullptr, hasValue ? m_value.size() : 0,
                hasKey ? m_key.data() : nullptr, hasKey ? m_key.size() : 0, partitionOf(hasKey));
    }
    rd_kafka_poll(m_producer, 0); // serve delivery reports of earlier records
    m_rows += batch.rows;
}

// Every record gets a delivery report within message.timeout.ms, success or not.
void KafkaSink::waitForDeliveries()
{
    while (rd_kafka_flush(m_producer, kPollMs) == RD_KAFKA_RESP_ERR__TIMED_OUT) {
        char reason[256];
        const rd_kafka_resp_err_t fatal = rd_kafka_fatal_error(m_producer, reason, sizeof reason);
        if (fatal != RD_KAFKA_RESP_ERR_NO_ERROR)
            fail(std::string("the producer failed: ") + reason);
    }
}

void KafkaSink::commitBatch()
{
    if (!m_producer)
        fail("commit before open");
    if (m_replayed)
        return;
    waitForDeliveries();
    if (m_failed > 0) {
        std::string what = std::to_string(m_failed) + " record(s) of batch "
                           + std::to_string(m_batchId) + " were not delivered: "
                           + rd_kafka_err2str(static_cast<rd_kafka_resp_err_t>(m_firstError));
        if (m_transactions && m_transactions->inTransaction()) {
            try {
                m_transactions->abort();
                what += "; its transaction was aborted";
            } catch (const std::runtime_error &e) {
                what += std::string("; ") + e.what();
            }
        }
        fail(what);
    }
    if (m_transactions) {
        try {
            m_transactions->commit(m_batchId);
        } catch (const std::runtime_error &e) {
            fail("batch " + std::to_string(m_batchId) + ": " + e.what());
        }
    }
    m_lastCommitted = m_batchId;
}

void KafkaSink::close()
{
    if (m_transactions && m_transactions->inTransaction()) {
        try { // an unfinished batch: a restart replays it
            m_transactions->abort();
        } catch (const std::runtime_error &) {
            // destroying the producer below leaves the coordinator to abort it
        }
    }
    m_transactions.reset();
    if (m_topicHandle) {
        rd_kafka_topic_destroy(m_topicHandle);
        m_topicHandle = nullptr;
    }
    if (m_producer) {
        rd_kafka_flush(m_producer, 0);
        rd_kafka_destroy(m_producer);
        m_producer = nullptr;
    }
}

} // namespace weir
