#pragma once

#include "aggregatespec.h"
#include "batch.h"

#include <cstdint>
#include <vector>

namespace weir {

// The input columns of a batch, seen by each aggregate, with the value hashes of the
// distinct counts computed once per batch (a record added to five sliding windows is
// hashed once, not five times).
class AggregateInputs
{
public:
    explicit AggregateInputs(const AggregateSpecs &specs);

    void prepare(const Batch &batch);
    // The column of aggregate `spec`, or nullptr for a count of rows.
    const Column *column(size_t spec) const { return m_columns[spec]; }
    uint64_t hash(size_t spec, size_t row) const { return m_hashes[m_hashSlot[spec]][row]; }

    // The hash distinct counts use for one value (by value for ints, doubles, strings).
    static uint64_t valueHash(const Column &column, size_t row);

private:
    std::vector<int> m_fields; // spec -> input column (-1: none)
    std::vector<const Column *> m_columns;
    std::vector<size_t> m_hashSlot; // spec -> index in m_hashes (shared per field)
    std::vector<int> m_hashedField; // m_hashes index -> field
    std::vector<std::vector<uint64_t>> m_hashes;
};

} // namespace weir
