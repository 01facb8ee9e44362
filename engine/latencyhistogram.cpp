#include "latencyhistogram.h"

#include <algorithm>
#include <bit>

namespace weir {

int LatencyHistogram::bucketOf(uint64_t v)
{
    if (v < uint64_t(kSub))
        return int(v);
    const int exponent = 63 - std::countl_zero(v); // >= kSubBits
    const int sub = int((v >> (exponent - kSubBits)) & (kSub - 1));
    return kSub + (exponent - kSubBits) * kSub + sub;
}

uint64_t LatencyHistogram::lowerBound(int bucket)
{
    if (bucket < kSub)
        return uint64_t(bucket);
    const int exponent = (bucket - kSub) / kSub + kSubBits;
    const uint64_t sub = uint64_t((bucket - kSub) % kSub);
    return (uint64_t(1) << exponent) | (sub << (exponent - kSubBits));
}

void LatencyHistogram::record(uint64_t micros, uint64_t count)
{
    m_buckets[size_t(bucketOf(micros))] += count;
    m_count += count;
    m_max = std::max(m_max, micros);
}

uint64_t LatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0;
    const auto rank = uint64_t(std::clamp(q, 0.0, 1.0) * double(m_count - 1)) + 1;
    uint64_t seen = 0;
    for (int b = 0; b < kBuckets; ++b) {
        seen += m_buckets[size_t(b)];
        if (seen >= rank) {
            if (b < kSub)
                return uint64_t(b);
            const uint64_t low = lowerBound(b);
            const uint64_t high = b + 1 < kBuckets ? lowerBound(b + 1) : low;
            return std::min(m_max, low + (high - low) / 2);
        }
    }
    return m_max;
}

void LatencyHistogram::clear()
{
    m_buckets.fill(0);
    m_count = 0;
    m_max = 0;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (size_t b = 0; b < m_buckets.size(); ++b)
        m_buckets[b] += other.m_buckets[b];
    m_count += other.m_count;
    m_max = std::max(m_max, other.m_max);
}

} // namespace weir
