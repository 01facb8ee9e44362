#include "windowgroups.h"

namespace weir {

size_t WindowGroups::slotOf(uint32_t group) const
{
    const size_t mask = m_slots.size() - 1;
    // Fibonacci hashing spreads consecutive ids over the table.
    size_t i = size_t((uint64_t(group) * 0x9e3779b97f4a7c15ull) >> 32) & mask;
    while (m_slots[i] != kEmpty && m_entries[m_slots[i]].group != group)
        i = (i + 1) & mask;
    return i;
}

WindowEntry *WindowGroups::find(uint32_t group)
{
    if (m_slots.empty())
        return nullptr;
    const uint32_t index = m_slots[slotOf(group)];
    return index == kEmpty ? nullptr : &m_entries[index];
}

WindowEntry &WindowGroups::findOrCreate(uint32_t group, const AggregateSpecs &specs, bool &created)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();
    const size_t slot = slotOf(group);
    created = m_slots[slot] == kEmpty;
    if (!created)
        return m_entries[m_slots[slot]];
    m_slots[slot] = uint32_t(m_entries.size());
    m_entries.push_back(WindowEntry {.group = group, .aggregates = Aggregates(specs)});
    return m_entries.back();
}

void WindowGroups::grow()
{
    m_slots.assign(m_slots.empty() ? 4 : m_slots.size() * 2, kEmpty);
    for (uint32_t index = 0; index < m_entries.size(); ++index)
        m_slots[slotOf(m_entries[index].group)] = index;
}

} // namespace weir
