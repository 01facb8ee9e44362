#include "monitorhistory.h"

#include "samplecodec.h"

#include <sqlite3.h>

#include <climits>
#include <filesystem>
#include <stdexcept>

namespace weir {

namespace {

constexpr int64_t kDayMs = 24LL * 3600 * 1000;

// Commits on scope exit unless an exception is in flight, which rolls back instead.
class Transaction
{
public:
    explicit Transaction(SqliteDb &db)
        : m_db(db)
    {
        m_db.exec("BEGIN IMMEDIATE");
    }
    ~Transaction()
    {
        if (m_done)
            return;
        try {
            m_db.exec("ROLLBACK");
        } catch (const std::exception &) {
            // SQLite already rolled back (a failed COMMIT can do that): nothing to undo.
        }
    }
    void commit()
    {
        m_db.exec("COMMIT");
        m_done = true;
    }

private:
    SqliteDb &m_db;
    bool m_done = false;
};

SqliteDb openDb(const std::string &path)
{
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    std::error_code ignored; // SQLite's open below reports what went wrong
    if (!parent.empty())
        std::filesystem::create_directories(parent, ignored);
    return SqliteDb(path, true);
}

int schemaVersion(SqliteDb &db)
{
    SqliteStatement exists(db, "SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'");
    exists.step();
    if (exists.columnInt(0) == 0)
        return 0;
    SqliteStatement version(db, "SELECT version FROM schema_version");
    return version.step() ? int(version.columnInt(0)) : 0;
}

RunRecord readRun(const SqliteStatement &s)
{
    return {s.columnInt(0),           std::string(s.columnText(1)), std::string(s.columnText(2)),
            s.columnInt(3),           s.columnInt(4),               std::string(s.columnText(5)),
            std::string(s.columnText(6))};
}

const char *kRunColumns = "SELECT id, pipeline_name, pipeline_path, started_at_ms, ended_at_ms, "
                          "state, summary FROM runs ";

} // namespace

MonitorHistory::MonitorHistory(const std::string &path)
    : m_db(openDb(path))
{
    m_db.exec("PRAGMA busy_timeout = 5000");
    // Before any table exists, so that deleted runs' pages can be given back.
    m_db.exec("PRAGMA auto_vacuum = INCREMENTAL");
    m_db.exec("PRAGMA journal_mode = WAL");
    // WAL with NORMAL: a commit is an append to the log, no fsync; a power cut can lose
    // the last seconds of samples but never corrupts the file.
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec("PRAGMA journal_size_limit = 1048576"); // the log shrinks back after checkpoints
    m_db.exec("PRAGMA foreign_keys = ON");
    const int version = schemaVersion(m_db);
    if (version > kSchemaVersion)
        throw std::runtime_error("the run history '" + path + "' has schema version "
                                 + std::to_string(version) + ", newer than this Weir knows ("
                                 + std::to_string(kSchemaVersion) + ")");
    if (version == 0)
        createSchema();
    // Later versions migrate here: if (version < 2) migrateTo2(); ...
    loadSeries();
    m_insertSample = SqliteStatement(m_db, "INSERT INTO samples(run, t, data) VALUES(?, ?, ?)");
    m_insertSeries = SqliteStatement(m_db, "INSERT OR IGNORE INTO series(name) VALUES(?)");
    m_selectSamples = SqliteStatement(m_db, "SELECT t, data FROM samples WHERE run = ? ORDER BY t");
}

void MonitorHistory::createSchema()
{
    Transaction tx(m_db);
    m_db.exec("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
    m_db.exec("CREATE TABLE IF NOT EXISTS runs("
              "id INTEGER PRIMARY KEY, pipeline_name TEXT NOT NULL, pipeline_path TEXT NOT NULL, "
              "started_at_ms INTEGER NOT NULL, ended_at_ms INTEGER NOT NULL DEFAULT 0, "
              "state TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '')");
    m_db.exec("CREATE INDEX IF NOT EXISTS runs_by_start ON runs(started_at_ms, id)");
    m_db.exec("CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)");
    // A rowid table (not WITHOUT ROWID): a sample's blob grows with the partitions and
    // nodes, past the size where WITHOUT ROWID rows stay efficient.
    m_db.exec("CREATE TABLE IF NOT EXISTS samples(run INTEGER NOT NULL REFERENCES runs(id) "
              "ON DELETE CASCADE, t REAL NOT NULL, data BLOB NOT NULL)");
    m_db.exec("CREATE INDEX IF NOT EXISTS samples_by_run ON samples(run, t)");
    m_db.exec("DELETE FROM schema_version");
    m_db.exec("INSERT INTO schema_version(version) VALUES(" + std::to_string(kSchemaVersion) + ")");
    tx.commit();
}

void MonitorHistory::loadSeries()
{
    SqliteStatement select(m_db, "SELECT id, name FROM series");
    while (select.step()) {
        std::string name(select.columnText(1));
        m_seriesNames[select.columnInt(0)] = name;
        m_seriesIds[std::move(name)] = select.columnInt(0);
    }
}

int64_t MonitorHistory::seriesId(const std::string &name)
{
    const auto it = m_seriesIds.find(name);
    if (it != m_seriesIds.end())
        return it->second;
    m_insertSeries.reset();
    m_insertSeries.bind(1, std::string_view(name));
    m_insertSeries.step();
    // Another connection may have added the name first: read the id it got.
    SqliteStatement select(m_db, "SELECT id FROM series WHERE name = ?");
    select.bind(1, std::string_view(name));
    select.step();
    const int64_t id = select.columnInt(0);
    m_seriesIds[name] = id;
    m_seriesNames[id] = name;
    return id;
}

int64_t MonitorHistory::beginRun(const std::string &pipelineName,
                                 const std::string &pipelinePath, int64_t startedAtMs)
{
    SqliteStatement insert(m_db, "INSERT INTO runs(pipeline_name, pipeline_path, started_at_ms, "
                                 "state) VALUES(?, ?, ?, 'running')");
    insert.bind(1, std::string_view(pipelineName));
    insert.bind(2, std::string_view(pipelinePath));
    insert.bind(3, startedAtMs);
    insert.step();
    return sqlite3_last_insert_rowid(m_db.handle());
}

void MonitorHistory::append(int64_t run, const MonitorSample &sample)
{
    Transaction tx(m_db);
    std::vector<std::pair<int64_t, double>> values;
    values.reserve(sample.values.size());
    for (const auto &[name, value] : sample.values)
        values.emplace_back(seriesId(name), value);
    const std::string data = encodeSampleValues(values);
    m_insertSample.reset();
    m_insertSample.bind(1, run);
    m_insertSample.bind(2, sample.t);
    m_insertSample.bindBlob(3, data);
    m_insertSample.step();
    tx.commit();
}

void MonitorHistory::finishRun(int64_t run, int64_t endedAtMs, const std::string &state,
                               const std::string &summaryJson)
{
    SqliteStatement update(m_db, "UPDATE runs SET ended_at_ms = ?, state = ?, summary = ? "
                                 "WHERE id = ?");
    update.bind(1, endedAtMs);
    update.bind(2, std::string_view(state));
    update.bind(3, std::string_view(summaryJson));
    update.bind(4, run);
    update.step();
}

int MonitorHistory::markInterrupted()
{
    Transaction tx(m_db);
    m_db.exec("UPDATE runs SET state = 'interrupted', ended_at_ms = started_at_ms + "
              "coalesce(CAST(round((SELECT max(t) FROM samples WHERE samples.run = runs.id) "
              "* 1000) AS INTEGER), 0) WHERE state = 'running'");
    const int changed = sqlite3_changes(m_db.handle());
    tx.commit();
    return changed;
}

std::vector<RunRecord> MonitorHistory::runs() const
{
    SqliteStatement select(m_db, std::string(kRunColumns) + "ORDER BY started_at_ms DESC, id DESC");
    std::vector<RunRecord> result;
    while (select.step())
        result.push_back(readRun(select));
    return result;
}

std::optional<RunRecord> MonitorHistory::run(int64_t id) const
{
    SqliteStatement select(m_db, std::string(kRunColumns) + "WHERE id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readRun(select);
}

std::vector<MonitorSample> MonitorHistory::samples(int64_t run) const
{
    std::vector<MonitorSample> result;
    std::vector<std::pair<int64_t, double>> values;
    m_selectSamples.reset();
    m_selectSamples.bind(1, run);
    while (m_selectSamples.step()) {
        MonitorSample &s = result.emplace_back();
        s.t = m_selectSamples.columnDouble(0);
        decodeSampleValues(m_selectSamples.columnBlob(1), values);
        for (const auto &[id, value] : values) {
            auto name = m_seriesNames.find(id);
            if (name == m_seriesNames.end()) { // added by another connection since we loaded
                const_cast<MonitorHistory *>(this)->loadSeries();
                name = m_seriesNames.find(id);
                if (name == m_seriesNames.end())
                    throw std::runtime_error("the run history '" + path()
                                             + "' names an unknown series id "
                                             + std::to_string(id));
            }
            s.values.emplace_hint(s.values.end(), name->second, value);
        }
    }
    m_selectSamples.reset();
    return result;
}

void MonitorHistory::removeRun(int64_t id)
{
    removeRuns({id});
}

int MonitorHistory::applyRetention(int64_t nowMs, int keepDays, int keepRuns)
{
    const int64_t cutoff = keepDays > 0 ? nowMs - keepDays * kDayMs : INT64_MIN;
    std::vector<int64_t> doomed;
    int rank = 0;
    for (const RunRecord &r : runs()) {
        const bool beyondCount = keepRuns > 0 && rank++ >= keepRuns;
        if (r.state != "running" && (r.startedAtMs < cutoff || beyondCount))
            doomed.push_back(r.id);
    }
    removeRuns(doomed);
    return int(doomed.size());
}

void MonitorHistory::removeRuns(const std::vector<int64_t> &ids)
{
    if (ids.empty())
        return;
    Transaction tx(m_db);
    SqliteStatement remove(m_db, "DELETE FROM runs WHERE id = ?"); // samples cascade
    for (int64_t id : ids) {
        remove.reset();
        remove.bind(1, id);
        remove.step();
    }
    tx.commit();
    reclaimSpace();
}

// Gives the freed pages back to the file system and empties the log, so that a smaller
// retention setting makes the file smaller, without a full VACUUM's copy of the file.
void MonitorHistory::reclaimSpace()
{
    m_db.exec("PRAGMA incremental_vacuum");
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace weir
