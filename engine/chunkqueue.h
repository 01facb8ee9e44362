#pragma once

#include "source.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace weir {

// What a reader thread hands the engine: records, or the news that its source ended or failed.
// Direction: source reader thread -> engine thread.
struct QueueItem
{
    uint32_t source = 0;
    std::shared_ptr<RawChunk> chunk; // null for end / error
    bool end = false;
    std::string error;
};

// The bounded queue between the sources and the engine, counted in records.
// push() blocks while it is full: that is the backpressure that keeps memory bounded.
class ChunkQueue
{
public:
    explicit ChunkQueue(size_t capacityRecords) : m_capacity(capacityRecords) {}

    // false once the queue is closed (the run is stopping).
    bool push(QueueItem item);
    enum class Push { Done, Full, Closed };
    // Waits at most `wait` for room; `item` is moved from only when Done.
    Push push(QueueItem &item, std::chrono::milliseconds wait);
    // Waits at most `wait` until fewer than `records` are queued; true when they are.
    bool waitBelow(size_t records, std::chrono::milliseconds wait);
    // Waits up to `timeout` for an item.
    std::optional<QueueItem> pop(std::chrono::milliseconds timeout);
    void close();
    size_t depth() const { return m_depth.load(std::memory_order_relaxed); }
    size_t capacity() const { return m_capacity; }

private:
    bool hasRoom(size_t records) const;

    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<QueueItem> m_items;
    std::atomic<size_t> m_depth{0};
    bool m_closed = false;
};

} // namespace weir
