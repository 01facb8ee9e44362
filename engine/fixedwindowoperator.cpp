#include "fixedwindowoperator.h"

#include "problem.h"

#include <bit>

namespace weir {

FixedWindowOperator::FixedWindowOperator(WindowConfig config)
    : WindowOperatorBase(std::move(config))
    , m_assigner(m_config.size, m_config.slide)
    , m_starts(size_t(m_assigner.maxWindows()))
    , m_cache(std::bit_ceil(size_t(m_assigner.maxWindows()) * 2 + 2))
{
}

WindowGroups &FixedWindowOperator::window(int64_t start)
{
    CacheSlot &slot = m_cache[size_t(start / m_assigner.slide()) & (m_cache.size() - 1)];
    if (slot.window && slot.start == start)
        return *slot.window;
    slot.start = start;
    slot.window = &m_windows[start];
    return *slot.window;
}

void FixedWindowOperator::clearCache()
{
    for (CacheSlot &slot : m_cache)
        slot = CacheSlot();
}

bool FixedWindowOperator::accumulate(const Batch &in, size_t row, int64_t ts)
{
    const int count = m_assigner.assign(ts, m_watermark, m_starts.data());
    if (count == 0)
        return false;
    const uint32_t group = groupOf(in, row);
    const bool trackChanges = m_config.mode == OutputMode::Update;
    for (int k = 0; k < count; ++k) {
        bool created = false;
        WindowEntry &entry = window(m_starts[k]).findOrCreate(group, m_config.specs, created);
        if (created) {
            m_groups.retain(group);
            ++m_entryCount;
        }
        entry.aggregates.add(m_config.specs, m_inputs, row);
        entry.dirty = true;
        if (trackChanges && !entry.changed) {
            entry.changed = true;
            m_changed.emplace_back(m_starts[k], group);
        }
    }
    return true;
}

void FixedWindowOperator::collectUpTo(int64_t endAtMost)
{
    for (const auto &[start, groups] : m_windows) {
        if (start + m_assigner.size() > endAtMost)
            break;
        for (const WindowEntry &entry : groups.entries())
            m_rows.push_back({start, start + m_assigner.size(), entry.group, &entry.aggregates});
    }
}

void FixedWindowOperator::emitChanged(Emitter &out)
{
    for (const auto &[start, group] : m_changed) {
        const auto window = m_windows.find(start);
        WindowEntry *entry = window == m_windows.end() ? nullptr : window->second.find(group);
        if (!entry || !entry->changed)
            continue;
        entry->changed = false;
        m_rows.push_back({start, start + m_assigner.size(), group, &entry->aggregates});
    }
    m_changed.clear();
    emitRows(m_rows, out);
}

void FixedWindowOperator::evictUntil(int64_t watermark)
{
    auto window = m_windows.begin();
    while (window != m_windows.end() && window->first + m_assigner.size() <= watermark) {
        const int64_t start = window->first;
        for (const WindowEntry &entry : window->second.entries()) {
            if (entry.saved)
                forgetSaved(start, start + m_assigner.size(), entry.group);
            m_groups.release(entry.group);
            --m_entryCount;
        }
        window = m_windows.erase(window);
    }
    clearCache();
}

void FixedWindowOperator::saveEntries(StateWriter &out)
{
    for (auto &[start, groups] : m_windows) {
        for (WindowEntry &entry : groups.entries()) {
            if (!entry.dirty)
                continue;
            putEntry(out, start, start + m_assigner.size(), entry.group, entry.aggregates);
            entry.dirty = false;
            entry.saved = true;
        }
    }
}

void FixedWindowOperator::loadEntry(int64_t start, int64_t end, uint32_t group,
                                    Aggregates aggregates)
{
    if (end - start != m_assigner.size() || WindowAssigner::floorMod(start, m_assigner.slide()))
        throw PipelineError(m_config.node, "",
                            "the checkpoint holds a window that does not "
                            "match size and slide; it cannot be restored");
    bool created = false;
    WindowEntry &entry = m_windows[start].findOrCreate(group, m_config.specs, created);
    if (created) {
        m_groups.retain(group);
        ++m_entryCount;
    }
    entry.aggregates = std::move(aggregates);
    entry.saved = true;
}

void FixedWindowOperator::clearEntries()
{
    m_windows.clear();
    m_changed.clear();
    m_entryCount = 0;
    clearCache();
}

} // namespace weir
