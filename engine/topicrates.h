#pragma once

#include "kafkabrowsetypes.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weir {

// Records a topic holds now: the sum over its partitions of high - low watermark.
int64_t messageCount(const TopicInfo &topic);

// "Recent rate" of topics: messages per second from the change of the high watermarks
// between the last two listings (KafkaAdmin::listTopics) given to update().
class TopicRates
{
public:
    using Clock = std::chrono::steady_clock;

    void update(const std::vector<TopicInfo> &topics, Clock::time_point now);
    // Messages/s; nullopt before the topic was in two listings.
    std::optional<double> rate(const std::string &topic) const;

private:
    struct Seen
    {
        int64_t highSum = 0;
        Clock::time_point at;
        std::optional<double> rate;
    };
    std::map<std::string, Seen> m_topics;
};

} // namespace weir
