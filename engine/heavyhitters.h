#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace weir {

// Finds the keys that make up a large share of a stream, in bounded memory: the
// Space-Saving algorithm (Metwally, Agrawal, El Abbadi, 2005) with `capacity` counters.
// A key not tracked takes over the smallest counter, inheriting its count as its error.
// Guarantees, for the (decayed) total N:
//  - every tracked key:  count - error <= true count <= count, and error <= N / capacity;
//  - every key whose true count exceeds N / capacity is tracked,
// so above(share) finds every key whose true share is at least `share` (share > 1/capacity).
//
// Decay: every `halfLife` observations all counts, errors and the total are halved. That
// scales both sides of each guarantee alike, so they hold for exponentially decayed
// counts, and a key that stops being frequent fades out within a few half-lives.
class HeavyHitters
{
public:
    struct Entry
    {
        std::string key;
        double count = 0; // upper bound of the key's (decayed) count
        double error = 0; // count - error is a lower bound
    };

    HeavyHitters(size_t capacity, uint64_t halfLife);

    HeavyHitters(const HeavyHitters &) = delete;
    HeavyHitters &operator=(const HeavyHitters &) = delete;

    // Counts one occurrence of `key` and returns its estimated count (upper bound).
    double add(std::string_view key);
    // The (decayed) number of observations.
    double total() const { return m_total; }
    uint64_t observations() const { return m_observations; }
    size_t capacity() const { return m_capacity; }
    size_t size() const { return m_slots.size(); }
    // Upper bound of the key's count; 0 when it is not tracked.
    double estimate(std::string_view key) const;
    // Tracked keys whose estimated share count/total is at least `share`, largest first,
    // at most `limit` of them.
    std::vector<Entry> above(double share, size_t limit) const;

private:
    void decay();
    uint32_t replaceSmallest(std::string_view key);
    void siftDown(size_t position);
    void siftUp(size_t position);
    void swapHeap(size_t a, size_t b);

    struct Slot
    {
        std::string key;
        double count = 0;
        double error = 0;
        uint32_t heapPosition = 0;
    };

    size_t m_capacity;
    uint64_t m_halfLife;
    uint64_t m_observations = 0;
    double m_total = 0;
    std::vector<Slot> m_slots;      // reserved to capacity: the index's views stay valid
    std::vector<uint32_t> m_heap;   // slot indexes, a min-heap by count
    std::unordered_map<std::string_view, uint32_t> m_index; // key (viewing Slot::key) -> slot
};

} // namespace weir
