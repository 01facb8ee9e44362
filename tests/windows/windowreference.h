#pragma once

#include "batch.h"
#include "pipeline.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

// Test data and a brute-force reference for window operators: it decides for each
// record which windows accept it (by enumerating window starts, or by keeping the raw
// records of each session) and aggregates the raw records of each window directly.

struct TestEvent
{
    std::optional<int64_t> ts;
    std::optional<std::string> country;
    std::string user;
    std::optional<double> amount;
    std::optional<int64_t> qty;
    bool mobile = false;
    int64_t watermark = INT64_MIN;
};

struct WindowCase
{
    std::string kind; // tumbling | sliding | session
    int64_t size = 0;
    int64_t slide = 0;
    int64_t gap = 0;
    std::vector<std::string> groupBy;
    std::string mode;
};

// Seeded events about 0.75 s apart, with 1% idle spells of 2 to 5 minutes (so sessions
// end): 10% out of order by up to 2 minutes, 3% late by 5 to 30 minutes, 1% without
// event time, starting before the epoch. Watermark: the largest event time so far
// minus `delay`.
std::vector<TestEvent> generateEvents(uint64_t seed, size_t count, int64_t delay);
weir::SchemaPtr eventSchema();
// Rows [begin, end) with origins (offset = event index), watermarks and event time set.
weir::Batch eventBatch(const std::vector<TestEvent> &events, size_t begin, size_t end);
// The window node's parameters with every aggregate the tests check.
weir::Json windowParams(const WindowCase &c);
std::vector<std::string> aggregateNames();

struct ResultValue
{
    bool null = true;
    int64_t i = 0;
    double d = 0;
    std::string s;
    bool operator==(const ResultValue &) const = default;
};

struct ResultRow
{
    int64_t start = 0;
    int64_t end = 0;
    std::string group; // the group_by values as text
    std::vector<ResultValue> values;
    auto key() const { return std::make_tuple(start, end, group); }
    bool operator==(const ResultRow &) const = default;
    bool operator<(const ResultRow &o) const { return key() < o.key(); }
};

std::vector<ResultRow> resultRows(const weir::Batch &out, size_t groupFields);
std::string describe(const ResultRow &row);
// Empty when `got` matches the reference row within the aggregates' tolerances.
std::string compareToReference(const ResultRow &got, const ResultRow &expected);

class WindowReference
{
public:
    // batchOf[i]: the micro-batch event i arrives in.
    WindowReference(const WindowCase &c, const std::vector<TestEvent> &events,
                    const std::vector<size_t> &batchOf);

    const std::set<size_t> &lateRows() const { return m_late; }
    // Every window + group with its aggregates, sorted by key.
    std::vector<ResultRow> results() const;
    // Fixed windows: the window + group keys that accepted a record in micro-batch b.
    std::set<std::tuple<int64_t, int64_t, std::string>> touchedIn(size_t batch) const;

private:
    struct Window
    {
        int64_t start;
        int64_t end;
        std::string group;
        std::vector<size_t> rows;
    };

    void addFixed(size_t row, int64_t ts, int64_t watermark, const std::string &group);
    void addSession(size_t row, int64_t ts, int64_t watermark, const std::string &group);
    ResultRow aggregate(const Window &window) const;
    std::string groupOf(const TestEvent &event) const;

    WindowCase m_case;
    const std::vector<TestEvent> &m_events;
    const std::vector<size_t> &m_batchOf;
    std::vector<Window> m_windows;
    std::set<size_t> m_late;
};
