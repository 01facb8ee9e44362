#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

class KafkaAdmin;

// One end of a replayed range: an offset, a time (UTC epoch ms, matched against the
// records' Kafka timestamps), or open (from: the oldest record kept; to: the high
// watermark when the range is resolved).
struct ReplayBound
{
    enum class Kind { Open, Offset, Time };
    Kind kind = Kind::Open;
    int64_t value = 0; // the offset or the time in ms

    static ReplayBound open() { return {}; }
    static ReplayBound offset(int64_t offset) { return {Kind::Offset, offset}; }
    static ReplayBound time(int64_t ms) { return {Kind::Time, ms}; }
    bool operator==(const ReplayBound &) const = default;
};

// What `weir-run --replay TOPIC[:PARTITION]:FROM..TO` names: a topic (all its partitions,
// or one) from FROM up to TO, TO excluded.
//
// How the text is split (a timestamp holds ':' and '.'): the topic runs to the first ':'
// (Kafka topic names cannot hold one); if the rest starts with digits and a ':', those
// digits are the partition; FROM and TO are split at the last ".." (no bound holds "..").
// A bound of digits only is an offset; any other non-empty bound must be an ISO-8601
// timestamp (see timestamp.h), which always starts with a date, "2026-11-26T10:00:00Z".
// An offset bound with no partition applies to every partition.
struct ReplayRange
{
    std::string topic;
    std::optional<int32_t> partition; // nullopt: every partition
    ReplayBound from;
    ReplayBound to;

    // Throws ReplayRangeError naming the part that is wrong.
    static ReplayRange parse(std::string_view text);
    std::string toString() const;
    bool operator==(const ReplayRange &) const = default;
};

class ReplayRangeError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

// [from, to) of one partition; from == to reads nothing.
struct OffsetRange
{
    int64_t from = 0;
    int64_t to = 0;
    int64_t size() const { return to > from ? to - from : 0; }
    bool operator==(const OffsetRange &) const = default;
};

// topic -> partition -> the offsets to read; every partition of each topic is listed.
using ResolvedReplay = std::map<std::string, std::map<int32_t, OffsetRange>>;

// Turns ranges into offsets on the cluster `admin` talks to, for every partition of each
// replayed topic: a time bound becomes the offset of the first record at or after it (so a
// TO time is excluded), an open FROM the low watermark, an open TO the high watermark;
// everything is clamped to the watermarks. Partitions of a replayed topic that no range
// names get an empty range at their high watermark, and so does every partition of the
// `idleTopics` (topics read by the same sources that are not replayed; one the cluster does
// not have is left out). Throws
// ReplayRangeError for an unknown topic or partition, a partition named twice, and a FROM
// that resolves after its TO; std::runtime_error when the cluster does not answer.
ResolvedReplay resolveReplay(const std::vector<ReplayRange> &ranges, KafkaAdmin &admin,
                             std::chrono::milliseconds timeout,
                             const std::set<std::string> &idleTopics = {});

// Records in all ranges.
int64_t replayRecordCount(const ResolvedReplay &replay);

} // namespace weir
