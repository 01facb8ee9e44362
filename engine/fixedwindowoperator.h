#pragma once

#include "windowassigner.h"
#include "windowgroups.h"
#include "windowoperatorbase.h"

#include <map>
#include <utility>
#include <vector>

namespace weir {

// Tumbling and sliding windows: every window has the same size, so windows are kept by
// start in an ordered map (eviction takes a prefix), each holding its groups. The windows
// of the latest records are cached by start, so a record usually finds them without a
// map lookup.
class FixedWindowOperator : public WindowOperatorBase
{
public:
    explicit FixedWindowOperator(WindowConfig config);

    size_t stateSize() const override { return m_entryCount; }

protected:
    bool accumulate(const Batch &in, size_t row, int64_t ts) override;
    void collectUpTo(int64_t endAtMost) override;
    void emitChanged(Emitter &out) override;
    void evictUntil(int64_t watermark) override;
    void saveEntries(StateWriter &out) override;
    void loadEntry(int64_t start, int64_t end, uint32_t group, Aggregates aggregates) override;
    void clearEntries() override;

private:
    struct CacheSlot
    {
        int64_t start = 0;
        WindowGroups *window = nullptr;
    };

    WindowGroups &window(int64_t start);
    // Drops every window whose end is at most `watermark`.
    void clearCache();

    WindowAssigner m_assigner;
    std::map<int64_t, WindowGroups> m_windows; // by start
    std::vector<int64_t> m_starts; // scratch: the windows of one record
    std::vector<CacheSlot> m_cache; // direct-mapped by start / slide
    std::vector<std::pair<int64_t, uint32_t>> m_changed; // update mode: (start, group)
    size_t m_entryCount = 0;
};

} // namespace weir
