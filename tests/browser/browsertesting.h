#pragma once

#include "kafkabrowsetypes.h"
#include "sandboxbroker.h"

#include "../kafkasource/kafkatesting.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

// Test records for the topic browser, produced to the sandbox with librdkafka directly (for
// explicit timestamps and headers). The producer's own list is the oracle.
namespace browsertesting {

constexpr int64_t kBaseTimestampMs = 1'700'000'000'000;

// Record i: partition i % partitions, timestamp base + 10 i (increasing across the topic),
// key "key-i" (null every 7th), one header "seq" = i, a JSON value; every 11th value holds
// bytes that are not UTF-8.
inline weir::KafkaMessage recordFor(int i, int partitions)
{
    weir::KafkaMessage m;
    m.partition = i % partitions;
    m.timestampMs = kBaseTimestampMs + 10 * int64_t(i);
    if (i % 7 != 3)
        m.key = "key-" + std::to_string(i);
    m.headers.push_back({"seq", std::to_string(i)});
    m.value = "{\"id\":" + std::to_string(i) + ",\"user\":\"user-" + std::to_string(i % 5) + "\"}";
    if (i % 11 == 5)
        m.value = std::string("\xff\xfe bin ", 7) + std::to_string(i);
    return m;
}

// Creates `topic` on the shared sandbox and fills it with `count` records; returns them with
// their offsets, in production order.
inline std::vector<weir::KafkaMessage> fillTopic(const std::string &topic, int partitions,
                                                 int count)
{
    const auto broker = weir::SandboxBroker::shared();
    broker->createTopic(topic, partitions);
    TestProducer producer(broker->bootstrapServers());
    std::map<int32_t, int64_t> nextOffset;
    std::vector<weir::KafkaMessage> records;
    for (int i = 0; i < count; ++i) {
        weir::KafkaMessage m = recordFor(i, partitions);
        m.offset = nextOffset[m.partition]++;
        producer.produce(topic, m);
        records.push_back(std::move(m));
    }
    producer.flush();
    return records;
}

inline bool sameMessage(const weir::KafkaMessage &a, const weir::KafkaMessage &b)
{
    const auto headersEqual = [&] {
        if (a.headers.size() != b.headers.size())
            return false;
        for (size_t i = 0; i < a.headers.size(); ++i)
            if (a.headers[i].name != b.headers[i].name || a.headers[i].value != b.headers[i].value)
                return false;
        return true;
    };
    return a.partition == b.partition && a.offset == b.offset && a.timestampMs == b.timestampMs
        && a.key == b.key && a.value == b.value && headersEqual();
}

inline QString describe(const weir::KafkaMessage &m)
{
    return QStringLiteral("p%1@%2 ts %3 key %4")
        .arg(m.partition)
        .arg(m.offset)
        .arg(m.timestampMs)
        .arg(m.key ? QString::fromStdString(*m.key) : QStringLiteral("null"));
}

// Compares two lists of messages in order, naming the first difference.
inline bool sameMessages(const std::vector<weir::KafkaMessage> &actual,
                         const std::vector<weir::KafkaMessage> &expected, QString *why)
{
    if (actual.size() != expected.size()) {
        *why = QStringLiteral("%1 messages, expected %2").arg(actual.size()).arg(expected.size());
        return false;
    }
    for (size_t i = 0; i < actual.size(); ++i) {
        if (!sameMessage(actual[i], expected[i])) {
            *why = QStringLiteral("message %1: %2, expected %3")
                       .arg(i)
                       .arg(describe(actual[i]), describe(expected[i]));
            return false;
        }
    }
    return true;
}

// Commits offsets of `topic` for `group` on the shared sandbox, from outside the group.
inline void commitOffsets(const std::string &group, const std::string &topic,
                          const std::map<int32_t, int64_t> &offsets)
{
    std::vector<std::tuple<std::string, int32_t, int64_t>> entries;
    for (const auto &[partition, offset] : offsets)
        entries.emplace_back(topic, partition, offset);
    commitGroupOffsets(weir::SandboxBroker::shared()->bootstrapServers(), group, entries);
}

// A consumer in `group`, subscribed to `topic`; waitAssigned() until it has partitions.
class LiveMember
{
public:
    LiveMember(const std::string &group, const std::string &topic)
    {
        char reason[256];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        const std::string bootstrap = weir::SandboxBroker::shared()->bootstrapServers();
        rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), reason, sizeof(reason));
        rd_kafka_conf_set(conf, "group.id", group.c_str(), reason, sizeof(reason));
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", reason, sizeof(reason));
        m_handle = rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof(reason));
        rd_kafka_poll_set_consumer(m_handle);
        rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
        rd_kafka_topic_partition_list_add(topics, topic.c_str(), RD_KAFKA_PARTITION_UA);
        rd_kafka_subscribe(m_handle, topics);
        rd_kafka_topic_partition_list_destroy(topics);
    }
    ~LiveMember()
    {
        rd_kafka_consumer_close(m_handle);
        rd_kafka_destroy(m_handle);
    }
    // Polls (serving the rebalance) until partitions are assigned.
    bool waitAssigned(std::chrono::seconds timeout)
    {
        const auto end = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < end) {
            if (rd_kafka_message_t *m = rd_kafka_consumer_poll(m_handle, 100))
                rd_kafka_message_destroy(m);
            rd_kafka_topic_partition_list_t *assigned = nullptr;
            rd_kafka_assignment(m_handle, &assigned);
            const int count = assigned ? assigned->cnt : 0;
            if (assigned)
                rd_kafka_topic_partition_list_destroy(assigned);
            if (count > 0)
                return true;
        }
        return false;
    }

private:
    rd_kafka_t *m_handle = nullptr;
};

} // namespace browsertesting
