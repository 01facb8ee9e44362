#include "kafkasink.h"

#include "kafkaconfig.h"
#include "problem.h"
#include "rowjson.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace weir {

namespace {

const std::vector<std::string> kCompressions = {"none", "gzip", "snappy", "lz4", "zstd"};
const std::vector<std::string> kPartitioners = {"murmur2_random", "murmur2", "consistent_random",
                                                "fnv1a_random", "random"};
constexpr int kPollMs = 100;

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
        problems.push_back(
            {m_nodeId, "partitioner", "unknown partitioner \"" + partitioner + "\""});
    if (!problems.empty())
        throw PipelineError(std::move(problems));
}

void KafkaSink::fail(const std::string &what) const
{
    throw std::runtime_error("sink '" + m_nodeId + "': topic '" + m_topic + "': " + what);
}

void KafkaSink::open(const SchemaPtr &schema)
{
    if (schema && !m_keyField.empty() && schema->indexOf(m_keyField) < 0)
        throw PipelineError(m_nodeId, "key_field", "the input has no field '" + m_keyField + "'");
    if (schema && !m_valueField.empty() && schema->indexOf(m_valueField) < 0)
        throw PipelineError(m_nodeId, "value_field",
                            "the input has no field '" + m_valueField + "'");
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const std::pair<std::string, std::string> settings[] = {
        {"bootstrap.servers",
         resolveBootstrapServers(textParam(m_params, "bootstrap_servers", "embedded"))},
        {"acks", "all"},
        {"enable.idempotence", "true"},
        {"compression.type", textParam(m_params, "compression", "zstd")},
        {"partitioner", textParam(m_params, "partitioner", "murmur2_random")},
    };
    std::string error;
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
    rd_kafka_conf_set_dr_msg_cb(conf, onDelivery);
    rd_kafka_conf_set_opaque(conf, this);
    char reason[512];
    m_producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof(reason));
    if (!m_producer) { // conf is still ours when rd_kafka_new fails
        rd_kafka_conf_destroy(conf);
        fail(std::string("cannot create the producer: ") + reason);
    }
    m_topicHandle = rd_kafka_topic_new(m_producer, m_topic.c_str(), nullptr);
    if (!m_topicHandle)
        fail(std::string("cannot use the topic: ") + rd_kafka_err2str(rd_kafka_last_error()));
}

void KafkaSink::beginBatch(int64_t batchId)
{
    m_batchId = batchId;
    m_failed = 0;
    m_firstError = 0;
}

void KafkaSink::delivered(int error)
{
    if (error == RD_KAFKA_RESP_ERR_NO_ERROR)
        return;
    if (m_failed++ == 0)
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

void KafkaSink::produce(const char *value, size_t valueSize, const char *key, size_t keySize)
{
    for (;;) {
        const int result =
            rd_kafka_produce(m_topicHandle, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY,
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
                hasKey ? m_key.data() : nullptr, hasKey ? m_key.size() : 0);
    }
    rd_kafka_poll(m_producer, 0); // serve delivery reports of earlier records
    m_rows += batch.rows;
}

void KafkaSink::commitBatch()
{
    if (!m_producer)
        fail("commit before open");
    // Every record gets a delivery report within message.timeout.ms, success or not.
    while (rd_kafka_flush(m_producer, kPollMs) == RD_KAFKA_RESP_ERR__TIMED_OUT) {
        char reason[256];
        const rd_kafka_resp_err_t fatal = rd_kafka_fatal_error(m_producer, reason, sizeof reason);
        if (fatal != RD_KAFKA_RESP_ERR_NO_ERROR)
            fail(std::string("the producer failed: ") + reason);
    }
    if (m_failed > 0)
        fail(std::to_string(m_failed) + " record(s) of batch " + std::to_string(m_batchId)
             + " were not delivered: "
             + rd_kafka_err2str(static_cast<rd_kafka_resp_err_t>(m_firstError)));
    m_lastCommitted = m_batchId;
}

void KafkaSink::close()
{
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
