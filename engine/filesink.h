#pragma once

#include "pipeline.h"
#include "sink.h"

#include <cstdio>
#include <string>

namespace weir {

// Appends rows as NDJSON. Idempotent by batch id through a small sidecar file
// (`<path>.weir-commit`: last batch id and the file size after it): on open, bytes
// past the last committed size (a batch cut short by a crash) are cut off.
class FileSink : public Sink
{
public:
    FileSink(std::string nodeId, const Json &params);
    ~FileSink() override;

    void open(const SchemaPtr &schema) override;
    void beginBatch(int64_t batchId) override;
    void write(const Batch &batch) override;
    void commitBatch() override;
    int64_t lastCommittedBatch() const override { return m_lastCommitted; }
    void close() override;
    uint64_t rowsWritten() const override { return m_rows; }

private:
    void readSidecar();
    void writeSidecar();
    [[noreturn]] void fail(const std::string &what) const;

    std::string m_nodeId;
    std::string m_path;
    std::FILE *m_file = nullptr;
    std::string m_buffer;
    int64_t m_lastCommitted = -1;
    int64_t m_committedSize = 0;
    int64_t m_batchId = -1;
    bool m_skipBatch = false;
    uint64_t m_rows = 0;
};

} // namespace weir
