#include "chunkqueue.h"

namespace weir {

bool ChunkQueue::push(QueueItem item)
{
    const size_t records = item.chunk ? item.chunk->size() : 0;
    std::unique_lock lock(m_mutex);
    // A chunk larger than the whole capacity still goes in when the queue is empty.
    m_notFull.wait(lock, [&] {
        return m_closed || m_depth.load() == 0 || m_depth.load() + records <= m_capacity;
    });
    if (m_closed)
        return false;
    m_depth.fetch_add(records);
    m_items.push_back(std::move(item));
    m_notEmpty.notify_one();
    return true;
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
