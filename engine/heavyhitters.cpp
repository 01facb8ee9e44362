#include "heavyhitters.h"

#include <algorithm>

namespace weir {

HeavyHitters::HeavyHitters(size_t capacity, uint64_t halfLife)
    : m_capacity(std::max<size_t>(1, capacity))
    , m_halfLife(std::max<uint64_t>(1, halfLife))
{
    m_slots.reserve(m_capacity);
    m_heap.reserve(m_capacity);
    m_index.reserve(m_capacity);
}

double HeavyHitters::add(std::string_view key)
{
    uint32_t slot;
    if (const auto it = m_index.find(key); it != m_index.end()) {
        slot = it->second;
    } else if (m_slots.size() < m_capacity) {
        slot = uint32_t(m_slots.size());
        m_slots.push_back({std::string(key), 0, 0, uint32_t(m_heap.size())});
        m_heap.push_back(slot);
        m_index.emplace(m_slots.back().key, slot);
    } else {
        slot = replaceSmallest(key);
    }
    m_slots[slot].count += 1;
    siftUp(m_slots[slot].heapPosition); // a new slot may start below decayed counts
    siftDown(m_slots[slot].heapPosition);
    m_total += 1;
    const double count = m_slots[slot].count;
    if (++m_observations % m_halfLife == 0)
        decay();
    return count;
}

// The new key inherits the smallest count as its error. The index node is reused, so a
// replacement allocates only when the new key is longer than the old one.
uint32_t HeavyHitters::replaceSmallest(std::string_view key)
{
    const uint32_t slot = m_heap.front();
    Slot &s = m_slots[slot];
    auto node = m_index.extract(std::string_view(s.key));
    s.key.assign(key);
    s.error = s.count;
    node.key() = s.key;
    m_index.insert(std::move(node));
    return slot;
}

void HeavyHitters::decay()
{
    for (Slot &s : m_slots) { // the same factor everywhere keeps the heap order
        s.count *= 0.5;
        s.error *= 0.5;
    }
    m_total *= 0.5;
}

double HeavyHitters::estimate(std::string_view key) const
{
    const auto it = m_index.find(key);
    return it == m_index.end() ? 0.0 : m_slots[it->second].count;
}

std::vector<HeavyHitters::Entry> HeavyHitters::above(double share, size_t limit) const
{
    std::vector<Entry> found;
    if (m_total <= 0)
        return found;
    for (const Slot &s : m_slots) {
        if (s.count >= share * m_total)
            found.push_back({s.key, s.count, s.error});
    }
    std::sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

void HeavyHitters::swapHeap(size_t a, size_t b)
{
    std::swap(m_heap[a], m_heap[b]);
    m_slots[m_heap[a]].heapPosition = uint32_t(a);
    m_slots[m_heap[b]].heapPosition = uint32_t(b);
}

void HeavyHitters::siftDown(size_t position)
{
    for (;;) {
        const size_t left = 2 * position + 1;
        const size_t right = left + 1;
        size_t smallest = position;
        if (left < m_heap.size() && m_slots[m_heap[left]].count < m_slots[m_heap[smallest]].count)
            smallest = left;
        if (right < m_heap.size() && m_slots[m_heap[right]].count < m_slots[m_heap[smallest]].count)
            smallest = right;
        if (smallest == position)
            return;
        swapHeap(position, smallest);
        position = smallest;
    }
}

void HeavyHitters::siftUp(size_t position)
{
    while (position > 0) {
        const size_t parent = (position - 1) / 2;
        if (m_slots[m_heap[parent]].count <= m_slots[m_heap[position]].count)
            return;
        swapHeap(position, parent);
        position = parent;
    }
}

} // namespace weir
