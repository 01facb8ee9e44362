#include "distinctset.h"

namespace weir {

bool DistinctSet::insert(uint64_t hash)
{
    if (hash == kEmpty) {
        if (m_hasZero)
            return false;
        m_hasZero = true;
        ++m_size;
        return true;
    }
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    if (!insertSlot(hash))
        return false;
    ++m_size;
    return true;
}

bool DistinctSet::insertSlot(uint64_t hash)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return false;
        if (m_slots[i] == kEmpty) {
            m_slots[i] = hash;
            return true;
        }
    }
}

bool DistinctSet::contains(uint64_t hash) const
{
    if (hash == kEmpty)
        return m_hasZero;
    if (m_slots.empty())
        return false;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return true;
        if (m_slots[i] == kEmpty)
            return false;
    }
}

void DistinctSet::grow()
{
    std::vector<uint64_t> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 8 : old.size() * 2, kEmpty);
    for (uint64_t hash : old) {
        if (hash != kEmpty)
            insertSlot(hash);
    }
}

void DistinctSet::merge(const DistinctSet &other)
{
    if (other.m_hasZero)
        insert(kEmpty);
    for (uint64_t hash : other.m_slots) {
        if (hash != kEmpty)
            insert(hash);
    }
}

void DistinctSet::serialize(ByteEncoder &out) const
{
    out.varint(m_size);
    if (m_hasZero)
        out.u64(kEmpty);
    for (uint64_t hash : m_slots) {
        if (hash != kEmpty)
            out.u64(hash);
    }
}

bool DistinctSet::deserialize(ByteDecoder &in)
{
    *this = DistinctSet();
    const uint64_t size = in.varint();
    if (size > in.remaining() / 8)
        return false;
    for (uint64_t i = 0; i < size; ++i)
        insert(in.u64());
    return !in.failed() && m_size == size;
}

} // namespace weir
