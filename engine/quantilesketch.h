#pragma once

#include "bytedecoder.h"
#include "byteencoder.h"

#include <cstdint>
#include <vector>

namespace weir {

// Percentiles with a relative-error guarantee (DDSketch): a value x > 0 is counted in
// bucket ceil(log_gamma(x)) with gamma = (1 + a) / (1 - a), so every value of a bucket
// is within a = 1% of the bucket's representative value. Negative values live in a
// mirrored store, zeros (and magnitudes below the smallest normal double) in a counter;
// NaN is ignored. Each store keeps at most 2048 contiguous buckets and folds the
// smallest magnitudes together beyond that (a range of ~1e17 at 1%), which only costs
// accuracy near zero. Sketches merge exactly: bucket counts add up.
class QuantileSketch
{
public:
    static constexpr double kRelativeAccuracy = 0.01;
    static constexpr int kMaxBuckets = 2048;

    void add(double value);
    void merge(const QuantileSketch &other);
    uint64_t count() const { return m_count; }
    // The value of rank floor(q * (count - 1)) in sorted order, within 1% (NaN if empty).
    double quantile(double q) const;

    void serialize(ByteEncoder &out) const;
    bool deserialize(ByteDecoder &in);

private:
    // Contiguous bucket counts for one sign, indexed from m_offset.
    class Store
    {
    public:
        void add(int index, uint64_t n);
        void merge(const Store &other);
        bool empty() const { return m_counts.empty(); }
        int minIndex() const { return m_offset; }
        int maxIndex() const { return m_offset + int(m_counts.size()) - 1; }
        uint64_t at(int index) const { return m_counts[size_t(index - m_offset)]; }
        void serialize(ByteEncoder &out) const;
        bool deserialize(ByteDecoder &in);

    private:
        void growTo(int index);

        int m_offset = 0;
        std::vector<uint64_t> m_counts;
    };

    static int bucketIndex(double magnitude);
    static double bucketValue(int index);

    Store m_positive;
    Store m_negative; // by magnitude
    uint64_t m_zero = 0;
    uint64_t m_count = 0;
};

} // namespace weir
