#include "chunkqueue.h"

namespace weir {

// A chunk larger than the whole capacity still goes in when the queue is empty.
bool ChunkQueue::hasRoom(size_t records) const
{
    return m_closed || m_depth.load() == 0 || m_depth.load() + records <= m_capacity;
}

bool ChunkQueue::push(QueueItem item)
{
    for (;;) {
        const Push result = push(item, std::chrono::hours(1));
        if (result != Push::Full)
            return result == Push::Done;
    }
}

ChunkQueue::Push ChunkQueue::push(QueueItem &item, std::chrono::milliseconds wait)
{
    const size_t records = item.chunk ? item.chunk->size() : 0;
    std::unique_lock lock(m_mutex);
    if (!m_notFull.wait_for(lock, wait, [&] { return hasRoom(records); }))
        return Push::Full;
    if (m_closed)
        return Push::Closed;
    m_depth.fetch_add(records);
    m_items.push_back(std::move(item));
    m_notEmpty.notify_one();
    return Push::Done;
}

bool ChunkQueue::waitBelow(size_t records, std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    return m_notFull.wait_for(lock, wait, [&] { return m_closed || m_depth.load() < records; });
}

std::optional<QueueItem> ChunkQueue::pop(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (!m_notEmpty.wait_for(lock, timeout, [&] { return !m_items.empty() || m_closed; }))
        return std::nullopt;
    if (m_items.empty())
        return std::nullopt;
    QueueItem item = std::move(m_items.front());
    m_items.pop_front();
    m_depth.fetch_sub(item.chunk ? item.chunk->size() : 0);
    m_notFull.notify_all();
    return item;
}

void ChunkQueue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_notFull.notify_all();
    m_notEmpty.notify_all();
}

} // namespace weir
