#pragma once

#include "kafkabrowsetypes.h"
#include "kafkasource.h"
#include "sandboxbroker.h"

#include <librdkafka/rdkafka.h>

#include <QtTest>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

// A produced or read record: partition key, offset, key, value.
using KafkaRecord = std::tuple<int32_t, int64_t, std::string, std::string>;

// A plain librdkafka producer for the tests: every record to an explicit partition,
// acknowledged before produce() returns.
class TestProducer
{
public:
    explicit TestProducer(const std::string &bootstrap)
    {
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        char reason[256];
        rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), reason, sizeof(reason));
        rd_kafka_conf_set(conf, "linger.ms", "0", reason, sizeof(reason));
        m_handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, reason, sizeof(reason));
        if (!m_handle)
            throw std::runtime_error(reason);
    }
    ~TestProducer() { rd_kafka_destroy(m_handle); }

    // Offset of the record; a null key when `key` is nullopt.
    // `timestampMs` 0: the producer's clock.
    void produce(const std::string &topic, int32_t partition, const std::optional<std::string> &key,
                 const std::string &value, int64_t timestampMs = 0)
    {
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            m_handle, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_PARTITION(partition),
            RD_KAFKA_V_VALUE(const_cast<char *>(value.data()), value.size()),
            RD_KAFKA_V_KEY((key ? key->data() : nullptr), (key ? key->size() : size_t(0))),
            RD_KAFKA_V_TIMESTAMP(timestampMs), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_END);
        if (err)
            throw std::runtime_error(rd_kafka_err2str(err));
    }
    // A whole record: its partition, key (null if unset), timestamp and headers.
    void produce(const std::string &topic, const weir::KafkaMessage &m)
    {
        rd_kafka_headers_t *headers = rd_kafka_headers_new(m.headers.size());
        for (const weir::KafkaHeader &h : m.headers)
            rd_kafka_header_add(headers, h.name.c_str(), -1, h.value ? h.value->data() : nullptr,
                                h.value ? ssize_t(h.value->size()) : 0);
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            m_handle, RD_KAFKA_V_TOPIC(topic.c_str()), RD_KAFKA_V_PARTITION(m.partition),
            RD_KAFKA_V_VALUE(const_cast<char *>(m.value.data()), m.value.size()),
            RD_KAFKA_V_KEY((m.key ? m.key->data() : nullptr), (m.key ? m.key->size() : size_t(0))),
            RD_KAFKA_V_TIMESTAMP(m.timestampMs), RD_KAFKA_V_HEADERS(headers),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
        if (err) {
            rd_kafka_headers_destroy(headers); // owned by the message only on success
            throw std::runtime_error(rd_kafka_err2str(err));
        }
    }
    void flush()
    {
        if (rd_kafka_flush(m_handle, 30000) != RD_KAFKA_RESP_ERR_NO_ERROR)
            throw std::runtime_error("flush timed out");
    }

private:
    rd_kafka_t *m_handle = nullptr;
};

// Commits offsets (topic, partition, offset) for `group` from outside it, as a tool does
// (OffsetCommit without joining the group).
inline void commitGroupOffsets(
    const std::string &bootstrap, const std::string &group,
    const std::vector<std::tuple<std::string, int32_t, int64_t>> &offsets)
{
    char reason[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap.c_str(), reason, sizeof(reason));
    rd_kafka_conf_set(conf, "group.id", group.c_str(), reason, sizeof(reason));
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", reason, sizeof(reason));
    rd_kafka_t *consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof(reason));
    QVERIFY2(consumer, reason);
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(int(offsets.size()));
    for (const auto &[topic, partition, offset] : offsets)
        rd_kafka_topic_partition_list_add(list, topic.c_str(), partition)->offset = offset;
    const rd_kafka_resp_err_t err = rd_kafka_commit(consumer, list, 0);
    rd_kafka_topic_partition_list_destroy(list);
    rd_kafka_consumer_close(consumer);
    rd_kafka_destroy(consumer);
    QCOMPARE(rd_kafka_err2str(err), rd_kafka_err2str(RD_KAFKA_RESP_ERR_NO_ERROR));
}

// Reads until `count` records arrived or 20 s passed.
inline std::vector<KafkaRecord> readRecords(weir::Source &source, size_t count)
{
    std::vector<KafkaRecord> records;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (records.size() < count && std::chrono::steady_clock::now() < deadline) {
        weir::RawChunk chunk;
        const weir::ReadStatus status = source.read(chunk, 64);
        if (status == weir::ReadStatus::Data && chunk.keys.size() != chunk.size())
            throw std::runtime_error("a record without its key");
        for (size_t i = 0; i < chunk.size(); ++i)
            records.emplace_back(chunk.partitions[i], chunk.offsets[i], chunk.keys[i],
                                 std::string(chunk.value(i)));
    }
    return records;
}

// True if a few reads (each waits up to 20 ms) bring no record.
inline bool nothingMore(weir::Source &source)
{
    for (int i = 0; i < 10; ++i) {
        weir::RawChunk chunk;
        if (source.read(chunk, 100) != weir::ReadStatus::Idle)
            return false;
    }
    return true;
}
