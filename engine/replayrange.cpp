#include "replayrange.h"

#include "timestamp.h"

#include <algorithm>
#include <charconv>

namespace weir {

namespace {

constexpr const char *kSyntax = "TOPIC[:PARTITION]:FROM..TO";

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
}

bool validTopicChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
           || c == '_' || c == '-';
}

[[noreturn]] void fail(std::string_view text, const std::string &why)
{
    throw ReplayRangeError("replay range '" + std::string(text) + "': " + why);
}

int64_t parseNumber(std::string_view text, std::string_view whole, const std::string &what,
                    int64_t maximum)
{
    int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value > maximum)
        fail(whole, what + " '" + std::string(text) + "' is too large");
    return value;
}

ReplayBound parseBound(std::string_view text, std::string_view whole, const char *which)
{
    if (text.empty())
        return ReplayBound::open();
    if (allDigits(text))
        return ReplayBound::offset(
            parseNumber(text, whole, std::string(which) + " offset", INT64_MAX));
    if (const std::optional<int64_t> ms = parseTimestampMs(text))
        return ReplayBound::time(*ms);
    fail(whole, std::string(which) + " '" + std::string(text)
                    + "' is neither an offset nor an ISO-8601 time like 2026-11-26T10:00:00Z");
}

void checkTopic(std::string_view topic, std::string_view whole)
{
    if (topic.empty())
        fail(whole, "no topic before the ':' (expected " + std::string(kSyntax) + ")");
    if (topic.size() > 249)
        fail(whole, "the topic name is longer than Kafka's 249 characters");
    const auto bad = std::find_if_not(topic.begin(), topic.end(), validTopicChar);
    if (bad != topic.end())
        fail(whole, "the topic '" + std::string(topic) + "' holds '" + std::string(1, *bad)
                        + "', which a Kafka topic name cannot (letters, digits, '.', '_', '-')");
}

void checkOrder(const ReplayRange &range, std::string_view whole)
{
    if (range.from.kind != range.to.kind || range.from.kind == ReplayBound::Kind::Open)
        return; // an offset against a time is checked once both are offsets
    if (range.from.value <= range.to.value)
        return;
    const bool offsets = range.from.kind == ReplayBound::Kind::Offset;
    fail(whole, std::string("FROM is after TO (") + (offsets ? "offset " : "time ")
                    + (offsets ? std::to_string(range.from.value)
                               : formatTimestampMs(range.from.value))
                    + " > "
                    + (offsets ? std::to_string(range.to.value) : formatTimestampMs(range.to.value))
                    + ")");
}

std::string boundText(const ReplayBound &bound)
{
    switch (bound.kind) {
    case ReplayBound::Kind::Open:
        return {};
    case ReplayBound::Kind::Offset:
        return std::to_string(bound.value);
    case ReplayBound::Kind::Time:
        break;
    }
    return formatTimestampMs(bound.value);
}

} // namespace

ReplayRange ReplayRange::parse(std::string_view text)
{
    ReplayRange range;
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos)
        fail(text, "no ':' after the topic (expected " + std::string(kSyntax)
                       + ", e.g. user_events:0:100..200)");
    range.topic = std::string(text.substr(0, colon));
    checkTopic(range.topic, text);
    std::string_view rest = text.substr(colon + 1);

    // Digits and a ':' can only be a partition: a time starts with a date "YYYY-".
    const size_t second = rest.find(':');
    if (second != std::string_view::npos && allDigits(rest.substr(0, second))) {
        range.partition = int32_t(parseNumber(rest.substr(0, second), text, "partition", INT32_MAX));
        rest = rest.substr(second + 1);
    }
    const size_t dots = rest.rfind("..");
    if (dots == std::string_view::npos)
        fail(text, "no '..' between FROM and TO (expected " + std::string(kSyntax)
                       + "; leave a side empty for an open end, e.g. user_events:100..)");
    range.from = parseBound(rest.substr(0, dots), text, "FROM");
    range.to = parseBound(rest.substr(dots + 2), text, "TO");
    checkOrder(range, text);
    return range;
}

std::string ReplayRange::toString() const
{
    std::string text = topic + ":";
    if (partition)
        text += std::to_string(*partition) + ":";
    return text + boundText(from) + ".." + boundText(to);
}

int64_t replayRecordCount(const ResolvedReplay &replay)
{
    int64_t count = 0;
    for (const auto &[topic, partitions] : replay)
        for (const auto &[partition, range] : partitions)
            count += range.size();
    return count;
}

} // namespace weir
