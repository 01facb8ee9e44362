#include "groupdictionary.h"

namespace weir {

size_t GroupDictionary::slotOf(std::string_view key, uint64_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const uint32_t id = m_slots[i];
        if (id == kNone || (m_hashes[id] == hash && m_keys[id] == key))
            return i;
    }
}

uint32_t GroupDictionary::find(std::string_view key, uint64_t hash) const
{
    return m_slots.empty() ? kNone : m_slots[slotOf(key, hash)];
}

uint32_t GroupDictionary::intern(std::string_view key, uint64_t hash)
{
    if ((m_count + 1) * 2 > m_slots.size())
        grow();
    const size_t slot = slotOf(key, hash);
    if (m_slots[slot] != kNone)
        return m_slots[slot];
    uint32_t id;
    if (!m_freeIds.empty()) {
        id = m_freeIds.back();
        m_freeIds.pop_back();
        m_keys[id].assign(key);
        m_hashes[id] = hash;
        m_refs[id] = 0;
    } else {
        id = uint32_t(m_keys.size());
        m_keys.emplace_back(key);
        m_hashes.push_back(hash);
        m_refs.push_back(0);
    }
    m_slots[slot] = id;
    ++m_count;
    return id;
}

void GroupDictionary::release(uint32_t id)
{
    if (--m_refs[id] == 0)
        erase(id);
}

// Backward-shift deletion keeps linear probing free of tombstones.
void GroupDictionary::erase(uint32_t id)
{
    const size_t mask = m_slots.size() - 1;
    size_t hole = slotOf(m_keys[id], m_hashes[id]);
    m_slots[hole] = kNone;
    for (size_t i = (hole + 1) & mask; m_slots[i] != kNone; i = (i + 1) & mask) {
        const size_t home = size_t(m_hashes[m_slots[i]]) & mask;
        // Move the entry back if its home is not within (hole, i].
        if (((i - home) & mask) >= ((i - hole) & mask)) {
            m_slots[hole] = m_slots[i];
            m_slots[i] = kNone;
            hole = i;
        }
    }
    m_keys[id].clear();
    m_keys[id].shrink_to_fit();
    m_freeIds.push_back(id);
    --m_count;
}

void GroupDictionary::grow()
{
    std::vector<uint32_t> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 16 : old.size() * 2, kNone);
    const size_t mask = m_slots.size() - 1;
    for (uint32_t id : old) {
        if (id == kNone)
            continue;
        size_t i = size_t(m_hashes[id]) & mask;
        while (m_slots[i] != kNone)
            i = (i + 1) & mask;
        m_slots[i] = id;
    }
}

void GroupDictionary::clear()
{
    *this = GroupDictionary();
}

} // namespace weir
