#pragma once

#include "pipeline.h"
#include "sink.h"

#include <cstdio>
#include <string>

namespace weir {

// Prints rows to stdout, as a table or as JSON lines; for looking, not keeping
// (at-least-once: a replayed batch prints again).
class ConsoleSink : public Sink
{
public:
    ConsoleSink(std::string nodeId, const Json &params, std::FILE *out = stdout);

    void open(const SchemaPtr &schema) override { m_schema = schema; }
    void beginBatch(int64_t batchId) override;
    void write(const Batch &batch) override;
    void commitBatch() override;
    int64_t lastCommittedBatch() const override { return m_lastCommitted; }
    uint64_t rowsWritten() const override { return m_rows; }

private:
    void appendTableRow(const Batch &batch, size_t row);

    std::string m_nodeId;
    size_t m_limit = 20;
    bool m_json = false;
    std::FILE *m_out;
    SchemaPtr m_schema;
    std::string m_text;
    size_t m_shown = 0;
    size_t m_hidden = 0;
    int64_t m_batchId = -1;
    int64_t m_lastCommitted = -1;
    uint64_t m_rows = 0;
};

} // namespace weir
