#pragma once

#include <array>
#include <cstdint>

namespace weir {

// A log-linear histogram of durations in microseconds (64 sub-buckets per power
// of two: about 1.6% relative error) — fine enough for p50/p95/p99 in the GUI,
// unlike the coarse Prometheus buckets. Fixed size, no allocation.
class LatencyHistogram
{
public:
    void record(uint64_t micros, uint64_t count = 1);
    // The q-quantile (0..1) in microseconds; 0 when empty.
    uint64_t quantile(double q) const;
    uint64_t count() const { return m_count; }
    uint64_t max() const { return m_max; }
    void clear();
    void merge(const LatencyHistogram &other);

private:
    static constexpr int kSubBits = 6;
    static constexpr int kSub = 1 << kSubBits;
    static constexpr int kBuckets = kSub + (64 - kSubBits) * kSub;
    static int bucketOf(uint64_t v);
    static uint64_t lowerBound(int bucket);

    std::array<uint64_t, kBuckets> m_buckets{};
    uint64_t m_count = 0;
    uint64_t m_max = 0;
};

} // namespace weir
