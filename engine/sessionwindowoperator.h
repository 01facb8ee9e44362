#pragma once

#include "windowoperatorbase.h"

#include <vector>

namespace weir {

// Session windows (Spark's session_window(ts, gap)): per group, a record opens the
// session [ts, ts + gap); sessions that overlap or touch merge, so a session is
// [first ts, last ts + gap) and a record between two sessions bridges them into one.
// A session whose end is at most the watermark is final: it is never extended or merged
// again (a later record starts a new session), which keeps the result independent of how
// the input is cut into batches.
class SessionWindowOperator : public WindowOperatorBase
{
public:
    explicit SessionWindowOperator(WindowConfig config);

    size_t stateSize() const override { return m_entryCount; }

protected:
    bool accumulate(const Batch &in, size_t row, int64_t ts) override;
    void collectUpTo(int64_t endAtMost) override;
    void emitChanged(Emitter &out) override;
    void evictUntil(int64_t watermark) override;
    void saveEntries(StateWriter &out) override;
    void loadEntry(int64_t start, int64_t end, uint32_t group, Aggregates aggregates) override;
    void finishLoad() override;
    void clearEntries() override;

private:
    struct Session
    {
        int64_t start = 0;
        int64_t end = 0;
        int64_t savedStart = 0; // the bounds its checkpoint key has, when saved
        int64_t savedEnd = 0;
        bool saved = false;
        bool dirty = false;
        bool changed = false;
        Aggregates aggregates;
    };
    using SessionList = std::vector<Session>; // one group's sessions, by start

    Session &sessionFor(uint32_t group, int64_t start, int64_t end);
    void absorb(uint32_t group, SessionList &list, size_t into, size_t from);
    void setBounds(uint32_t group, Session &session, int64_t start, int64_t end);
    void markChanged(uint32_t group, Session &session);

    std::vector<SessionList> m_sessions; // by group id
    std::vector<uint32_t> m_changedGroups; // update mode
    std::vector<uint8_t> m_groupChanged; // by group id
    int64_t m_earliestEnd = INT64_MAX; // no session ends before (may be lower)
    size_t m_entryCount = 0;
};

} // namespace weir
