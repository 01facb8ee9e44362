#include "sessionwindowoperator.h"

#include <algorithm>
#include <limits>

namespace weir {

namespace {

int64_t saturatingAdd(int64_t a, int64_t b)
{
    int64_t sum;
    return __builtin_add_overflow(a, b, &sum) ? std::numeric_limits<int64_t>::max() : sum;
}

} // namespace

SessionWindowOperator::SessionWindowOperator(WindowConfig config)
    : WindowOperatorBase(std::move(config))
{
}

bool SessionWindowOperator::accumulate(const Batch &in, size_t row, int64_t ts)
{
    const int64_t end = saturatingAdd(ts, m_config.gap);
    if (end <= m_watermark)
        return false;
    const uint32_t group = groupOf(in, row);
    Session &session = sessionFor(group, ts, end);
    session.aggregates.add(m_config.specs, m_inputs, row);
    markChanged(group, session);
    return true;
}

// The open session [start, end) joins: the open sessions it overlaps or touches merged
// into the earliest of them, or a new one.
SessionWindowOperator::Session &SessionWindowOperator::sessionFor(uint32_t group, int64_t start,
                                                                  int64_t end)
{
    if (group >= m_sessions.size()) {
        m_sessions.resize(m_groups.idBound());
        m_groupChanged.resize(m_groups.idBound(), 0);
    }
    SessionList &list = m_sessions[group];
    size_t into = list.size();
    for (size_t i = 0; i < list.size();) {
        const Session &s = list[i];
        if (s.end <= m_watermark || s.start > end || s.end < start) {
            ++i;
            continue;
        }
        if (into == list.size()) {
            into = i++;
            continue;
        }
        absorb(group, list, into, i); // erases i
    }
    if (into == list.size()) {
        m_groups.retain(group);
        ++m_entryCount;
        const auto at = std::upper_bound(list.begin(), list.end(), start,
                                         [](int64_t t, const Session &s) { return t < s.start; });
        m_earliestEnd = std::min(m_earliestEnd, end);
        return *list.insert(
            at, Session {.start = start, .end = end, .aggregates = Aggregates(m_config.specs)});
    }
    Session &session = list[into];
    setBounds(group, session, std::min(session.start, start), std::max(session.end, end));
    // An earlier start may pass final sessions that started before it: keep the order.
    size_t at = into;
    while (at > 0 && list[at - 1].start > list[at].start) {
        std::swap(list[at - 1], list[at]);
        --at;
    }
    return list[at];
}

void SessionWindowOperator::absorb(uint32_t group, SessionList &list, size_t into, size_t from)
{
    Session &target = list[into];
    Session &other = list[from];
    target.aggregates.merge(m_config.specs, other.aggregates);
    setBounds(group, target, std::min(target.start, other.start), std::max(target.end, other.end));
    if (other.saved)
        forgetSaved(other.savedStart, other.savedEnd, group);
    list.erase(list.begin() + long(from));
    m_groups.release(group); // the group keeps `target`, so its id stays
    --m_entryCount;
}

void SessionWindowOperator::setBounds(uint32_t group, Session &session, int64_t start, int64_t end)
{
    if (session.start == start && session.end == end)
        return;
    session.start = start;
    session.end = end;
    if (session.saved && (session.savedStart != start || session.savedEnd != end)) {
        forgetSaved(session.savedStart, session.savedEnd, group);
        session.saved = false;
    }
}

void SessionWindowOperator::markChanged(uint32_t group, Session &session)
{
    session.dirty = true;
    if (m_config.mode != OutputMode::Update)
        return;
    session.changed = true;
    if (!m_groupChanged[group]) {
        m_groupChanged[group] = 1;
        m_changedGroups.push_back(group);
    }
}

void SessionWindowOperator::collectUpTo(int64_t endAtMost)
{
    if (endAtMost < m_earliestEnd)
        return; // no session ends that early
    for (uint32_t group = 0; group < m_sessions.size(); ++group) {
        for (const Session &s : m_sessions[group]) {
            if (s.end <= endAtMost)
                m_rows.push_back({s.start, s.end, group, &s.aggregates});
        }
    }
}

void SessionWindowOperator::emitChanged(Emitter &out)
{
    for (uint32_t group : m_changedGroups) {
        m_groupChanged[group] = 0;
        for (Session &s : m_sessions[group]) {
            if (!s.changed)
                continue;
            s.changed = false;
            m_rows.push_back({s.start, s.end, group, &s.aggregates});
        }
    }
    m_changedGroups.clear();
    emitRows(m_rows, out);
}

void SessionWindowOperator::evictUntil(int64_t watermark)
{
    if (watermark < m_earliestEnd)
        return;
    m_earliestEnd = INT64_MAX;
    for (uint32_t group = 0; group < m_sessions.size(); ++group) {
        SessionList &list = m_sessions[group];
        size_t kept = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            if (list[i].end > watermark) {
                m_earliestEnd = std::min(m_earliestEnd, list[i].end);
                if (kept != i)
                    list[kept] = std::move(list[i]);
                ++kept;
                continue;
            }
            if (list[i].saved)
                forgetSaved(list[i].savedStart, list[i].savedEnd, group);
            --m_entryCount;
        }
        const size_t evicted = list.size() - kept;
        list.resize(kept);
        for (size_t i = 0; i < evicted; ++i)
            m_groups.release(group);
    }
}

void SessionWindowOperator::saveEntries(StateWriter &out)
{
    for (uint32_t group = 0; group < m_sessions.size(); ++group) {
        for (Session &s : m_sessions[group]) {
            if (!s.dirty)
                continue;
            putEntry(out, s.start, s.end, group, s.aggregates);
            s.dirty = false;
            s.saved = true;
            s.savedStart = s.start;
            s.savedEnd = s.end;
        }
    }
}

void SessionWindowOperator::loadEntry(int64_t start, int64_t end, uint32_t group,
                                      Aggregates aggregates)
{
    if (group >= m_sessions.size()) {
        m_sessions.resize(m_groups.idBound());
        m_groupChanged.resize(m_groups.idBound(), 0);
    }
    m_groups.retain(group);
    ++m_entryCount;
    m_earliestEnd = std::min(m_earliestEnd, end);
    m_sessions[group].push_back(Session {.start = start,
                                         .end = end,
                                         .savedStart = start,
                                         .savedEnd = end,
                                         .saved = true,
                                         .aggregates = std::move(aggregates)});
}

void SessionWindowOperator::finishLoad()
{
    for (SessionList &list : m_sessions) {
        std::sort(list.begin(), list.end(), [](const Session &a, const Session &b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
    }
}

void SessionWindowOperator::clearEntries()
{
    m_sessions.clear();
    m_changedGroups.clear();
    m_groupChanged.clear();
    m_earliestEnd = INT64_MAX;
    m_entryCount = 0;
}

} // namespace weir
