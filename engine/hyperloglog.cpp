#include "hyperloglog.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace weir {

namespace {

constexpr double kLinearCountingThreshold = 11500;

uint32_t sparseIndex(uint32_t entry)
{
    return entry >> 8;
}
uint8_t sparseRank(uint32_t entry)
{
    return uint8_t(entry & 0xff);
}

// Ertl, "New cardinality estimation algorithms for HyperLogLog sketches" (2017).
double sigma(double x)
{
    if (x == 1.0)
        return std::numeric_limits<double>::infinity();
    double y = 1;
    double z = x;
    double previous;
    do {
        x *= x;
        previous = z;
        z += x * y;
        y += y;
    } while (z != previous);
    return z;
}

double tau(double x)
{
    if (x == 0.0 || x == 1.0)
        return 0;
    double y = 1;
    double z = 1 - x;
    double previous;
    do {
        x = std::sqrt(x);
        previous = z;
        y *= 0.5;
        z -= (1 - x) * (1 - x) * y;
    } while (z != previous);
    return z / 3;
}

} // namespace

void HyperLogLog::addHash(uint64_t hash)
{
    const uint32_t index = uint32_t(hash >> kRankBits);
    // Rank: position of the first 1 bit in the remaining bits, capped at q + 1.
    const uint64_t rest = (hash << kPrecision) | (uint64_t(1) << (kPrecision - 1));
    const uint8_t rank = uint8_t(std::countl_zero(rest) + 1);
    if (!m_dense.empty()) {
        m_dense[index] = std::max(m_dense[index], rank);
        return;
    }
    addSparse(index, rank);
}

void HyperLogLog::addSparse(uint32_t index, uint8_t rank)
{
    const uint32_t entry = (index << 8) | rank;
    auto at = std::lower_bound(m_sparse.begin(), m_sparse.end(), index << 8);
    if (at != m_sparse.end() && sparseIndex(*at) == index) {
        *at = std::max(*at, entry);
        return;
    }
    m_sparse.insert(at, entry);
    if (m_sparse.size() > kSparseLimit)
        makeDense();
}

void HyperLogLog::makeDense()
{
    m_dense.assign(kRegisters, 0);
    for (uint32_t entry : m_sparse)
        m_dense[sparseIndex(entry)] = sparseRank(entry);
    m_sparse.clear();
    m_sparse.shrink_to_fit();
}

void HyperLogLog::merge(const HyperLogLog &other)
{
    if (other.isSparse()) {
        for (uint32_t entry : other.m_sparse) {
            if (m_dense.empty())
                addSparse(sparseIndex(entry), sparseRank(entry));
            else
                m_dense[sparseIndex(entry)]
                    = std::max(m_dense[sparseIndex(entry)], sparseRank(entry));
        }
        return;
    }
    if (isSparse())
        makeDense();
    for (uint32_t i = 0; i < kRegisters; ++i)
        m_dense[i] = std::max(m_dense[i], other.m_dense[i]);
}

std::vector<uint32_t> HyperLogLog::histogram() const
{
    std::vector<uint32_t> counts(kRankBits + 2, 0);
    if (isSparse()) {
        counts[0] = kRegisters - uint32_t(m_sparse.size());
        for (uint32_t entry : m_sparse)
            ++counts[sparseRank(entry)];
    } else {
        for (uint8_t rank : m_dense)
            ++counts[rank];
    }
    return counts;
}

double HyperLogLog::estimate() const
{
    if (isSparse() && m_sparse.empty())
        return 0;
    const std::vector<uint32_t> counts = histogram();
    const double m = kRegisters;
    if (counts[0] > 0) {
        const double linear = m * std::log(m / counts[0]);
        if (linear <= kLinearCountingThreshold)
            return linear;
    }
    double z = m * tau((m - counts[kRankBits + 1]) / m);
    for (int k = kRankBits; k >= 1; --k)
        z = 0.5 * (z + counts[k]);
    z += m * sigma(counts[0] / m);
    const double alphaInfinity = 1.0 / (2.0 * std::log(2.0));
    return alphaInfinity * m * m / z;
}

void HyperLogLog::serialize(ByteEncoder &out) const
{
    if (isSparse()) {
        out.u8(0);
        out.varint(m_sparse.size());
        uint32_t previous = 0;
        for (uint32_t entry : m_sparse) {
            out.varint(entry - previous); // sorted: store deltas
            previous = entry;
        }
        return;
    }
    out.u8(1);
    out.raw(m_dense.data(), m_dense.size());
}

bool HyperLogLog::deserialize(ByteDecoder &in)
{
    m_sparse.clear();
    m_dense.clear();
    const uint8_t mode = in.u8();
    if (mode == 0) {
        const uint64_t size = in.varint();
        if (size > kSparseLimit)
            return false;
        uint64_t entry = 0;
        for (uint64_t i = 0; i < size && !in.failed(); ++i) {
            entry += in.varint();
            if (entry > UINT32_MAX || sparseIndex(uint32_t(entry)) >= kRegisters)
                return false;
            if (!m_sparse.empty() && sparseIndex(uint32_t(entry)) <= sparseIndex(m_sparse.back()))
                return false;
            m_sparse.push_back(uint32_t(entry));
        }
        return !in.failed();
    }
    if (mode != 1)
        return false;
    const std::string_view registers = in.raw(kRegisters);
    if (in.failed())
        return false;
    m_dense.assign(registers.begin(), registers.end());
    return true;
}

} // namespace weir
