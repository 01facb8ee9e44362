#include "aggregateinputs.h"

#include "hash64.h"

#include <algorithm>

namespace weir {

AggregateInputs::AggregateInputs(const AggregateSpecs &specs)
    : m_columns(specs.size(), nullptr)
    , m_hashSlot(specs.size(), 0)
{
    for (size_t s = 0; s < specs.size(); ++s) {
        m_fields.push_back(specs[s].field);
        if (!specs[s].needsHash())
            continue;
        const auto known = std::find(m_hashedField.begin(), m_hashedField.end(), specs[s].field);
        m_hashSlot[s] = size_t(known - m_hashedField.begin());
        if (known == m_hashedField.end())
            m_hashedField.push_back(specs[s].field);
    }
    m_hashes.resize(m_hashedField.size());
}

uint64_t AggregateInputs::valueHash(const Column &column, size_t row)
{
    if (isIntegral(column.type))
        return Hash64::int64(column.ints[row]);
    if (column.type == FieldType::Double)
        return Hash64::real(column.doubles[row]);
    return Hash64::text(column.strings[row]);
}

void AggregateInputs::prepare(const Batch &batch)
{
    for (size_t s = 0; s < m_fields.size(); ++s)
        m_columns[s] = m_fields[s] < 0 ? nullptr : &batch.columns[size_t(m_fields[s])];
    for (size_t h = 0; h < m_hashedField.size(); ++h) {
        const Column &column = batch.columns[size_t(m_hashedField[h])];
        std::vector<uint64_t> &hashes = m_hashes[h];
        hashes.resize(batch.rows);
        if (isIntegral(column.type)) {
            for (size_t row = 0; row < batch.rows; ++row)
                hashes[row] = Hash64::int64(column.ints[row]);
        } else if (column.type == FieldType::Double) {
            for (size_t row = 0; row < batch.rows; ++row)
                hashes[row] = Hash64::real(column.doubles[row]);
        } else {
            for (size_t row = 0; row < batch.rows; ++row)
                hashes[row] = Hash64::text(column.strings[row]);
        }
    }
}

} // namespace weir
