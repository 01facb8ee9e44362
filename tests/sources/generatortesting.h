#pragma once

// Helpers shared by the generator tests: reading whole runs, and statistics.

#include "generatorsource.h"

#include <QDateTime>
#include <QtTest>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace weir::testing {

// Events per statistical test: fewer in debug and sanitizer builds, which are
// an order of magnitude slower (the tolerances follow the sample size).
inline constexpr int64_t samples(int64_t n)
{
#ifdef NDEBUG
    return n;
#else
    return n / 4;
#endif
}

inline constexpr const char *kStart = "2026-11-25T15:42:17Z";

struct Records
{
    std::vector<std::string> values;
    std::vector<std::string> keys;
    std::vector<int64_t> offsets;
    ReadStatus last = ReadStatus::Data;
};

// Generator parameters for tests: bounded, unthrottled, fixed start time.
inline Json testParams(Json overrides = Json::object())
{
    Json params = {{"rate", 0}, {"count", 20000}, {"start_time", kStart}};
    for (const auto &[name, value] : overrides.items())
        params[name] = value;
    return params;
}

// Reads until End (or `limit` records) in chunks of `chunkSize`.
inline Records readAll(Source &source, size_t chunkSize = 4096, size_t limit = SIZE_MAX)
{
    Records records;
    while (records.values.size() < limit) {
        RawChunk chunk;
        records.last = source.read(chunk, std::min(chunkSize, limit - records.values.size()));
        if (records.last != ReadStatus::Data)
            break;
        for (size_t i = 0; i < chunk.size(); ++i) {
            records.values.emplace_back(chunk.value(i));
            records.keys.push_back(chunk.keys.at(i));
            records.offsets.push_back(chunk.offsets[i]);
        }
    }
    return records;
}

inline Records generate(const Json &params, int64_t from = 0, size_t chunkSize = 4096)
{
    auto source = makeGeneratorSource("gen", params);
    source->open({{0, from}});
    return readAll(*source, chunkSize);
}

inline int64_t isoMs(const std::string &text)
{
    const QDateTime time = QDateTime::fromString(QString::fromStdString(text), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : INT64_MIN;
}

// A parsed event if it is well-formed (an object with a user and a real timestamp).
inline std::optional<nlohmann::json> wellFormed(const std::string &value)
{
    nlohmann::json event = nlohmann::json::parse(value, nullptr, false);
    if (event.is_discarded() || !event.is_object() || !event.contains("user_id")
        || !event["timestamp"].is_string() || isoMs(event["timestamp"]) == INT64_MIN)
        return std::nullopt;
    return event;
}

// True when `observed` out of `n` is within 5 standard deviations of fraction p.
inline bool fractionMatches(int64_t observed, int64_t n, double p)
{
    const double sigma = std::sqrt(double(n) * p * (1 - p));
    return std::abs(double(observed) - double(n) * p) <= 5 * sigma + 1;
}

// Pearson's chi-square statistic; true when below a critical value far in the tail
// (about 5 standard deviations above the mean of the distribution).
inline bool chiSquareMatches(const std::vector<double> &observed,
                             const std::vector<double> &expected)
{
    double chi2 = 0;
    for (size_t i = 0; i < observed.size(); ++i)
        chi2 += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
    const double df = double(observed.size() - 1);
    if (chi2 > df + 5 * std::sqrt(2 * df))
        qWarning("chi-square %f with %f degrees of freedom", chi2, df);
    return chi2 <= df + 5 * std::sqrt(2 * df);
}

inline int64_t userNumber(const std::string &userId)
{
    return std::stoll(userId.substr(5));
}

} // namespace weir::testing
