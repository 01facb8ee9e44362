#include "checkpoint.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <stdexcept>

namespace weir {

namespace {

class SqliteStateWriter : public StateWriter
{
public:
    SqliteStateWriter(const SqliteDb &db, const std::string &node)
        : m_node(node)
        , m_put(db, "INSERT OR REPLACE INTO state (node, key, value) VALUES (?, ?, ?)")
        , m_erase(db, "DELETE FROM state WHERE node = ? AND key = ?")
    {}
    void put(std::string_view key, std::string_view value) override
    {
        m_put.bind(1, std::string_view(m_node));
        m_put.bindBlob(2, key);
        m_put.bindBlob(3, value);
        m_put.step();
        m_put.reset();
    }
    void erase(std::string_view key) override
    {
        m_erase.bind(1, std::string_view(m_node));
        m_erase.bindBlob(2, key);
        m_erase.step();
        m_erase.reset();
    }

private:
    const std::string &m_node;
    SqliteStatement m_put;
    SqliteStatement m_erase;
};

class SqliteStateReader : public StateReader
{
public:
    SqliteStateReader(const SqliteDb &db, const std::string &node)
        : m_db(db)
        , m_node(node)
    {}
    void forEach(const std::function<void(std::string_view, std::string_view)> &visit) const override
    {
        SqliteStatement select(m_db, "SELECT key, value FROM state WHERE node = ? ORDER BY key");
        select.bind(1, std::string_view(m_node));
        while (select.step())
            visit(select.columnBlob(0), select.columnBlob(1));
    }

private:
    const SqliteDb &m_db;
    const std::string &m_node;
};

bool fileIsEmptyOrMissing(const std::string &path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    return !in || in.tellg() == 0;
}

} // namespace

std::string positionsToJson(const Positions &positions)
{
    nlohmann::json j = nlohmann::json::object();
    for (const auto &[partition, offset] : positions)
        j[std::to_string(partition)] = offset;
    return j.dump();
}

Positions positionsFromJson(const std::string &text)
{
    Positions positions;
    const auto j = nlohmann::json::parse(text);
    for (const auto &[partition, offset] : j.items())
        positions[std::stoi(partition)] = offset.get<int64_t>();
    return positions;
}

Checkpoint::Checkpoint(const std::string &path, const std::string &pipelineName,
                       const std::string &fingerprint)
{
    const bool fresh = fileIsEmptyOrMissing(path);
    try {
        m_db = SqliteDb(path, true);
        if (!fresh)
            checkExisting(fingerprint);
        m_db.exec("PRAGMA journal_mode=WAL");
        m_db.exec("PRAGMA synchronous=NORMAL");
        if (fresh)
            createTables(pipelineName, fingerprint);
        readLastCommit();
    } catch (const std::runtime_error &e) {
        const std::string what = e.what();
        if (what.rfind("checkpoint", 0) == 0)
            throw;
        throw std::runtime_error("checkpoint '" + path + "' cannot be used: " + what);
    }
}

void Checkpoint::createTables(const std::string &pipelineName, const std::string &fingerprint)
{
    m_db.exec("BEGIN");
    m_db.exec("CREATE TABLE weir_checkpoint (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    m_db.exec("CREATE TABLE offsets (batch_id INTEGER PRIMARY KEY, ranges TEXT NOT NULL)");
    m_db.exec("CREATE TABLE commits (batch_id INTEGER PRIMARY KEY, watermark INTEGER, "
              "input_finished INTEGER NOT NULL, committed_at INTEGER NOT NULL)");
    m_db.exec("CREATE TABLE state (node TEXT NOT NULL, key BLOB NOT NULL, value BLOB NOT NULL, "
              "PRIMARY KEY (node, key))");
    m_db.exec("CREATE TABLE sources (node TEXT PRIMARY KEY, settings TEXT NOT NULL)");
    SqliteStatement meta(m_db, "INSERT INTO weir_checkpoint (key, value) VALUES (?, ?)");
    for (const auto &[key, value] : {std::pair<std::string, std::string>{"format", kFormat},
                                     {"pipeline", pipelineName},
                                     {"fingerprint", fingerprint}}) {
        meta.bind(1, std::string_view(key));
        meta.bind(2, std::string_view(value));
        meta.step();
        meta.reset();
    }
    m_db.exec("COMMIT");
}

void Checkpoint::checkExisting(const std::string &fingerprint)
{
    const std::string &path = m_db.path();
    std::string format, storedFingerprint, pipeline;
    try {
        SqliteStatement check(m_db, "PRAGMA quick_check");
        if (!check.step() || check.columnText(0) != "ok")
            throw std::runtime_error("checkpoint '" + path + "' is damaged (SQLite integrity check: "
                                     + std::string(check.columnText(0)) + "); refusing to load it");
        SqliteStatement meta(m_db, "SELECT key, value FROM weir_checkpoint");
        while (meta.step()) {
            const std::string_view key = meta.columnText(0);
            if (key == "format")
                format = meta.columnText(1);
            else if (key == "fingerprint")
                storedFingerprint = meta.columnText(1);
            else if (key == "pipeline")
                pipeline = meta.columnText(1);
        }
    } catch (const std::runtime_error &e) {
        const std::string what = e.what();
        if (what.rfind("checkpoint", 0) == 0)
            throw;
        throw std::runtime_error("checkpoint '" + path + "' is not a Weir checkpoint (" + what
                                 + "); refusing to load it");
    }
    if (format != kFormat)
        throw std::runtime_error("checkpoint '" + path + "' is not a Weir checkpoint (format '"
                                 + format + "', expected '" + kFormat + "'); refusing to load it");
    if (storedFingerprint != fingerprint)
        throw std::runtime_error("checkpoint '" + path + "' belongs to a different pipeline ('"
                                 + pipeline + "': its sources or stateful nodes differ); "
                                 "use another --checkpoint location or delete it");
}

void Checkpoint::readLastCommit()
{
    SqliteStatement last(m_db, "SELECT batch_id, input_finished FROM commits "
                               "ORDER BY batch_id DESC LIMIT 1");
    if (last.step()) {
        m_lastCommitted = last.columnInt(0);
        m_finished = last.columnInt(1) != 0;
    }
}

std::optional<BatchRanges> Checkpoint::offsets(int64_t batchId) const
{
    SqliteStatement select(m_db, "SELECT ranges FROM offsets WHERE batch_id = ?");
    select.bind(1, batchId);
    if (!select.step())
        return std::nullopt;
    const auto logged = nlohmann::json::parse(select.columnText(0));
    BatchRanges batch{batchId, {}, logged.value("final", false)};
    for (const auto &r : logged.at("sources")) {
        batch.ranges.push_back({r.at("source").get<std::string>(),
                                positionsFromJson(r.at("from").dump()),
                                positionsFromJson(r.at("to").dump())});
    }
    return batch;
}

void Checkpoint::writeOffsets(const BatchRanges &batch)
{
    nlohmann::json ranges = nlohmann::json::array();
    for (const SourceRange &r : batch.ranges) {
        ranges.push_back({{"source", r.source},
                          {"from", nlohmann::json::parse(positionsToJson(r.from))},
                          {"to", nlohmann::json::parse(positionsToJson(r.to))}});
    }
    SqliteStatement insert(m_db, "INSERT OR REPLACE INTO offsets (batch_id, ranges) VALUES (?, ?)");
    insert.bind(1, batch.batchId);
    const std::string text =
        nlohmann::json{{"final", batch.finalBatch}, {"sources", std::move(ranges)}}.dump();
    insert.bind(2, std::string_view(text));
    insert.step();
}

void Checkpoint::loadState(const std::string &node, Operator &op) const
{
    op.loadState(SqliteStateReader(m_db, node));
}

void Checkpoint::commit(int64_t batchId, int64_t watermark, bool inputFinished,
                        const std::vector<std::pair<std::string, Operator *>> &statefulOperators)
{
    m_db.exec("BEGIN IMMEDIATE");
    try {
        for (const auto &[node, op] : statefulOperators) {
            SqliteStateWriter writer(m_db, node);
            op->saveState(writer);
        }
        SqliteStatement insert(m_db, "INSERT OR REPLACE INTO commits "
                                     "(batch_id, watermark, input_finished, committed_at) "
                                     "VALUES (?, ?, ?, ?)");
        insert.bind(1, batchId);
        insert.bind(2, watermark);
        insert.bind(3, int64_t(inputFinished));
        insert.bind(4, int64_t(std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count()));
        insert.step();
        // Keep a short history: Spark keeps the last 100 batches' logs as well.
        SqliteStatement trimOffsets(m_db, "DELETE FROM offsets WHERE batch_id < ?");
        trimOffsets.bind(1, batchId - 100);
        trimOffsets.step();
        SqliteStatement trimCommits(m_db, "DELETE FROM commits WHERE batch_id < ?");
        trimCommits.bind(1, batchId - 100);
        trimCommits.step();
        m_db.exec("COMMIT");
    } catch (...) {
        m_db.exec("ROLLBACK");
        throw;
    }
    m_lastCommitted = batchId;
    m_finished = inputFinished;
}

std::optional<std::string> Checkpoint::sourceSettings(const std::string &node) const
{
    SqliteStatement select(m_db, "SELECT settings FROM sources WHERE node = ?");
    select.bind(1, std::string_view(node));
    if (!select.step())
        return std::nullopt;
    return std::string(select.columnText(0));
}

void Checkpoint::saveSourceSettings(const std::string &node, const std::string &settings)
{
    SqliteStatement insert(m_db, "INSERT OR REPLACE INTO sources (node, settings) VALUES (?, ?)");
    insert.bind(1, std::string_view(node));
    insert.bind(2, std::string_view(settings));
    insert.step();
}

} // namespace weir
