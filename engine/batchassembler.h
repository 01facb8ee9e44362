#pragma once

#include "checkpoint.h"
#include "chunkqueue.h"

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <stop_token>
#include <vector>

namespace weir {

// The input of one micro-batch, as taken from the queue.
struct CollectedInput
{
    std::vector<std::shared_ptr<RawChunk>> chunks; // empty when streamed to a ChunkHandler
    std::vector<std::pair<int64_t, size_t>> ingested; // per chunk: ingest time, records
    std::vector<Positions> from; // per source: position before the batch
    std::vector<Positions> to;   // per source: position after it
    size_t records = 0;
};

// Takes chunks off the queue for micro-batches on the engine thread. It knows
// where every source stands, can stop exactly at given positions (replaying a
// logged batch, or `trigger once` stopping at what was available at start) and
// keeps the rest of a split chunk for the next batch.
class BatchAssembler
{
public:
    BatchAssembler(ChunkQueue &queue, size_t sources);

    void setPosition(uint32_t source, const Positions &next) { m_next[source] = next; }
    const Positions &position(uint32_t source) const { return m_next[source]; }

    // Everything queued now, up to about `maxRecords`; waits up to `wait` for the first chunk.
    CollectedInput collectAvailable(size_t maxRecords, std::chrono::milliseconds wait);
    using ChunkHandler = std::function<void(const std::shared_ptr<RawChunk> &)>;
    // Exactly the records before `limits` (per source; nullopt = take none), waiting
    // for them as long as needed, unless stopped. Each chunk goes to `handler` as
    // it arrives, so a large batch is processed while its sources still read.
    CollectedInput collectUntil(const std::vector<std::optional<Positions>> &limits,
                                std::stop_token stop, const ChunkHandler &handler);

    bool reached(uint32_t source, const Positions &limit) const;
    bool ended(uint32_t source) const { return m_ended[source]; }
    bool allEnded() const;

private:
    CollectedInput begin() const;
    void take(CollectedInput &input, std::shared_ptr<RawChunk> chunk,
              const std::optional<Positions> *limit, const ChunkHandler *handler = nullptr);
    // Next queued item (carry first); throws on a reader's error.
    std::optional<QueueItem> next(std::chrono::milliseconds wait, bool useCarry);

    ChunkQueue &m_queue;
    std::vector<Positions> m_next;
    std::vector<bool> m_ended;
    std::deque<QueueItem> m_carry;
};

} // namespace weir
