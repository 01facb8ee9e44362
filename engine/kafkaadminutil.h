#pragma once

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <string>

namespace weir {

// Small RAII and timing helpers shared by kafkaadmin.cpp and kafkafetch.cpp.
namespace kafkaadmin {

// One timeout spread over several librdkafka calls.
class Deadline
{
public:
    explicit Deadline(std::chrono::milliseconds timeout)
        : m_end(std::chrono::steady_clock::now() + timeout)
    {
    }
    // Never below 1 ms, so a call still gets a (short) chance and reports a timeout itself.
    int remainingMs() const
    {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            m_end - std::chrono::steady_clock::now());
        return int(std::max<int64_t>(1, left.count()));
    }
    bool passed() const { return std::chrono::steady_clock::now() >= m_end; }

private:
    std::chrono::steady_clock::time_point m_end;
};

struct PartitionList
{
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
    PartitionList() = default;
    PartitionList(const PartitionList &) = delete;
    PartitionList &operator=(const PartitionList &) = delete;
    ~PartitionList() { rd_kafka_topic_partition_list_destroy(list); }
};

// A client handle destroyed (consumers: closed first) when it goes out of scope.
struct ClientHandle
{
    explicit ClientHandle(rd_kafka_t *h)
        : handle(h)
    {
    }
    ClientHandle(const ClientHandle &) = delete;
    ClientHandle &operator=(const ClientHandle &) = delete;
    ~ClientHandle()
    {
        rd_kafka_consumer_close(handle);
        rd_kafka_destroy(handle);
    }
    rd_kafka_t *handle;
};

inline std::string partitionName(const std::string &topic, int32_t partition)
{
    return "topic '" + topic + "' partition " + std::to_string(partition);
}

} // namespace kafkaadmin
} // namespace weir
