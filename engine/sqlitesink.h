#pragma once

#include "pipeline.h"
#include "sink.h"
#include "sqlitedb.h"

#include <memory>
#include <string>
#include <vector>

namespace weir {

// Writes rows into a SQLite table (WAL mode), one transaction per micro-batch.
// `upsert` is INSERT ... ON CONFLICT(key) DO UPDATE (the MERGE of Delta Lake);
// `append` inserts. The last committed batch id is stored in the same
// transaction as the rows, which makes a replayed batch a no-op.
class SqliteSink : public Sink
{
public:
    SqliteSink(std::string nodeId, const Json &params);

    void open(const SchemaPtr &schema) override;
    void beginBatch(int64_t batchId) override;
    void write(const Batch &batch) override;
    void commitBatch() override;
    int64_t lastCommittedBatch() const override { return m_lastCommitted; }
    void close() override;
    uint64_t rowsWritten() const override { return m_rows; }

private:
    void createTable();
    void prepareInsert();
    void ensureTransaction();
    void bindRow(const Batch &batch, size_t row);

    std::string m_nodeId;
    std::string m_path;
    std::string m_table;
    bool m_upsert = true;
    std::vector<std::string> m_key;
    SchemaPtr m_schema;
    SqliteDb m_db;
    SqliteStatement m_insert;
    SqliteStatement m_markBatch;
    int64_t m_lastCommitted = -1;
    int64_t m_batchId = -1;
    bool m_skipBatch = false;
    bool m_inTransaction = false;
    uint64_t m_rows = 0;
};

} // namespace weir
