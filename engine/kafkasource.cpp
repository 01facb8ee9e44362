#include "kafkasource.h"

#include "clock.h"
#include "kafkaconfig.h"
#include "kafkaoffsets.h"
#include "kafkasourceinternal.h"
#include "problem.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <regex>
#include <stdexcept>
#include <thread>

namespace weir {

using kafkasource::kOpenTimeoutMs;
using kafkasource::PartitionList;

namespace {

constexpr int kPollTimeoutMs = 20;        // read() waits at most this long for a record
constexpr int kRefreshTimeoutMs = 500;    // watermark queries from availableEnd()
constexpr int64_t kRefreshEveryNs = 2'000'000'000;
constexpr size_t kPiece = 256;            // records per consume call
constexpr size_t kMaxChunkBytes = size_t(256) << 20; // RawChunk offsets are 32-bit

void onCommit(rd_kafka_t *, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *,
              void *opaque);
void onRebalance(rd_kafka_t *, rd_kafka_resp_err_t err,
                 rd_kafka_topic_partition_list_t *partitions, void *opaque);

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
{}

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
        throw PipelineError(m_nodeId, "config", std::string("cannot create the consumer: ")
                                                    + reason);
    }
    rd_kafka_poll_set_consumer(m_consumer);
    m_queue = rd_kafka_queue_get_consumer(m_consumer);
}

// The topic names to read: the listed names, then what the regular expressions match now.
// A list restored from the checkpoint comes first, so the topic indices of its positions
// keep their meaning; topics matched since are appended.
void KafkaSource::resolveTopics()
{
    std::vector<std::regex> patterns;
    std::vector<std::string> names;
    for (const std::string &topic : m_params.topics) {
        if (topic.starts_with('^'))
            patterns.emplace_back(topic, std::regex::extended);
        else
            names.push_back(topic);
    }
    if (!patterns.empty()) {
        const rd_kafka_metadata_t *metadata = nullptr;
        const rd_kafka_resp_err_t err =
            rd_kafka_metadata(m_consumer, 1, nullptr, &metadata, kOpenTimeoutMs);
        if (err)
            throw std::runtime_error(std::string("cannot list the cluster's topics: ")
                                     + rd_kafka_err2str(err));
        std::vector<std::string> matched;
        for (int t = 0; t < metadata->topic_cnt; ++t) {
            const std::string name = metadata->topics[t].topic;
            if (name.starts_with("__"))
                continue; // internal topics (__consumer_offsets ...)
            for (const std::regex &pattern : patterns) {
                if (std::regex_search(name, pattern)) {
                    matched.push_back(name);
                    break;
                }
            }
        }
        rd_kafka_metadata_destroy(metadata);
        std::sort(matched.begin(), matched.end());
        names.insert(names.end(), matched.begin(), matched.end());
    }
    std::lock_guard lock(m_mutex);
    m_wanted.clear();
    for (const std::string &name : names) {
        auto it = std::find(m_topics.begin(), m_topics.end(), name);
        if (it == m_topics.end())
            it = m_topics.insert(m_topics.end(), name);
        m_wanted.push_back(size_t(it - m_topics.begin()));
    }
}

size_t KafkaSource::topicIndex(std::string_view name)
{
    std::lock_guard lock(m_mutex);
    const auto it = std::find(m_topics.begin(), m_topics.end(), name);
    if (it != m_topics.end())
        return size_t(it - m_topics.begin());
    m_topics.emplace_back(name); // a topic a pattern matched after open (subscribe mode)
    return m_topics.size() - 1;
}

// Reader thread, or open(): the only writers of m_topics run there, so no lock is needed.
const std::string &KafkaSource::topicName(size_t index) const
{
    return m_topics[index];
}

// Every partition of every listed or matched topic, from the cluster's metadata. Listed
// topics must exist; patterns may match none.
void KafkaSource::fetchPartitions()
{
    m_assigned.clear();
    for (const size_t t : m_wanted) {
        const std::string &name = m_topics[t];
        rd_kafka_topic_t *topic = rd_kafka_topic_new(m_consumer, name.c_str(), nullptr);
        const auto deadline = std::chrono::steady_clock::now()
            + std::chrono::milliseconds(kOpenTimeoutMs);
        for (;;) {
            const rd_kafka_metadata_t *metadata = nullptr;
            const rd_kafka_resp_err_t err =
                rd_kafka_metadata(m_consumer, 0, topic, &metadata, kOpenTimeoutMs);
            if (err) {
                rd_kafka_topic_destroy(topic);
                throw std::runtime_error("cannot read the metadata of topic '" + name
                                         + "': " + rd_kafka_err2str(err));
            }
            const rd_kafka_metadata_topic_t &info = metadata->topics[0];
            const rd_kafka_resp_err_t topicErr = info.err;
            std::vector<int32_t> partitions;
            for (int p = 0; p < info.partition_cnt; ++p)
                partitions.push_back(info.partitions[p].id);
            rd_kafka_metadata_destroy(metadata);
            if (!topicErr && !partitions.empty()) {
                std::sort(partitions.begin(), partitions.end());
                for (int32_t p : partitions)
                    m_assigned.push_back({t, p, kafkaPositionKey(t, p)});
                break;
            }
            if (topicErr == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART
                || std::chrono::steady_clock::now() > deadline) {
                rd_kafka_topic_destroy(topic);
                throw std::runtime_error(
                    topicErr == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART
                        ? "topic '" + name + "' does not exist"
                        : "topic '" + name + "' is not available: " + rd_kafka_err2str(topicErr));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        rd_kafka_topic_destroy(topic);
    }
}

std::vector<KafkaSource::Watermarks>
KafkaSource::queryWatermarks(const std::vector<Assigned> &partitions, int timeoutMs) const
{
    std::vector<Watermarks> marks;
    for (const Assigned &a : partitions) {
        int64_t low = 0;
        int64_t high = 0;
        const std::string &topic = topicName(a.topicIndex);
        const rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(
            m_consumer, topic.c_str(), a.partition, &low, &high, timeoutMs);
        if (err)
            throw std::runtime_error("cannot read the offsets of topic '" + topic
                                     + "' partition " + std::to_string(a.partition) + ": "
                                     + rd_kafka_err2str(err));
        marks.push_back({low, high});
    }
    return marks;
}

// The offsets starting_offsets names, per partition.
std::vector<int64_t> KafkaSource::configuredStarts(const std::vector<Assigned> &partitions,
                                                   const std::vector<Watermarks> &marks) const
{
    std::vector<int64_t> starts;
    for (const Watermarks &m : marks)
        starts.push_back(m_params.startingOffsets == "earliest" ? m.low : m.high);
    if (m_params.startingTimeMs && !partitions.empty())
        startAtTime(partitions, marks, starts);
    for (size_t i = 0; i < partitions.size(); ++i) {
        const std::string &topic = topicName(partitions[i].topicIndex);
        const auto it = m_params.partitionStarts.find({topic, partitions[i].partition});
        if (it == m_params.partitionStarts.end())
            continue;
        const int64_t offset = it->second == -2 ? marks[i].low
            : it->second == -1                  ? marks[i].high
                                                : it->second;
        if (offset < marks[i].low || offset > marks[i].high)
            throw std::runtime_error("starting_partition_offsets: offset "
                                     + std::to_string(offset) + " of topic '" + topic
                                     + "' partition " + std::to_string(partitions[i].partition)
                                     + " is outside what the partition holds, offsets "
                                     + std::to_string(marks[i].low) + " to "
                                     + std::to_string(marks[i].high));
        starts[i] = offset;
    }
    return starts;
}

// The first offset at or after starting_offsets' time, per partition.
void KafkaSource::startAtTime(const std::vector<Assigned> &partitions,
                              const std::vector<Watermarks> &marks,
                              std::vector<int64_t> &starts) const
{
    PartitionList times(partitions.size());
    for (const Assigned &a : partitions)
        rd_kafka_topic_partition_list_add(times.list, topicName(a.topicIndex).c_str(),
                                          a.partition)
            ->offset = *m_params.startingTimeMs;
    const rd_kafka_resp_err_t err =
        rd_kafka_offsets_for_times(m_consumer, times.list, kOpenTimeoutMs);
    if (err)
        throw std::runtime_error("cannot find the offsets at " + m_params.startingOffsets + ": "
                                 + rd_kafka_err2str(err));
    for (size_t i = 0; i < partitions.size(); ++i) {
        // No record at or after the time: start at the end (offset -1 in the reply).
        const int64_t offset = times.list->elems[i].offset;
        starts[i] = offset < 0 ? marks[i].high : std::clamp(offset, marks[i].low, marks[i].high);
    }
}

// Manual assignment, no subscribe(): there is no group membership and so no rebalance.
void KafkaSource::assignAt(const std::vector<int64_t> &offsets)
{
    PartitionList list(m_assigned.size());
    for (size_t i = 0; i < m_assigned.size(); ++i)
        rd_kafka_topic_partition_list_add(list.list, topicName(m_assigned[i].topicIndex).c_str(),
                                          m_assigned[i].partition)
            ->offset = offsets[i];
    if (const rd_kafka_resp_err_t err = rd_kafka_assign(m_consumer, list.list))
        throw std::runtime_error(std::string("cannot assign the partitions: ")
                                 + rd_kafka_err2str(err));
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

void KafkaSource::openAssigned(const Positions &from)
{
    fetchPartitions();
    if (m_assigned.empty())
        throw std::runtime_error("no topic matches " + m_params.topics.front());
    const std::vector<Watermarks> marks = queryWatermarks(m_assigned, kOpenTimeoutMs);
    const std::vector<int64_t> starts = from.empty() ? configuredStarts(m_assigned, marks)
                                                     : std::vector<int64_t>{};
    std::vector<int64_t> offsets;
    uint64_t skipped = 0;
    for (size_t i = 0; i < m_assigned.size(); ++i) {
        const Assigned &a = m_assigned[i];
        const auto it = from.find(a.key);
        if (from.empty()) {
            offsets.push_back(starts[i]);
        } else if (it == from.end()) {
            offsets.push_back(marks[i].low); // a partition or topic added since the checkpoint
        } else {
            const KafkaResumeOffset resume =
                kafkaResumeOffset(topicName(a.topicIndex), a.partition, it->second,
                                  marks[i].low, marks[i].high, m_params.continueOnDataLoss);
            offsets.push_back(resume.offset);
            skipped += resume.skipped;
        }
    }
    assignAt(offsets);
    m_skipped += skipped;
    const std::vector<Assigned> all = std::exchange(m_assigned, {});
    startAssigned(all, offsets, marks);
}

// Bookkeeping for partitions that were just assigned at `offsets`.
void KafkaSource::startAssigned(const std::vector<Assigned> &added,
                                const std::vector<int64_t> &offsets,
                                const std::vector<Watermarks> &marks)
{
    m_assigned.insert(m_assigned.end(), added.begin(), added.end());
    std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < added.size(); ++i) {
        m_owned.insert(added[i].key);
        m_positions[added[i].key] = offsets[i];
        m_assignedAt[added[i].key] = offsets[i];
        m_highWatermarks[added[i].key] = marks[i].high;
    }
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
    const ssize_t got =
        rd_kafka_consume_batch_queue(m_queue, timeoutMs, m_messages.data(), count);
    if (got < 0)
        throw std::runtime_error("kafka source '" + m_nodeId + "': cannot consume: "
                                 + rd_kafka_err2str(rd_kafka_last_error()));
    return size_t(got);
}

void KafkaSource::appendMessages(RawChunk &chunk, size_t count)
{
    MessageGuard guard{m_messages.data(), count};
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

// The high watermarks librdkafka learnt from its fetch responses; while paused (fetches
// stop, and so do their updates) every few seconds the brokers' answer. Never while
// reading: a ListOffsets request waits behind the connection's long-polling Fetch (up to
// fetch.wait.max.ms per partition), which starved the reader once it had caught up.
void KafkaSource::refreshHighWatermarks()
{
    if (!m_consumer)
        return;
    const bool query = m_paused && steadyNowNs() - m_lastQueryNs > kRefreshEveryNs;
    if (query)
        m_lastQueryNs = steadyNowNs();
    Positions highs;
    for (const Assigned &a : m_assigned) {
        int64_t low = -1;
        int64_t high = -1;
        const char *topic = topicName(a.topicIndex).c_str();
        rd_kafka_resp_err_t err =
            query ? rd_kafka_query_watermark_offsets(m_consumer, topic, a.partition, &low,
                                                     &high, kRefreshTimeoutMs)
                  : rd_kafka_get_watermark_offsets(m_consumer, topic, a.partition, &low, &high);
        if (!err && high >= 0)
            highs[a.key] = high;
    }
    std::lock_guard lock(m_mutex);
    for (const auto &[key, high] : highs) {
        if (m_owned.contains(key))
            m_highWatermarks[key] = std::max(m_highWatermarks[key], high);
    }
}

Positions KafkaSource::availableEnd()
{
    refreshHighWatermarks();
    std::lock_guard lock(m_mutex);
    return m_highWatermarks;
}

std::map<int32_t, double> KafkaSource::lagSeconds() const
{
    const int64_t now = wallNowMs();
    std::lock_guard lock(m_mutex);
    std::map<int32_t, double> seconds;
    for (const auto &[key, timestamp] : m_lastTimestamps) {
        if (m_owned.contains(key))
            seconds[key] = double(std::max<int64_t>(0, now - timestamp)) / 1e3;
    }
    return seconds;
}

std::pair<std::string, int32_t> KafkaSource::describePartition(int32_t key) const
{
    const size_t topic = kafkaTopicIndex(key);
    std::lock_guard lock(m_mutex);
    return {topic < m_topics.size() ? m_topics[topic] : std::string(), kafkaPartition(key)};
}

// Engine thread. Asynchronous: the result arrives in onCommit while read() polls. Only
// partitions this member owns are committed: a revoked one may have moved on elsewhere.
void KafkaSource::committed(const Positions &next)
{
    if (!m_consumer || next.empty() || next == m_lastCommitted)
        return;
    std::lock_guard lock(m_mutex);
    m_engineCommitted = next;
    m_requested = next;
    commitOffsets(next, true);
    m_lastCommitted = next;
}

// Needs m_mutex held.
void KafkaSource::commitOffsets(const Positions &next, bool async)
{
    PartitionList list(next.size());
    for (const auto &[key, offset] : next) {
        const size_t topic = kafkaTopicIndex(key);
        if (topic < m_topics.size() && offset >= 0 && m_owned.contains(key))
            rd_kafka_topic_partition_list_add(list.list, m_topics[topic].c_str(),
                                              kafkaPartition(key))
                ->offset = offset;
    }
    if (list.list->cnt == 0)
        return;
    if (const rd_kafka_resp_err_t err = rd_kafka_commit(m_consumer, list.list, async ? 1 : 0)) {
        m_commitError = rd_kafka_err2str(err);
        m_commitFailed = true;
    }
}

void KafkaSource::retryFailedCommit()
{
    constexpr int64_t kRetryEveryNs = 1'000'000'000;
    if (!m_commitFailed || steadyNowNs() - m_lastRetryNs < kRetryEveryNs)
        return;
    m_lastRetryNs = steadyNowNs();
    m_commitFailed = false;
    std::lock_guard lock(m_mutex);
    commitOffsets(m_requested, true);
}

void KafkaSource::noteCommitResult(std::string error)
{
    if (!error.empty())
        m_commitFailed = true;
    std::lock_guard lock(m_mutex);
    m_commitError = std::move(error);
}

std::string KafkaSource::lastCommitError() const
{
    std::lock_guard lock(m_mutex);
    return m_commitError;
}

void KafkaSource::pauseAssigned(bool paused, const std::vector<Assigned> &which)
{
    if (!m_consumer || which.empty())
        return;
    PartitionList list(which.size());
    for (const Assigned &a : which)
        rd_kafka_topic_partition_list_add(list.list, topicName(a.topicIndex).c_str(), a.partition);
    if (paused)
        rd_kafka_pause_partitions(m_consumer, list.list);
    else
        rd_kafka_resume_partitions(m_consumer, list.list);
}

// Backpressure. While the engine's queue stays full nothing is read, and librdkafka stops
// fetching once its own queue holds queued.max.messages.kbytes: memory stays bounded with no
// further action. Only a consumer-group member must keep polling (max.poll.interval.ms), so
// when a stall outlasts m_groupPauseAfter its partitions are paused in librdkafka and
// keepAlive() serves the group. Not earlier: a pause drops librdkafka's prefetched records,
// which are fetched again on resume — wasted work for the short stalls of ordinary
// backpressure.
void KafkaSource::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pausedSinceNs = steadyNowNs();
    if (!paused && m_kafkaPaused) {
        m_kafkaPaused = false;
        pauseAssigned(false, m_assigned);
        seekToPositions();
    }
}

void KafkaSource::keepAlive()
{
    if (!subscribing() || !m_paused)
        return;
    const int64_t pauseAfterNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(m_groupPauseAfter).count();
    if (!m_kafkaPaused && steadyNowNs() - m_pausedSinceNs >= pauseAfterNs) {
        m_kafkaPaused = true;
        pauseAssigned(true, m_assigned);
    }
    if (m_kafkaPaused)
        serve(0);
}

// After a resume: every partition restarts fetching at the position this source read up to
// (what keepAlive() kept included).
void KafkaSource::seekToPositions()
{
    if (m_assigned.empty())
        return;
    Positions next;
    {
        std::lock_guard lock(m_mutex);
        next = m_positions;
    }
    for (size_t i = 0; i < m_held.size(); ++i) // read already, handed out by the next read()
        next[m_held.partitions[i]] = std::max(next[m_held.partitions[i]], m_held.offsets[i] + 1);
    PartitionList list(m_assigned.size());
    for (const Assigned &a : m_assigned) {
        if (const auto at = next.find(a.key); at != next.end())
            rd_kafka_topic_partition_list_add(list.list, topicName(a.topicIndex).c_str(),
                                              a.partition)
                ->offset = at->second;
    }
    if (rd_kafka_error_t *error = rd_kafka_seek_partitions(m_consumer, list.list, kOpenTimeoutMs))
        rd_kafka_error_destroy(error);
}

// Partitions assigned while paused start paused, so records are rare here; any that come
// are kept for the next read().
void KafkaSource::serve(int timeoutMs)
{
    if (!m_consumer)
        return;
    const size_t got = consume(kPiece, timeoutMs);
    if (got > 0)
        appendMessages(m_held, got);
}

// Hands out what serve() kept, updating the positions as read() does.
void KafkaSource::takeHeld(RawChunk &chunk)
{
    for (size_t i = 0; i < m_held.size(); ++i) {
        chunk.append(m_held.value(i), m_held.partitions[i], m_held.offsets[i]);
        chunk.keys.push_back(std::move(m_held.keys[i]));
    }
    m_held = RawChunk();
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
    return Json{{"topics", topics}}.dump();
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

void onRebalance(rd_kafka_t *, rd_kafka_resp_err_t err,
                 rd_kafka_topic_partition_list_t *partitions, void *opaque)
{
    static_cast<KafkaSource *>(opaque)->rebalanced(int(err), partitions);
}

} // namespace

std::unique_ptr<Source> makeKafkaSource(const std::string &nodeId, const Json &params)
{
    return std::make_unique<KafkaSource>(nodeId, KafkaSourceParams::fromJson(nodeId, params));
}

} // namespace weir
