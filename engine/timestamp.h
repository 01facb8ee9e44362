#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace weir {

// Event timestamps are UTC epoch milliseconds. Parsing and formatting use only
// calendar arithmetic (proleptic Gregorian), never the C library's locale or time
// zone, and allocate nothing.

// Parses ISO-8601 text: "2026-11-25T15:42:17Z", "2026-11-25T15:42:17.123Z" (any number of
// fraction digits; below a millisecond is cut off), "2026-11-25T16:42:17+01:00" ("+0100",
// "+01" too), "2026-11-25 15:42:17", "2026-11-25T15:42" and "2026-11-25". Text without an
// offset is UTC. Returns nullopt for anything else (including invalid dates like 02-30).
std::optional<int64_t> parseTimestampMs(std::string_view text);

// Room formatTimestampMs needs, for any int64 input.
inline constexpr size_t kTimestampTextCapacity = 40;

// Writes "2026-11-25T15:42:17.123Z" into `out` (kTimestampTextCapacity bytes) and returns
// the length. Years outside 0..9999 get more digits or a '-' sign.
size_t formatTimestampMs(int64_t ms, char *out);
std::string formatTimestampMs(int64_t ms);

} // namespace weir
