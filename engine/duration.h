#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace weir {

// Parses Spark-style durations into milliseconds: "10 minutes", "1 minute",
// "5m", "500ms", "2 hours", "1.5s", "1 day". Returns nullopt on anything else.
std::optional<int64_t> parseDurationMs(std::string_view text);

// The shortest readable form: 300000 -> "5 minutes", 1500 -> "1500 milliseconds".
std::string formatDurationMs(int64_t ms);

} // namespace weir
