// source.kafka: which topics and partitions it reads, and where each one starts.
#include "kafkasource.h"

#include "kafkaoffsets.h"
#include "kafkasourceinternal.h"

#include <algorithm>
#include <chrono>
#include <regex>
#include <stdexcept>
#include <thread>

#include <librdkafka/rdkafka.h>

namespace weir {

using kafkasource::kOpenTimeoutMs;
using kafkasource::PartitionList;

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
        const rd_kafka_resp_err_t err
            = rd_kafka_metadata(m_consumer, 1, nullptr, &metadata, kOpenTimeoutMs);
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
        const auto deadline
            = std::chrono::steady_clock::now() + std::chrono::milliseconds(kOpenTimeoutMs);
        for (;;) {
            const rd_kafka_metadata_t *metadata = nullptr;
            const rd_kafka_resp_err_t err
                = rd_kafka_metadata(m_consumer, 0, topic, &metadata, kOpenTimeoutMs);
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
            throw std::runtime_error("cannot read the offsets of topic '" + topic + "' partition "
                                     + std::to_string(a.partition) + ": " + rd_kafka_err2str(err));
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
            throw std::runtime_error(
                "starting_partition_offsets: offset " + std::to_string(offset) + " of topic '"
                + topic + "' partition " + std::to_string(partitions[i].partition)
                + " is outside what the partition holds, offsets " + std::to_string(marks[i].low)
                + " to " + std::to_string(marks[i].high));
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
        rd_kafka_topic_partition_list_add(times.list, topicName(a.topicIndex).c_str(), a.partition)
            ->offset
            = *m_params.startingTimeMs;
    const rd_kafka_resp_err_t err
        = rd_kafka_offsets_for_times(m_consumer, times.list, kOpenTimeoutMs);
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
            ->offset
            = offsets[i];
    if (const rd_kafka_resp_err_t err = rd_kafka_assign(m_consumer, list.list))
        throw std::runtime_error(std::string("cannot assign the partitions: ")
                                 + rd_kafka_err2str(err));
}

void KafkaSource::openAssigned(const Positions &from)
{
    fetchPartitions();
    if (m_assigned.empty())
        throw std::runtime_error("no topic matches " + m_params.topics.front());
    const std::vector<Watermarks> marks = queryWatermarks(m_assigned, kOpenTimeoutMs);
    const std::vector<int64_t> starts
        = from.empty() ? configuredStarts(m_assigned, marks) : std::vector<int64_t> {};
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
            const KafkaResumeOffset resume
                = kafkaResumeOffset(topicName(a.topicIndex), a.partition, it->second, marks[i].low,
                                    marks[i].high, m_params.continueOnDataLoss,
                                    m_params.bootstrapServers == "embedded");
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

} // namespace weir
