#pragma once

#include "monitorsample.h"
#include "sqlitedb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace weir {

// One run as the history lists it.
struct RunRecord
{
    int64_t id = 0;
    std::string pipelineName;
    std::string pipelinePath;
    int64_t startedAtMs = 0; // wall clock, ms since the epoch
    int64_t endedAtMs = 0;   // 0 while running
    std::string state;       // running | finished | failed | stopped | interrupted
    std::string summary;     // JSON text: totals, error, p99 ...
    bool operator==(const RunRecord &) const = default;
};

// The monitor's run history in one SQLite file (WAL): every run's MonitorSamples and its
// summary, kept across restarts. Each sample is one row whose blob holds (series id,
// double) pairs, so an append is one insert and a load is one index range scan; series
// names live once in their own table. Measured (tst_monitorhistory, 40 series, 1 h):
// 431 bytes a sample on disk, 0.05-0.13 ms an append, 23-94 ms to load the hour (on a
// busy 2-core box). Not thread-safe: one object per thread; several
// objects (or processes) may open the same file.
class MonitorHistory
{
public:
    static constexpr int kSchemaVersion = 1;

    // Creates the file (and its folder) when missing. Throws std::runtime_error naming
    // the path and SQLite's reason when it cannot, or when a newer Weir made the file.
    explicit MonitorHistory(const std::string &path);
    // The prepared statements point at m_db: hold the object in place (or a unique_ptr).
    MonitorHistory(const MonitorHistory &) = delete;
    MonitorHistory &operator=(const MonitorHistory &) = delete;

    int64_t beginRun(const std::string &pipelineName, const std::string &pipelinePath,
                     int64_t startedAtMs);
    // One transaction per call: a crash loses at most the sample being written.
    void append(int64_t run, const MonitorSample &sample);
    void finishRun(int64_t run, int64_t endedAtMs, const std::string &state,
                   const std::string &summaryJson);
    // Runs still "running" (their process died) become "interrupted", ending at their
    // last sample (their start when they have none). Returns how many.
    int markInterrupted();

    std::vector<RunRecord> runs() const; // newest first
    std::optional<RunRecord> run(int64_t id) const;
    std::vector<MonitorSample> samples(int64_t run) const; // in time order
    void removeRun(int64_t id);
    // Removes the runs that started more than keepDays before nowMs and those beyond
    // the newest keepRuns (0: no limit); running runs stay. Returns how many went.
    int applyRetention(int64_t nowMs, int keepDays, int keepRuns);

    const std::string &path() const { return m_db.path(); }

private:
    void createSchema();
    void loadSeries();
    int64_t seriesId(const std::string &name);
    void removeRuns(const std::vector<int64_t> &ids);
    void reclaimSpace();

    SqliteDb m_db;
    std::unordered_map<std::string, int64_t> m_seriesIds;
    std::unordered_map<int64_t, std::string> m_seriesNames;
    mutable SqliteStatement m_insertSample;
    mutable SqliteStatement m_insertSeries;
    mutable SqliteStatement m_selectSamples;
};

} // namespace weir
