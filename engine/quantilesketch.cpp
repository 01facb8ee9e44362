#include "quantilesketch.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace weir {

namespace {

constexpr double kGamma
    = (1 + QuantileSketch::kRelativeAccuracy) / (1 - QuantileSketch::kRelativeAccuracy);
const double kLogGamma = std::log(kGamma);
// gamma^40000 overflows a double, so this bounds every finite (and infinite) value.
constexpr int kIndexLimit = 40000;

} // namespace

int QuantileSketch::bucketIndex(double magnitude)
{
    const double index = std::ceil(std::log(magnitude) / kLogGamma);
    if (!(index < kIndexLimit))
        return kIndexLimit;
    return std::max(int(index), -kIndexLimit);
}

double QuantileSketch::bucketValue(int index)
{
    return 2.0 * std::exp(index * kLogGamma) / (kGamma + 1.0);
}

void QuantileSketch::add(double value)
{
    if (std::isnan(value))
        return;
    ++m_count;
    if (value >= DBL_MIN)
        m_positive.add(bucketIndex(value), 1);
    else if (value <= -DBL_MIN)
        m_negative.add(bucketIndex(-value), 1);
    else
        ++m_zero;
}

void QuantileSketch::merge(const QuantileSketch &other)
{
    m_positive.merge(other.m_positive);
    m_negative.merge(other.m_negative);
    m_zero += other.m_zero;
    m_count += other.m_count;
}

double QuantileSketch::quantile(double q) const
{
    if (m_count == 0)
        return std::numeric_limits<double>::quiet_NaN();
    q = std::clamp(q, 0.0, 1.0);
    const uint64_t rank = uint64_t(std::floor(q * double(m_count - 1)));
    uint64_t seen = 0;
    if (!m_negative.empty()) {
        for (int i = m_negative.maxIndex(); i >= m_negative.minIndex(); --i) {
            seen += m_negative.at(i);
            if (seen > rank)
                return -bucketValue(i);
        }
    }
    seen += m_zero;
    if (seen > rank)
        return 0;
    for (int i = m_positive.minIndex(); !m_positive.empty() && i <= m_positive.maxIndex(); ++i) {
        seen += m_positive.at(i);
        if (seen > rank)
            return bucketValue(i);
    }
    return m_positive.empty() ? 0 : bucketValue(m_positive.maxIndex());
}

void QuantileSketch::serialize(ByteEncoder &out) const
{
    out.varint(m_zero);
    m_positive.serialize(out);
    m_negative.serialize(out);
}

bool QuantileSketch::deserialize(ByteDecoder &in)
{
    *this = QuantileSketch();
    m_zero = in.varint();
    if (!m_positive.deserialize(in) || !m_negative.deserialize(in))
        return false;
    m_count = m_zero;
    for (const Store *store : {&m_positive, &m_negative}) {
        for (int i = store->minIndex(); !store->empty() && i <= store->maxIndex(); ++i)
            m_count += store->at(i);
    }
    return !in.failed();
}

// Keeps the range within kMaxBuckets: indexes that would fall below the lowest kept
// bucket count there, and raising the top folds the lowest buckets into the new floor.
// The result depends only on the values added, not on their order.
void QuantileSketch::Store::add(int index, uint64_t n)
{
    if (m_counts.empty()) {
        m_offset = index;
        m_counts.assign(1, n);
        return;
    }
    index = std::max(index, maxIndex() - kMaxBuckets + 1);
    growTo(index);
    m_counts[size_t(index - m_offset)] += n;
}

void QuantileSketch::Store::growTo(int index)
{
    if (index < m_offset) {
        m_counts.insert(m_counts.begin(), size_t(m_offset - index), 0);
        m_offset = index;
        return;
    }
    if (index <= maxIndex())
        return;
    const int floor = index - kMaxBuckets + 1;
    if (floor > m_offset) {
        // Fold everything below the new floor into it.
        uint64_t folded = 0;
        const int last = std::min(floor - 1, maxIndex());
        for (int i = m_offset; i <= last; ++i)
            folded += at(i);
        const size_t drop = size_t(last - m_offset + 1);
        m_counts.erase(m_counts.begin(), m_counts.begin() + long(drop));
        m_offset = floor; // == last + 1 unless every bucket was below the floor
        m_counts.resize(size_t(index - m_offset + 1), 0);
        m_counts[0] += folded;
        return;
    }
    m_counts.resize(size_t(index - m_offset + 1), 0);
}

void QuantileSketch::Store::merge(const Store &other)
{
    if (other.empty())
        return;
    // Add the top bucket first so the range settles once, then the rest.
    add(other.maxIndex(), other.at(other.maxIndex()));
    for (int i = other.minIndex(); i < other.maxIndex(); ++i) {
        if (const uint64_t n = other.at(i))
            add(i, n);
    }
}

void QuantileSketch::Store::serialize(ByteEncoder &out) const
{
    size_t first = 0;
    while (first < m_counts.size() && m_counts[first] == 0)
        ++first;
    out.varint(m_counts.size() - first);
    if (first == m_counts.size())
        return;
    out.svarint(m_offset + int(first));
    for (size_t i = first; i < m_counts.size(); ++i)
        out.varint(m_counts[i]);
}

bool QuantileSketch::Store::deserialize(ByteDecoder &in)
{
    m_counts.clear();
    m_offset = 0;
    const uint64_t size = in.varint();
    if (size == 0)
        return !in.failed();
    if (size > uint64_t(kMaxBuckets))
        return false;
    const int64_t offset = in.svarint();
    if (offset < -kIndexLimit || offset + int64_t(size) - 1 > kIndexLimit)
        return false;
    m_offset = int(offset);
    m_counts.resize(size);
    for (uint64_t &count : m_counts)
        count = in.varint();
    return !in.failed();
}

} // namespace weir
