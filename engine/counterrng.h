#pragma once

#include <cstdint>

namespace weir {

// Counter-based random numbers (splitmix64 over a counter): draw `slot` of event
// `index` is a pure function of (seed, index, slot). A generator built on it has
// no sequential state, so it can start at any event and reproduce the same values.
class CounterRng
{
public:
    // Draws one event may use before it reaches the slots of the next event.
    static constexpr uint64_t kSlotsPerEvent = 64;

    explicit CounterRng(uint64_t seed)
        : m_key(mix(seed ^ 0x6a09e667f3bcc909ull))
    {
    }

    // The splitmix64 finalizer: a bijection on 64-bit values.
    static constexpr uint64_t mix(uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }

    uint64_t bits(uint64_t index, uint64_t slot) const
    {
        return mix(m_key + (index * kSlotsPerEvent + slot) * kGolden);
    }
    // Uniform in [0, 1).
    double unit(uint64_t index, uint64_t slot) const { return toUnit(bits(index, slot)); }
    // A value unique to `index` (a bijection of it for a given seed).
    uint64_t uniqueId(uint64_t index) const { return mix(index ^ m_key); }

    static double toUnit(uint64_t bits) { return double(bits >> 11) * 0x1.0p-53; }
    // Maps 64 random bits to [0, n) (Lemire's multiply-shift).
    static uint64_t below(uint64_t bits, uint64_t n)
    {
        return uint64_t((unsigned __int128)bits * n >> 64);
    }

private:
    static constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ull;
    uint64_t m_key;
};

} // namespace weir
