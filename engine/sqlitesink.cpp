#include "sqlitesink.h"

#include "problem.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

namespace weir {

namespace {

std::string_view sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Timestamp:
        // Epoch milliseconds: the name gives NUMERIC affinity, so they are stored as
        // INTEGER, and tells readers (the replay result views) to show them as times.
        return "TIMESTAMP";
    case FieldType::Int:
    case FieldType::Bool:
        return "INTEGER";
    case FieldType::Double:
        return "REAL";
    case FieldType::String:
    case FieldType::Map:
        return "TEXT";
    }
    return "TEXT";
}

constexpr int kBusyTimeoutMs = 60000;

} // namespace

SqliteSink::SqliteSink(std::string nodeId, const Json &params)
    : m_nodeId(std::move(nodeId))
    , m_path(params.value("path", std::string()))
    , m_table(params.value("table", std::string("results")))
    , m_upsert(params.value("mode", std::string("upsert")) == "upsert")
{
    if (m_path.empty())
        throw PipelineError(m_nodeId, "path", "a SQLite sink needs a database path");
    if (params.contains("key") && params["key"].is_array()) {
        for (const auto &k : params["key"])
            m_key.push_back(k.get<std::string>());
    }
}

void SqliteSink::open(const SchemaPtr &schema)
{
    m_schema = schema;
    if (m_key.empty()) {
        for (size_t i = 0; i < schema->keyFields(); ++i)
            m_key.push_back(schema->at(i).name);
    }
    for (const std::string &k : m_key) {
        if (schema->indexOf(k) < 0)
            throw PipelineError(m_nodeId, "key", "key field '" + k + "' is not in the input");
    }
    if (m_upsert && m_key.empty())
        throw PipelineError(m_nodeId, "key",
                            "mode 'upsert' needs key fields: set 'key' or feed it from a window");
    m_db = SqliteDb(m_path, true);
    sqlite3_busy_timeout(m_db.handle(), kBusyTimeoutMs);
    m_db.exec("PRAGMA journal_mode=WAL");
    m_db.exec("PRAGMA synchronous=NORMAL");
    createTable();
    prepareInsert();
    SqliteStatement last(m_db, "SELECT batch_id FROM _weir_sink_batches WHERE table_name = ?");
    last.bind(1, std::string_view(m_table));
    if (last.step())
        m_lastCommitted = last.columnInt(0);
}

void SqliteSink::createTable()
{
    m_db.exec("CREATE TABLE IF NOT EXISTS _weir_sink_batches "
              "(table_name TEXT PRIMARY KEY, batch_id INTEGER NOT NULL)");
    std::string sql = "CREATE TABLE IF NOT EXISTS " + sqlQuoteIdentifier(m_table) + " (";
    for (size_t i = 0; i < m_schema->size(); ++i) {
        const Field &f = m_schema->at(i);
        sql += (i ? ", " : "") + sqlQuoteIdentifier(f.name) + " " + std::string(sqlType(f.type));
    }
    if (m_upsert) {
        sql += ", PRIMARY KEY (";
        for (size_t i = 0; i < m_key.size(); ++i)
            sql += (i ? ", " : "") + sqlQuoteIdentifier(m_key[i]);
        sql += ")";
    }
    m_db.exec(sql + ")");

    // An existing table must have the columns the pipeline writes.
    SqliteStatement columns(m_db, "SELECT name FROM pragma_table_info(?)");
    columns.bind(1, std::string_view(m_table));
    std::vector<std::string> existing;
    while (columns.step())
        existing.emplace_back(columns.columnText(0));
    for (const Field &f : m_schema->fields()) {
        if (std::find(existing.begin(), existing.end(), f.name) == existing.end())
            throw PipelineError(m_nodeId, "table",
                                "table '" + m_table + "' in '" + m_path + "' has no column '"
                                    + f.name + "'; use a new table name or drop the table");
    }
}

void SqliteSink::prepareInsert()
{
    std::string columns, values, updates;
    for (size_t i = 0; i < m_schema->size(); ++i) {
        const std::string name = sqlQuoteIdentifier(m_schema->at(i).name);
        columns += (i ? ", " : "") + name;
        values += i ? ", ?" : "?";
        if (std::find(m_key.begin(), m_key.end(), m_schema->at(i).name) == m_key.end())
            updates += (updates.empty() ? "" : ", ") + name + " = excluded." + name;
    }
    std::string sql = "INSERT INTO " + sqlQuoteIdentifier(m_table) + " (" + columns + ") VALUES ("
                      + values + ")";
    if (m_upsert) {
        std::string key;
        for (size_t i = 0; i < m_key.size(); ++i)
            key += (i ? ", " : "") + sqlQuoteIdentifier(m_key[i]);
        sql += " ON CONFLICT (" + key + ") DO "
               + (updates.empty() ? std::string("NOTHING") : "UPDATE SET " + updates);
    }
    m_insert = SqliteStatement(m_db, sql);
    m_markBatch = SqliteStatement(m_db,
                                  "INSERT INTO _weir_sink_batches (table_name, batch_id) VALUES (?, ?) "
                                  "ON CONFLICT (table_name) DO UPDATE SET batch_id = excluded.batch_id");
}

void SqliteSink::beginBatch(int64_t batchId)
{
    m_batchId = batchId;
    m_skipBatch = batchId <= m_lastCommitted;
}

void SqliteSink::ensureTransaction()
{
    if (!m_inTransaction) {
        m_db.exec("BEGIN IMMEDIATE");
        m_inTransaction = true;
    }
}

void SqliteSink::bindRow(const Batch &batch, size_t row)
{
    for (size_t c = 0; c < batch.columns.size(); ++c) {
        const Column &col = batch.columns[c];
        const int index = int(c) + 1;
        if (col.isNull(row))
            m_insert.bindNull(index);
        else if (isIntegral(col.type))
            m_insert.bind(index, col.ints[row]);
        else if (col.type == FieldType::Double)
            m_insert.bind(index, col.doubles[row]);
        else
            m_insert.bind(index, col.strings[row]);
    }
}

void SqliteSink::write(const Batch &batch)
{
    if (m_skipBatch || batch.rows == 0)
        return;
    ensureTransaction();
    for (size_t row = 0; row < batch.rows; ++row) {
        bindRow(batch, row);
        m_insert.step();
        m_insert.reset();
    }
    m_rows += batch.rows;
}

void SqliteSink::commitBatch()
{
    if (m_skipBatch)
        return;
    ensureTransaction();
    m_markBatch.bind(1, std::string_view(m_table));
    m_markBatch.bind(2, m_batchId);
    m_markBatch.step();
    m_markBatch.reset();
    m_db.exec("COMMIT");
    m_inTransaction = false;
    m_lastCommitted = m_batchId;
}

void SqliteSink::close()
{
    if (m_inTransaction && m_db.isOpen()) {
        m_db.exec("ROLLBACK");
        m_inTransaction = false;
    }
}

} // namespace weir
