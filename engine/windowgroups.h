#pragma once

#include "aggregates.h"

#include <cstdint>
#include <vector>

namespace weir {

// One window and group of a tumbling or sliding window.
struct WindowEntry
{
    uint32_t group = 0;
    bool changed = false; // since the last micro-batch emitted (update mode)
    bool dirty = false; // since the last saveState
    bool saved = false; // present in the checkpoint
    Aggregates aggregates;
};

// The groups of one window: a flat hash map from group id to entry. Entries are only
// added; the whole window goes once it is final.
class WindowGroups
{
public:
    WindowEntry *find(uint32_t group);
    // The entry of `group`, created with empty aggregates if missing (then `created`).
    WindowEntry &findOrCreate(uint32_t group, const AggregateSpecs &specs, bool &created);
    std::vector<WindowEntry> &entries() { return m_entries; }
    const std::vector<WindowEntry> &entries() const { return m_entries; }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX;

    size_t slotOf(uint32_t group) const;
    void grow();

    std::vector<WindowEntry> m_entries;
    std::vector<uint32_t> m_slots; // index into m_entries, or kEmpty
};

} // namespace weir
