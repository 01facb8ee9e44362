#pragma once

#include <cstdint>
#include <string_view>

namespace weir {

// Kafka's default partitioning hash: MurmurHash2 (seed 0x9747b28c) exactly as the Java
// client's Utils.murmur2 and librdkafka's murmur2 partitioners compute it, so that a key
// lands on the same partition whichever client produced it.
inline uint32_t murmur2(std::string_view key)
{
    constexpr uint32_t m = 0x5bd1e995;
    constexpr int r = 24;
    const auto *data = reinterpret_cast<const uint8_t *>(key.data());
    const size_t length = key.size();
    uint32_t h = 0x9747b28c ^ uint32_t(length);
    size_t i = 0;
    for (; i + 4 <= length; i += 4) {
        uint32_t k = uint32_t(data[i]) | uint32_t(data[i + 1]) << 8 | uint32_t(data[i + 2]) << 16
                     | uint32_t(data[i + 3]) << 24;
        k *= m;
        k ^= k >> r;
        k *= m;
        h *= m;
        h ^= k;
    }
    switch (length - i) {
    case 3:
        h ^= uint32_t(data[i + 2]) << 16;
        [[fallthrough]];
    case 2:
        h ^= uint32_t(data[i + 1]) << 8;
        [[fallthrough]];
    case 1:
        h ^= uint32_t(data[i]);
        h *= m;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return h;
}

// The partition Java's DefaultPartitioner and librdkafka's murmur2(_random) give a keyed
// record: the hash with its sign bit cleared, modulo the partition count.
inline int32_t murmur2Partition(std::string_view key, int32_t partitions)
{
    return int32_t((murmur2(key) & 0x7fffffff) % uint32_t(partitions));
}

} // namespace weir
