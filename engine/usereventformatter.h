#pragma once

#include "counterrng.h"
#include "generatorparams.h"
#include "zipfsampler.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace weir {

// Writes the reference article's user_events as JSON text:
//   {"event_id":"…","user_id":"user_7","event_type":"click","timestamp":"…Z",
//    "properties":{"page":"/products/42","device":"mobile","country":"DE"}}
// Event i is a pure function of (params, start time, i): every random choice is a
// counter-based draw, so any event can be regenerated on its own (replay, seek).
// Not thread-safe (it caches the formatted date of the last second it wrote).
class UserEventFormatter
{
public:
    UserEventFormatter(const GeneratorParams &params, int64_t startMs);

    // An upper bound of the bytes format() writes.
    size_t maxLength() const { return m_maxLength; }
    // Writes event `index` to `out` and returns its length; `user` gets the user
    // number (1 = the most frequent one) or 0 when the event has no user_id.
    size_t format(uint64_t index, char *out, uint64_t &user);
    // Writes "user_<n>" and returns its length (at most 15).
    static size_t writeUserId(uint64_t user, char *out);

private:
    enum Slot : uint64_t {
        CategorySlot,
        TypeSlot,
        ShiftSlot,
        PageSlot,
        DeviceSlot,
        CountrySlot,
        FlawSlot,
        FlawDetailSlot,
        ZipfSlot, // and all slots after it: rejection sampling may need several
    };
    enum class Flaw { Truncated, BadTimestamp, MissingUser, Garbage, Array, Count };
    struct Event
    {
        uint64_t index;
        uint64_t user;
        size_t type;
        int64_t timestampMs;
    };

    void buildFragments();
    Event drawEvent(uint64_t index, int64_t shiftBackMs) const;
    int64_t shiftBackMs(uint64_t index, double category) const;
    size_t writeObject(const Event &e, char *out, bool withUser, bool validTimestamp);
    size_t writeArray(const Event &e, char *out);
    size_t writeMalformed(const Event &e, char *out, uint64_t &user);
    size_t writeGarbage(uint64_t index, char *out) const;
    char *writeTimestamp(int64_t ms, char *out);
    char *writePage(uint64_t index, char *out) const;

    GeneratorParams m_params;
    int64_t m_startMs;
    CounterRng m_rng;
    ZipfSampler m_zipf;
    std::vector<double> m_typeCumulative;
    std::vector<std::string> m_typeFragments; // ","event_type":"click","timestamp":"
    std::vector<std::string> m_typeNames; // "click" (JSON string literal)
    std::array<std::string, 30> m_tails; // ","device":"mobile","country":"DE"}}
    std::array<uint8_t, 100> m_deviceOfPercent {};
    std::array<uint8_t, 100> m_countryOfPercent {};
    size_t m_maxLength = 0;
    int64_t m_cachedSecond = INT64_MIN;
    char m_cachedPrefix[20] = {};
};

} // namespace weir
