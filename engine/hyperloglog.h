#pragma once

#include "bytedecoder.h"
#include "byteencoder.h"

#include <cstdint>
#include <vector>

namespace weir {

// Approximate distinct count (HyperLogLog, precision 14: 16384 registers over 64-bit
// hashes, about 0.8% standard error). Small sketches stay sparse (a sorted list of the
// registers set) and turn dense past 2048 registers, so a window that sees few values
// costs little memory; the estimate does not depend on the representation.
// Estimate: linear counting while it is below 11500 (HyperLogLog++'s threshold for this
// precision), above it Ertl's improved estimator, which corrects the raw estimate's bias
// from the register histogram.
class HyperLogLog
{
public:
    static constexpr int kPrecision = 14;
    static constexpr uint32_t kRegisters = 1u << kPrecision;

    void addHash(uint64_t hash);
    void merge(const HyperLogLog &other);
    double estimate() const;
    bool isSparse() const { return m_dense.empty(); }

    void serialize(ByteEncoder &out) const;
    bool deserialize(ByteDecoder &in);

private:
    static constexpr size_t kSparseLimit = 2048;
    static constexpr int kRankBits = 64 - kPrecision; // Ertl's q

    void addSparse(uint32_t index, uint8_t rank);
    void makeDense();
    std::vector<uint32_t> histogram() const;

    std::vector<uint32_t> m_sparse; // (index << 8) | rank, sorted by index, one per index
    std::vector<uint8_t> m_dense; // kRegisters ranks once dense, else empty
};

} // namespace weir
