#include "kafkasource.h"

#include "clock.h"
#include "kafkaconfig.h"
#include "kafkaoffsets.h"
#include "kafkasourceinternal.h"
#include "problem.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace weir {

using kafkasource::kPiece;

namespace {

constexpr int kPollTimeoutMs = 20; // read() waits at most this long for a record
constexpr size_t kMaxChunkBytes = size_t(256) << 20; // RawChunk offsets are 32-bit

void onCommit(rd_kafka_t *, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *,
              void *opaque);
void onRebalance(rd_kafka_t *, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions,
                 void *opaque);

// Destroys the messages a consume call returned, whatever happens while they are used.
struct MessageGuard
{
    rd_kafka_message_t **messages;
    size_t count;
    ~MessageGuard()
    {
        for (size_t i = 0; i < count; ++i)
            rd_kafka_message_destroy(messages[i]);
    }
};

// Errors librdkafka recovers from by itself (reconnecting, re-fetching from the same
// offset after a leader change or a timed-out request): the consumer only hears of them.
bool isTransient(rd_kafka_resp_err_t err)
{
    switch (err) {
    case RD_KAFKA_RESP_ERR__TRANSPORT:
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR__RESOLVE:
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT:
    case RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION:
    case RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE:
    case RD_KAFKA_RESP_ERR_REPLICA_NOT_AVAILABLE:
    case RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION:
    case RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS:
    case RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND:
    case RD_KAFKA_RESP_ERR_KAFKA_STORAGE_ERROR:
        return true;
    default:
        return false;
    }
}

} // namespace

KafkaSource::KafkaSource(std::string nodeId, KafkaSourceParams params)
    : m_nodeId(std::move(nodeId))
    , m_params(std::move(params))
{
}

KafkaSource::~KafkaSource()
{
    close();
}

void KafkaSource::createConsumer()
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const char *param, const std::string &key, const std::string &value) {
        const std::string error = setKafkaProperty(conf, key, value);
        if (!error.empty()) {
            rd_kafka_conf_destroy(conf);
            throw PipelineError(m_nodeId, param, error);
        }
    };
    // Bounds on librdkafka's own prefetch queue; `config` may change them.
    set("config", "queued.max.messages.kbytes", "65536");
    set("config", "fetch.max.bytes", "16777216");
    set("config", "log.connection.close", "false");
    // Without group membership the session timeout only bounds how long an offset commit
    // waits for an unavailable group coordinator — and so how long close() can take.
    if (!subscribing())
        set("config", "session.timeout.ms", "6000");
    if (const std::string error = applyKafkaConfig(conf, m_params.config); !error.empty()) {
        rd_kafka_conf_destroy(conf);
        throw PipelineError(m_nodeId, "config", error);
    }
    // Owned by the source: the positions come from the checkpoint or the group's commits
    // after sink commits, so nothing is committed or reset behind its back.
    set("bootstrap_servers", "bootstrap.servers",
        resolveBootstrapServers(m_params.bootstrapServers));
    set("group_id", "group.id", m_params.groupId);
    set("config", "enable.auto.commit", "false");
    set("config", "enable.auto.offset.store", "false");
    set("config", "auto.offset.reset", "error");
    set("config", "enable.partition.eof", "false");
    rd_kafka_conf_set_opaque(conf, this);
    rd_kafka_conf_set_offset_commit_cb(conf, onCommit);
    if (subscribing())
        rd_kafka_conf_set_rebalance_cb(conf, onRebalance);
    char reason[512];
    m_consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof(reason));
    if (!m_consumer) {
        rd_kafka_conf_destroy(conf); // only freed by rd_kafka_new on success
        throw PipelineError(m_nodeId, "config",
                            std::string("cannot create the consumer: ") + reason);
    }
    rd_kafka_poll_set_consumer(m_consumer);
    m_queue = rd_kafka_queue_get_consumer(m_consumer);
}

void KafkaSource::open(const Positions &from)
{
    close();
    m_from = from;
    createConsumer();
    resolveTopics();
    if (subscribing())
        openSubscribed();
    else
        openAssigned(from);
    m_lastQueryNs = steadyNowNs();
}

void KafkaSource::close()
{
    if (!m_consumer)
        return;
    rd_kafka_queue_destroy(m_queue);
    const bool closed = kafkasource::closeConsumer(m_consumer);
    rd_kafka_destroy_flags(m_consumer, closed ? 0 : RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    if (m_revokeList)
        rd_kafka_topic_partition_list_destroy(m_revokeList);
    m_revokeList = nullptr;
    m_revoking.clear();
    m_queue = nullptr;
    m_consumer = nullptr;
    m_lastTopic = nullptr;
    m_lastCommitted.clear();
    m_assigned.clear();
    m_held = RawChunk();
    m_paused = false;
    m_kafkaPaused = false;
    m_assignedOnce = false;
    std::lock_guard lock(m_mutex);
    m_owned.clear();
    m_positions.clear();
    m_assignedAt.clear();
    m_highWatermarks.clear();
    m_engineCommitted.clear();
}

void KafkaSource::rethrowFailure()
{
    if (!m_failure.empty())
        throw std::runtime_error("kafka source '" + m_nodeId + "': " + m_failure);
}

ReadStatus KafkaSource::read(RawChunk &chunk, size_t maxRecords)
{
    if (!m_consumer)
        throw std::logic_error("kafka source '" + m_nodeId + "': read() before open()");
    rethrowFailure();
    const size_t before = chunk.size();
    takeHeld(chunk);
    // Revoked partitions are given up once the engine committed what was read from them;
    // until then nothing more is read, so nothing more needs committing.
    if (!m_revoking.empty() && chunk.size() == before && !finishRevoke())
        return ReadStatus::Idle;
    size_t consumed = 0;
    bool waited = false;
    while (consumed < maxRecords && chunk.data.size() < kMaxChunkBytes && m_revoking.empty()) {
        size_t got = consume(std::min(kPiece, maxRecords - consumed), 0);
        if (got == 0 && consumed == 0 && !waited && chunk.size() == before) {
            got = consume(1, kPollTimeoutMs);
            waited = true;
        }
        if (got == 0)
            break;
        consumed += got;
        appendMessages(chunk, got);
    }
    rethrowFailure();
    if (chunk.size() == before) {
        retryFailedCommit();
        return ReadStatus::Idle;
    }
    std::lock_guard lock(m_mutex);
    for (size_t i = before; i < chunk.size(); ++i)
        m_positions[chunk.partitions[i]] = chunk.offsets[i] + 1;
    for (const auto &[key, timestamp] : m_readTimestamps)
        m_lastTimestamps[key] = timestamp;
    m_readTimestamps.clear();
    return ReadStatus::Data;
}

// Takes up to `count` messages into m_messages; returns how many.
size_t KafkaSource::consume(size_t count, int timeoutMs)
{
    if (m_messages.size() < count)
        m_messages.resize(count);
    const ssize_t got = rd_kafka_consume_batch_queue(m_queue, timeoutMs, m_messages.data(), count);
    if (got < 0)
        throw std::runtime_error("kafka source '" + m_nodeId
                                 + "': cannot consume: " + rd_kafka_err2str(rd_kafka_last_error()));
    return size_t(got);
}

void KafkaSource::appendMessages(RawChunk &chunk, size_t count)
{
    MessageGuard guard {m_messages.data(), count};
    for (size_t i = 0; i < count; ++i) {
        const rd_kafka_message_t &m = *m_messages[i];
        if (m.err == RD_KAFKA_RESP_ERR__PARTITION_EOF)
            continue;
        if (m.err) {
            if (isTransient(m.err))
                continue;
            std::string where = m.rkt ? "topic '" + std::string(rd_kafka_topic_name(m.rkt))
                    + "' partition " + std::to_string(m.partition) + ": "
                                      : std::string();
            throw std::runtime_error("kafka source '" + m_nodeId + "': " + where
                                     + rd_kafka_message_errstr(&m));
        }
        const int32_t key = positionKey(m);
        chunk.append(std::string_view(static_cast<const char *>(m.payload), m.len), key, m.offset);
        rd_kafka_timestamp_type_t type;
        const int64_t timestamp = rd_kafka_message_timestamp(&m, &type);
        if (type != RD_KAFKA_TIMESTAMP_NOT_AVAILABLE)
            m_readTimestamps[key] = timestamp;
        if (m.key)
            chunk.keys.emplace_back(static_cast<const char *>(m.key), m.key_len);
        else
            chunk.keys.emplace_back();
    }
}

int32_t KafkaSource::positionKey(const rd_kafka_message_s &message)
{
    if (message.rkt != m_lastTopic) {
        m_lastTopicIndex = topicIndex(rd_kafka_topic_name(message.rkt));
        m_lastTopic = message.rkt;
    }
    return kafkaPositionKey(m_lastTopicIndex, message.partition);
}

Positions KafkaSource::position() const
{
    std::lock_guard lock(m_mutex);
    return m_positions;
}

std::pair<std::string, int32_t> KafkaSource::describePartition(int32_t key) const
{
    const size_t topic = kafkaTopicIndex(key);
    std::lock_guard lock(m_mutex);
    return {topic < m_topics.size() ? m_topics[topic] : std::string(), kafkaPartition(key)};
}

double KafkaSource::maxRecordsPerSecond() const
{
    return m_params.maxRatePerPartition * double(assignedPartitions());
}

size_t KafkaSource::assignedPartitions() const
{
    std::lock_guard lock(m_mutex);
    return m_owned.size();
}

std::string KafkaSource::takeNotice()
{
    if (m_notices.empty())
        return {};
    std::string notice = std::move(m_notices.front());
    m_notices.erase(m_notices.begin());
    return notice;
}

bool KafkaSource::replaysExactly() const
{
    return !subscribing();
}

// The resolved topic list, one name per line: its order gives the topic indices of the
// positions keys.
std::string KafkaSource::persistentSettings() const
{
    std::lock_guard lock(m_mutex);
    Json topics = Json::array();
    for (const std::string &name : m_topics)
        topics.push_back(name);
    return Json {{"topics", topics}}.dump();
}

void KafkaSource::restoreSettings(const std::string &settings)
{
    const Json json = Json::parse(settings, nullptr, false);
    if (!json.is_object() || !json.contains("topics") || !json["topics"].is_array())
        return; // a checkpoint from before topic lists were kept: the listed order
    std::lock_guard lock(m_mutex);
    m_topics.clear();
    for (const Json &name : json["topics"]) {
        if (name.is_string())
            m_topics.push_back(name.get<std::string>());
    }
}

namespace {

// Kafka thread -> application, served inside read()'s consume calls.
void onCommit(rd_kafka_t *, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *,
              void *opaque)
{
    auto *source = static_cast<KafkaSource *>(opaque);
    source->noteCommitResult(err == RD_KAFKA_RESP_ERR_NO_ERROR ? std::string()
                                                               : rd_kafka_err2str(err));
}

void onRebalance(rd_kafka_t *, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *partitions,
                 void *opaque)
{
    static_cast<KafkaSource *>(opaque)->rebalanced(int(err), partitions);
}

} // namespace

std::unique_ptr<Source> makeKafkaSource(const std::string &nodeId, const Json &params)
{
    return std::make_unique<KafkaSource>(nodeId, KafkaSourceParams::fromJson(nodeId, params));
}

} // namespace weir
