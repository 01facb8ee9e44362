#include "duration.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <utility>

namespace weir {

namespace {

struct Unit
{
    std::string_view name;
    int64_t ms;
};

constexpr std::array<Unit, 24> kUnits{{
    {"ms", 1}, {"milli", 1}, {"millis", 1}, {"millisecond", 1}, {"milliseconds", 1},
    {"s", 1000}, {"sec", 1000}, {"secs", 1000}, {"second", 1000}, {"seconds", 1000},
    {"m", 60000}, {"min", 60000}, {"mins", 60000}, {"minute", 60000}, {"minutes", 60000},
    {"h", 3600000}, {"hr", 3600000}, {"hrs", 3600000}, {"hour", 3600000}, {"hours", 3600000},
    {"d", 86400000}, {"day", 86400000}, {"days", 86400000}, {"w", 604800000},
}};

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::optional<int64_t> parseDurationMs(std::string_view text)
{
    text = trimmed(text);
    if (text.starts_with("interval "))
        text = trimmed(text.substr(9));
    size_t numberEnd = 0;
    while (numberEnd < text.size()
           && (std::isdigit(static_cast<unsigned char>(text[numberEnd])) || text[numberEnd] == '.'))
        ++numberEnd;
    if (numberEnd == 0)
        return std::nullopt;
    double value = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + numberEnd, value);
    if (ec != std::errc() || ptr != text.data() + numberEnd)
        return std::nullopt;
    std::string unit;
    for (char c : trimmed(text.substr(numberEnd)))
        unit += char(std::tolower(static_cast<unsigned char>(c)));
    if (unit.empty())
        return std::nullopt;
    if (unit == "week" || unit == "weeks")
        unit = "w";
    for (const Unit &u : kUnits) {
        if (u.name == unit) {
            const double ms = value * double(u.ms);
            if (!std::isfinite(ms) || ms > 9.0e15)
                return std::nullopt;
            return int64_t(std::llround(ms));
        }
    }
    return std::nullopt;
}

std::string formatDurationMs(int64_t ms)
{
    constexpr std::array<std::pair<int64_t, std::string_view>, 5> kNames{{
        {86400000, "day"}, {3600000, "hour"}, {60000, "minute"}, {1000, "second"}, {1, "millisecond"},
    }};
    for (const auto &[unit, name] : kNames) {
        if (ms != 0 && ms % unit == 0) {
            const int64_t n = ms / unit;
            return std::to_string(n) + " " + std::string(name) + (n == 1 ? "" : "s");
        }
    }
    return "0 seconds";
}

} // namespace weir
