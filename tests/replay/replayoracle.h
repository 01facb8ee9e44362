#pragma once

// The brute-force answer a replay of the test topic must give: which produced records a
// range selects, and the window rows they make, computed straight from the list the test
// produced (not from the engine's window code).
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

// One record the test produced, where it went and what it holds.
struct ProducedEvent
{
    int32_t partition = 0;
    int64_t offset = 0;
    int64_t recordTimestampMs = 0; // the Kafka record's timestamp
    int64_t eventTimeMs = 0;       // the "timestamp" field inside the JSON value
    std::string user;
    std::string type;
    bool malformed = false;        // not JSON: goes to the parse node's errors port
};

inline int64_t floorDiv(int64_t a, int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// "window_start window_end event_type event_count unique_users" per window and type, sorted;
// windows of `size` starting every `slide`, aligned to the epoch.
inline QStringList oracleWindowRows(const std::vector<ProducedEvent> &events, int64_t size,
                                    int64_t slide)
{
    std::map<std::pair<int64_t, std::string>, std::pair<int64_t, std::set<std::string>>> windows;
    for (const ProducedEvent &e : events) {
        if (e.malformed)
            continue;
        for (int64_t start = floorDiv(e.eventTimeMs, slide) * slide; start + size > e.eventTimeMs;
             start -= slide) {
            auto &window = windows[{start, e.type}];
            ++window.first;
            window.second.insert(e.user);
        }
    }
    QStringList rows;
    for (const auto &[key, value] : windows)
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(key.first)
                    .arg(key.first + size)
                    .arg(QString::fromStdString(key.second))
                    .arg(value.first)
                    .arg(value.second.size());
    rows.sort();
    return rows;
}

inline int64_t malformedCount(const std::vector<ProducedEvent> &events)
{
    int64_t count = 0;
    for (const ProducedEvent &e : events)
        count += e.malformed ? 1 : 0;
    return count;
}
