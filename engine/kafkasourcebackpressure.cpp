// source.kafka under backpressure: pausing, keeping a group membership alive, resuming.
#include "kafkasource.h"

#include "clock.h"
#include "kafkasourceinternal.h"

#include <algorithm>
#include <chrono>

#include <librdkafka/rdkafka.h>

namespace weir {

using kafkasource::kOpenTimeoutMs;
using kafkasource::kPiece;
using kafkasource::PartitionList;

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
    const int64_t pauseAfterNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(m_groupPauseAfter).count();
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
                ->offset
                = at->second;
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

} // namespace weir
