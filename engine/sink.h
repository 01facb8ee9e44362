#pragma once

#include "batch.h"
#include "metricssnapshot.h"

#include <cstdint>
#include <string>

namespace weir {

// A destination for records. Sinks are idempotent by batch id: a batch that was
// already committed (a replay after a crash) is accepted and discarded.
class Sink
{
public:
    virtual ~Sink() = default;

    // Creates files/tables for rows of `schema`; throws std::runtime_error with a reason.
    virtual void open(const SchemaPtr &schema) = 0;
    virtual void beginBatch(int64_t batchId) = 0;
    virtual void write(const Batch &batch) = 0;
    // Makes the batch durable. Throws std::runtime_error on failure (disk full, locked).
    virtual void commitBatch() = 0;
    // The last batch id made durable, -1 if none.
    virtual int64_t lastCommittedBatch() const = 0;
    virtual void close() {}
    // Rows written since open (for metrics and summaries).
    virtual uint64_t rowsWritten() const = 0;
    // Keys the sink currently treats as hot (skew-aware partitioning), at most ~10;
    // read on the engine thread between batches, like rowsWritten().
    virtual std::vector<HotKey> hotKeys() const { return {}; }
};

} // namespace weir
