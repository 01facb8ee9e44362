#pragma once

#include "bytedecoder.h"
#include "byteencoder.h"

#include <cstdint>
#include <vector>

namespace weir {

// Exact distinct count over 64-bit value hashes (Hash64): an open-addressing flat set
// with linear probing, grown at 50% load. Two values are the same when their hashes
// are, a collision chance of about n^2 / 2^65 (1e-8 for a million values).
class DistinctSet
{
public:
    // Returns true when the hash was new.
    bool insert(uint64_t hash);
    bool contains(uint64_t hash) const;
    uint64_t size() const { return m_size; }
    void merge(const DistinctSet &other);

    void serialize(ByteEncoder &out) const;
    bool deserialize(ByteDecoder &in);

private:
    static constexpr uint64_t kEmpty = 0; // hash 0 is kept aside in m_hasZero

    void grow();
    bool insertSlot(uint64_t hash);

    std::vector<uint64_t> m_slots;
    uint64_t m_size = 0;
    bool m_hasZero = false;
};

} // namespace weir
