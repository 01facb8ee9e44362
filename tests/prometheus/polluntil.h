#pragma once

// Polls a slow condition (HTTP queries) against a wall-clock deadline. QTRY_VERIFY counts
// its waits instead of the time, so a condition that takes 300 ms itself would stretch
// a 30 s timeout to minutes.
#include <QDeadlineTimer>
#include <QTest>

#include <functional>

inline bool pollUntil(const std::function<bool()> &done, int timeoutMs, int intervalMs = 200)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(intervalMs); // lets the event loop run between polls
    }
    return true;
}
