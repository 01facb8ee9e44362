#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace weir {

// ISO-8601 date-times in UTC, as epoch milliseconds.

constexpr size_t kIsoTimestampLength = 24; // 2026-11-25T15:42:17.123Z

// Accepts "2026-11-25", "2026-11-25T15:42", "2026-11-25T15:42:17", fractions of a
// second, 'T' or ' ' between date and time, and "Z", "+01:00", "-0530" or no zone
// (UTC). Returns nullopt for anything else, including impossible dates.
std::optional<int64_t> parseIsoTimestampMs(std::string_view text);

// Writes exactly kIsoTimestampLength characters (years 0000 to 9999).
void writeIsoTimestamp(int64_t epochMs, char *out);
std::string formatIsoTimestamp(int64_t epochMs);

// Days since 1970-01-01 of a proleptic Gregorian date, and back.
int64_t daysFromCivil(int64_t year, unsigned month, unsigned day);
void civilFromDays(int64_t days, int64_t &year, unsigned &month, unsigned &day);

} // namespace weir
