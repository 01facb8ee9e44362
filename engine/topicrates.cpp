#include "topicrates.h"

#include <algorithm>

namespace weir {

int64_t messageCount(const TopicInfo &topic)
{
    int64_t count = 0;
    for (const PartitionInfo &p : topic.partitions)
        count += std::max<int64_t>(0, p.high - p.low);
    return count;
}

void TopicRates::update(const std::vector<TopicInfo> &topics, Clock::time_point now)
{
    std::map<std::string, Seen> next;
    for (const TopicInfo &topic : topics) {
        Seen seen;
        seen.at = now;
        for (const PartitionInfo &p : topic.partitions)
            seen.highSum += p.high;
        const auto previous = m_topics.find(topic.name);
        if (previous != m_topics.end() && now > previous->second.at) {
            const double seconds = std::chrono::duration<double>(now - previous->second.at).count();
            // A deleted and re-created topic can go back: no negative rates.
            seen.rate = std::max<int64_t>(0, seen.highSum - previous->second.highSum) / seconds;
        }
        next.emplace(topic.name, seen);
    }
    m_topics = std::move(next);
}

std::optional<double> TopicRates::rate(const std::string &topic) const
{
    const auto it = m_topics.find(topic);
    return it == m_topics.end() ? std::nullopt : it->second.rate;
}

} // namespace weir
