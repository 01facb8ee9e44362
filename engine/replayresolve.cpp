// resolveReplay (replayrange.h): ranges -> offsets, with the cluster's watermarks.
#include "replayrange.h"

#include "kafkaadmin.h"

#include <algorithm>

namespace weir {

namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds remaining(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline
                                                                            - Clock::now());
    return std::max(left, std::chrono::milliseconds(1));
}

[[noreturn]] void fail(const ReplayRange &range, const std::string &why)
{
    throw ReplayRangeError("replay range '" + range.toString() + "': " + why);
}

const TopicInfo &findTopic(const std::vector<TopicInfo> &topics, const ReplayRange &range,
                           const KafkaAdmin &admin)
{
    const auto found = std::find_if(topics.begin(), topics.end(),
                                     [&](const TopicInfo &t) { return t.name == range.topic; });
    if (found == topics.end())
        fail(range, "topic '" + range.topic + "' does not exist on " + admin.bootstrapServers());
    return *found;
}

std::string partitionList(const TopicInfo &topic)
{
    std::string ids;
    for (const PartitionInfo &p : topic.partitions)
        ids += (ids.empty() ? "" : ", ") + std::to_string(p.id);
    return ids.empty() ? "none" : ids;
}

const PartitionInfo &findPartition(const TopicInfo &topic, int32_t id, const ReplayRange &range)
{
    const auto found = std::find_if(topic.partitions.begin(), topic.partitions.end(),
                                    [&](const PartitionInfo &p) { return p.id == id; });
    if (found == topic.partitions.end())
        fail(range, "topic '" + topic.name + "' has no partition " + std::to_string(id)
                        + " (it has " + partitionList(topic) + ")");
    return *found;
}

class BoundResolver
{
public:
    BoundResolver(KafkaAdmin &admin, Clock::time_point deadline)
        : m_admin(admin)
        , m_deadline(deadline)
    {}

    int64_t offset(const ReplayBound &bound, const std::string &topic, const PartitionInfo &p,
                   bool isFrom)
    {
        switch (bound.kind) {
        case ReplayBound::Kind::Open:
            return isFrom ? p.low : p.high;
        case ReplayBound::Kind::Offset:
            return std::clamp(bound.value, p.low, p.high);
        case ReplayBound::Kind::Time:
            break;
        }
        // KafkaAdmin::offsetForTime searches the records' timestamps where the broker's
        // time index answers nothing (the sandbox's mock cluster).
        const int64_t first = m_admin.offsetForTime(topic, p.id, bound.value, remaining(m_deadline));
        return std::clamp(first, p.low, p.high);
    }

private:
    KafkaAdmin &m_admin;
    Clock::time_point m_deadline;
};

} // namespace

ResolvedReplay resolveReplay(const std::vector<ReplayRange> &ranges, KafkaAdmin &admin,
                             std::chrono::milliseconds timeout,
                             const std::set<std::string> &idleTopics)
{
    const Clock::time_point deadline = Clock::now() + timeout;
    const std::vector<TopicInfo> topics = admin.listTopics(timeout);

    ResolvedReplay resolved;
    auto addIdle = [&](const TopicInfo &topic) {
        std::map<int32_t, OffsetRange> &partitions = resolved[topic.name];
        for (const PartitionInfo &p : topic.partitions)
            partitions.try_emplace(p.id, OffsetRange{p.high, p.high});
    };
    for (const ReplayRange &range : ranges)
        addIdle(findTopic(topics, range, admin));
    for (const TopicInfo &topic : topics)
        if (idleTopics.contains(topic.name))
            addIdle(topic); // one that does not exist has nothing to read: left out

    BoundResolver bounds(admin, deadline);
    std::set<std::pair<std::string, int32_t>> named;
    for (const ReplayRange &range : ranges) {
        const TopicInfo &topic = findTopic(topics, range, admin);
        std::vector<PartitionInfo> partitions = topic.partitions;
        if (range.partition)
            partitions = {findPartition(topic, *range.partition, range)};
        for (const PartitionInfo &p : partitions) {
            const std::string name = topic.name + ":" + std::to_string(p.id);
            if (!named.insert({topic.name, p.id}).second)
                fail(range, "partition " + name + " is already in another replay range");
            const int64_t from = bounds.offset(range.from, topic.name, p, true);
            const int64_t to = bounds.offset(range.to, topic.name, p, false);
            if (from > to)
                fail(range, "on partition " + name + " FROM is offset " + std::to_string(from)
                                + ", after TO at offset " + std::to_string(to));
            resolved[topic.name][p.id] = {from, to};
        }
    }
    return resolved;
}

} // namespace weir
