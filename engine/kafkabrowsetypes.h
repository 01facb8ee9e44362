#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace weir {

// What KafkaAdmin (kafkaadmin.h) reports. Offsets follow Kafka: the high watermark is the
// offset the next record will get, the low watermark the oldest one still kept.

struct PartitionWatermarks
{
    int64_t low = 0;
    int64_t high = 0;
};

struct PartitionInfo
{
    int32_t id = 0;
    int32_t leader = -1; // broker id, -1 when the partition has no leader
    int64_t low = 0;
    int64_t high = 0;
};

struct TopicInfo
{
    std::string name;
    std::vector<PartitionInfo> partitions;
};

struct GroupPartition
{
    std::string topic;
    int32_t partition = 0;
    int64_t committed = 0; // offset of the next record the group will read
    int64_t lag = 0; // high watermark - committed, never below 0
};

struct GroupInfo
{
    std::string id;
    std::string state; // "Stable", "Empty", ...; empty when unknown
    int members = -1; // -1 when unknown
    std::vector<GroupPartition> partitions; // only partitions with a committed offset
};

struct KafkaHeader
{
    std::string name;
    std::optional<std::string> value; // nullopt for a null header value
};

struct KafkaMessage
{
    int32_t partition = 0;
    int64_t offset = 0;
    int64_t timestampMs = -1; // -1 when the record has none
    std::optional<std::string> key; // nullopt for a null key
    std::vector<KafkaHeader> headers;
    std::string value;
};

// Where fetch() starts.
struct FetchStart
{
    enum class Kind { Offset, Timestamp, Oldest, Newest };
    Kind kind = Kind::Oldest;
    int64_t value = 0; // the offset, the timestamp in ms, or N for "the newest N"

    static FetchStart offset(int64_t offset) { return {Kind::Offset, offset}; }
    // The first record whose timestamp is at or after `ms`.
    static FetchStart timestamp(int64_t ms) { return {Kind::Timestamp, ms}; }
    static FetchStart oldest() { return {Kind::Oldest, 0}; }
    // The last `count` records before the high watermark.
    static FetchStart newest(int64_t count) { return {Kind::Newest, count}; }
};

} // namespace weir
