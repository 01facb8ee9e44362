#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weir {

// Where a consumer group's committed offsets of one topic should move
// (KafkaAdmin::previewReset / applyReset).
struct OffsetResetPlan
{
    enum class Kind {
        Earliest, // each partition's low watermark
        Latest, // each partition's high watermark: the group skips what is there now
        Timestamp, // the first record at or after timestampMs; the high watermark if none
        Explicit, // `offsets`, clamped into [low, high] like kafka-consumer-groups does
    };

    std::string group = {};
    std::string topic = {};
    Kind kind = Kind::Earliest;
    int64_t timestampMs = 0; // Timestamp only
    // Which partitions move; empty: every partition of the topic. Explicit ignores it and
    // moves exactly the partitions of `offsets`.
    std::vector<int32_t> partitions = {};
    std::map<int32_t, int64_t> offsets = {}; // Explicit only: partition -> new offset
};

// One partition of a reset: the committed offset before (nullopt: none committed) and the
// one the reset commits.
struct OffsetResetRow
{
    int32_t partition = 0;
    std::optional<int64_t> before;
    int64_t after = 0;

    bool operator==(const OffsetResetRow &) const = default;
};

} // namespace weir
