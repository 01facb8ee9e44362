// source.kafka in group_mode "subscribe": joining the consumer group, taking the partitions
// it assigns, and giving revoked ones up only after their records are committed.
#include "kafkasource.h"

#include "kafkaoffsets.h"
#include "kafkasourceinternal.h"

#include <chrono>
#include <stdexcept>

namespace weir {

namespace kafkasource {

constexpr int kCloseTimeoutMs = 5000;

// "topic[0,1,2] other[3]"
std::string describeList(const rd_kafka_topic_partition_list_t *partitions)
{
    std::string text;
    std::string topic;
    for (int i = 0; i < partitions->cnt; ++i) {
        const rd_kafka_topic_partition_t &p = partitions->elems[i];
        if (p.topic != topic) {
            if (!topic.empty())
                text += "] ";
            topic = p.topic;
            text += topic + "[";
        } else {
            text += ",";
        }
        text += std::to_string(p.partition);
    }
    return topic.empty() ? "none" : text + "]";
}

bool cooperative(rd_kafka_t *consumer)
{
    const char *protocol = rd_kafka_rebalance_protocol(consumer); // null before joining
    return protocol && std::string_view(protocol) == "COOPERATIVE";
}

rd_kafka_resp_err_t changeAssignment(rd_kafka_t *consumer,
                                     const rd_kafka_topic_partition_list_t *partitions, bool add)
{
    if (cooperative(consumer)) {
        rd_kafka_error_t *error = add ? rd_kafka_incremental_assign(consumer, partitions)
                                      : rd_kafka_incremental_unassign(consumer, partitions);
        if (!error)
            return RD_KAFKA_RESP_ERR_NO_ERROR;
        const rd_kafka_resp_err_t code = rd_kafka_error_code(error);
        rd_kafka_error_destroy(error);
        return code;
    }
    // Eager protocol: the assignment is replaced as a whole; a revoke gives up everything.
    return rd_kafka_assign(consumer, add ? partitions : nullptr);
}

bool closeConsumer(rd_kafka_t *consumer)
{
    rd_kafka_queue_t *queue = rd_kafka_queue_new(consumer);
    if (rd_kafka_error_t *error = rd_kafka_consumer_close_queue(consumer, queue)) {
        rd_kafka_error_destroy(error);
        rd_kafka_queue_destroy(queue);
        return false;
    }
    const auto deadline
        = std::chrono::steady_clock::now() + std::chrono::milliseconds(kCloseTimeoutMs);
    while (!rd_kafka_consumer_closed(consumer) && std::chrono::steady_clock::now() < deadline) {
        rd_kafka_event_t *event = rd_kafka_queue_poll(queue, 50);
        if (event && rd_kafka_event_type(event) == RD_KAFKA_EVENT_REBALANCE) {
            // Leaving the group: the engine committed its last batch before close().
            if (rd_kafka_event_error(event) == RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS)
                changeAssignment(consumer, rd_kafka_event_topic_partition_list(event), false);
            else
                rd_kafka_assign(consumer, nullptr);
        }
        if (event)
            rd_kafka_event_destroy(event);
    }
    const bool closed = rd_kafka_consumer_closed(consumer);
    rd_kafka_queue_destroy(queue);
    return closed;
}

} // namespace kafkasource

using kafkasource::kOpenTimeoutMs;
using kafkasource::PartitionList;

// Subscribes and waits for the group's first assignment (possibly empty, when the group has
// more members than partitions), so position() and availableEnd() mean something from the
// start. Records that arrive meanwhile are kept for read().
void KafkaSource::openSubscribed()
{
    PartitionList topics(m_params.topics.size());
    for (const std::string &topic : m_params.topics)
        rd_kafka_topic_partition_list_add(topics.list, topic.c_str(), RD_KAFKA_PARTITION_UA);
    if (const rd_kafka_resp_err_t err = rd_kafka_subscribe(m_consumer, topics.list))
        throw std::runtime_error(std::string("cannot join consumer group '") + m_params.groupId
                                 + "': " + rd_kafka_err2str(err));
    // A coordinator may wait up to the members' session timeout before it rebalances.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(60000);
    while (!m_assignedOnce && m_failure.empty()) {
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("consumer group '" + m_params.groupId
                                     + "' assigned no partitions within 60 s: is its group "
                                       "coordinator reachable?");
        serve(100);
    }
    rethrowFailure();
}

// librdkafka -> source, on the reader thread inside a consume call (or in open()). Nothing
// may throw through librdkafka's C frames: failures are kept and thrown by read().
void KafkaSource::rebalanced(int err, rd_kafka_topic_partition_list_s *partitions)
{
    try {
        if (err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
            takeAssignment(partitions);
            m_assignedOnce = true;
            m_notices.push_back("consumer group '" + m_params.groupId + "' assigned "
                                + kafkasource::describeList(partitions));
        } else if (err == RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS
                   && !rd_kafka_assignment_lost(m_consumer)) {
            // Deferred: read() gives them up once the engine committed their records.
            if (m_revokeList)
                rd_kafka_topic_partition_list_destroy(m_revokeList);
            m_revokeList = rd_kafka_topic_partition_list_copy(partitions);
            m_revoking.clear();
            for (int i = 0; i < partitions->cnt; ++i)
                m_revoking.push_back(kafkaPositionKey(topicIndex(partitions->elems[i].topic),
                                                      partitions->elems[i].partition));
            if (m_revoking.empty()) // nothing to give up, but the group waits for the call
                giveUp(partitions, false);
        } else {
            // Lost (the group moved on without us) or a rebalance error: the partitions are
            // someone else's already, so their offsets must not be committed.
            m_notices.push_back("consumer group '" + m_params.groupId + "': lost "
                                + kafkasource::describeList(partitions)
                                + " (their last batch may be read again by the next owner)");
            giveUp(partitions, false);
        }
    } catch (const std::exception &e) {
        m_failure = e.what();
    }
}

// Start offsets: the later of the group's committed offset and this run's checkpoint
// position; with neither, starting_offsets. A position outside the partition's retained
// range is data loss (kafkaResumeOffset).
std::vector<int64_t> KafkaSource::groupStarts(const std::vector<Assigned> &added,
                                              const std::vector<Watermarks> &marks)
{
    PartitionList committed(added.size());
    for (const Assigned &a : added)
        rd_kafka_topic_partition_list_add(committed.list, topicName(a.topicIndex).c_str(),
                                          a.partition);
    if (const rd_kafka_resp_err_t err
        = rd_kafka_committed(m_consumer, committed.list, kOpenTimeoutMs))
        throw std::runtime_error("cannot read the committed offsets of group '" + m_params.groupId
                                 + "': " + rd_kafka_err2str(err));
    const std::vector<int64_t> configured = configuredStarts(added, marks);
    std::vector<int64_t> starts;
    uint64_t skipped = 0;
    for (size_t i = 0; i < added.size(); ++i) {
        int64_t position = committed.list->elems[i].offset; // < 0: never committed
        if (const auto it = m_from.find(added[i].key); it != m_from.end())
            position = std::max(position, it->second);
        if (position < 0) {
            starts.push_back(configured[i]);
            continue;
        }
        const KafkaResumeOffset resume
            = kafkaResumeOffset(topicName(added[i].topicIndex), added[i].partition, position,
                                marks[i].low, marks[i].high, m_params.continueOnDataLoss,
                                    m_params.bootstrapServers == "embedded");
        starts.push_back(resume.offset);
        skipped += resume.skipped;
    }
    m_skipped += skipped;
    return starts;
}

void KafkaSource::takeAssignment(rd_kafka_topic_partition_list_s *partitions)
{
    std::vector<Assigned> added;
    for (int i = 0; i < partitions->cnt; ++i) {
        const size_t topic = topicIndex(partitions->elems[i].topic);
        added.push_back({topic, partitions->elems[i].partition,
                         kafkaPositionKey(topic, partitions->elems[i].partition)});
    }
    const std::vector<Watermarks> marks = queryWatermarks(added, kOpenTimeoutMs);
    const std::vector<int64_t> starts = groupStarts(added, marks);
    for (int i = 0; i < partitions->cnt; ++i)
        partitions->elems[i].offset = starts[size_t(i)];
    if (const rd_kafka_resp_err_t err = kafkasource::changeAssignment(m_consumer, partitions, true))
        throw std::runtime_error(std::string("cannot take the assigned partitions: ")
                                 + rd_kafka_err2str(err));
    if (m_kafkaPaused) // a long stall still on: the new partitions wait too
        pauseAssigned(true, added);
    startAssigned(added, starts, marks);
}

// Gives partitions back to the group, committing their positions first when `commit`.
void KafkaSource::giveUp(rd_kafka_topic_partition_list_s *partitions, bool commit)
{
    std::vector<int32_t> keys;
    for (int i = 0; i < partitions->cnt; ++i)
        keys.push_back(kafkaPositionKey(topicIndex(partitions->elems[i].topic),
                                        partitions->elems[i].partition));
    if (commit) {
        PartitionList offsets(keys.size());
        {
            std::lock_guard lock(m_mutex);
            for (size_t i = 0; i < keys.size(); ++i) {
                const int64_t at = m_positions.count(keys[i]) ? m_positions[keys[i]] : -1;
                if (at >= 0)
                    rd_kafka_topic_partition_list_add(offsets.list, partitions->elems[i].topic,
                                                      partitions->elems[i].partition)
                        ->offset
                        = at;
            }
        }
        if (offsets.list->cnt > 0) {
            if (const rd_kafka_resp_err_t err = rd_kafka_commit(m_consumer, offsets.list, 0))
                noteCommitResult(std::string("committing revoked partitions: ")
                                 + rd_kafka_err2str(err));
        }
    }
    kafkasource::changeAssignment(m_consumer, partitions, false);
    std::erase_if(m_assigned, [&](const Assigned &a) {
        return std::find(keys.begin(), keys.end(), a.key) != keys.end();
    });
    std::lock_guard lock(m_mutex);
    for (const int32_t key : keys) {
        m_owned.erase(key);
        m_positions.erase(key);
        m_assignedAt.erase(key);
        m_highWatermarks.erase(key);
        m_lastTimestamps.erase(key);
    }
}

// True once the revoked partitions are given up: every record read from them is in a batch
// the engine committed (its sinks and checkpoint), so their group offsets can follow.
bool KafkaSource::finishRevoke()
{
    {
        std::lock_guard lock(m_mutex);
        for (const int32_t key : m_revoking) {
            const auto at = m_positions.find(key);
            if (at == m_positions.end() || at->second == m_assignedAt[key])
                continue; // nothing read since it was assigned
            const auto done = m_engineCommitted.find(key);
            if (done == m_engineCommitted.end() || done->second < at->second)
                return false;
        }
    }
    giveUp(m_revokeList, true);
    m_notices.push_back("consumer group '" + m_params.groupId + "' rebalanced: gave up "
                        + kafkasource::describeList(m_revokeList)
                        + " after committing what was read from them");
    rd_kafka_topic_partition_list_destroy(m_revokeList);
    m_revokeList = nullptr;
    m_revoking.clear();
    return true;
}

} // namespace weir
