#pragma once

#include "heavyhitters.h"
#include "metricssnapshot.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace weir {

// The `skew_aware` partitioner of sink.kafka. A key goes to its murmur2 partition, the
// same as librdkafka's murmur2_random and the Java client place it, unless a heavy-hitters
// sketch finds it hot (at least `hotKeyShare` of the recent keyed records): then each of
// its records goes, at random, to one of `hotKeyPartitions` partitions starting at the
// key's murmur2 partition. Per-key order is given up for hot keys only.
class SkewPartitioner
{
public:
    struct Options
    {
        double hotKeyShare = 0.01;
        int hotKeyPartitions = 4;
        uint64_t halfLife = 100'000; // records; see HeavyHitters
    };

    explicit SkewPartitioner(const Options &options);

    // The partition of a keyed record, among `partitions` (> 0).
    int32_t partition(std::string_view key, int32_t partitions);
    // The keys currently treated as hot, largest share first, at most `limit`.
    std::vector<HotKey> hotKeys(size_t limit) const;

private:
    bool isHot(double estimate) const;
    uint64_t nextRandom();

    Options m_options;
    uint64_t m_warmUp; // observations before any key can be hot
    HeavyHitters m_sketch;
    uint64_t m_random = 0;
};

} // namespace weir
