#include "generatorparams.h"

#include "duration.h"
#include "timestamp.h"
#include "problem.h"

#include <cmath>
#include <limits>

namespace weir {

namespace {

constexpr int64_t kMaxUsers = 4294967295; // user ids fit in 32 bits

class ParamReader
{
public:
    ParamReader(const std::string &nodeId, const Json &params)
        : m_nodeId(nodeId)
        , m_params(params)
    {
        if (!m_params.is_null() && !m_params.is_object())
            throw PipelineError(m_nodeId, "", "parameters must be a JSON object");
    }

    const Json *find(const char *name) const
    {
        if (!m_params.is_object())
            return nullptr;
        const auto it = m_params.find(name);
        return it == m_params.end() || it->is_null() ? nullptr : &*it;
    }

    [[noreturn]] void fail(const char *name, const std::string &reason) const
    {
        throw PipelineError(m_nodeId, name, reason);
    }

    double number(const char *name, double fallback, double min, double max) const
    {
        const Json *value = find(name);
        if (!value)
            return fallback;
        if (!value->is_number())
            fail(name, "must be a number");
        const double number = value->get<double>();
        if (!std::isfinite(number) || number < min || number > max)
            fail(name, "must be between " + shortNumber(min) + " and " + shortNumber(max));
        return number;
    }

    int64_t integer(const char *name, int64_t fallback, int64_t min, int64_t max) const
    {
        const Json *value = find(name);
        if (!value)
            return fallback;
        if (!value->is_number_integer())
            fail(name, "must be an integer");
        if (value->is_number_unsigned() && value->get<uint64_t>() > uint64_t(max))
            fail(name, "must be at most " + std::to_string(max));
        const int64_t number = value->get<int64_t>();
        if (number < min || number > max)
            fail(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return number;
    }

    int64_t durationMs(const char *name, int64_t fallback) const
    {
        const Json *value = find(name);
        if (!value)
            return fallback;
        const auto ms
            = value->is_string() ? parseDurationMs(value->get<std::string>()) : std::nullopt;
        if (!ms)
            fail(name, "must be a duration such as \"2 minutes\" or \"500ms\"");
        return *ms;
    }

private:
    static std::string shortNumber(double value)
    {
        if (value == std::numeric_limits<double>::max())
            return "infinity";
        Json number = value;
        return number.dump();
    }

    const std::string &m_nodeId;
    const Json &m_params;
};

uint64_t readSeed(const ParamReader &reader)
{
    const Json *value = reader.find("seed");
    if (!value)
        return 42;
    if (!value->is_number_integer())
        reader.fail("seed", "must be an integer");
    return value->is_number_unsigned() ? value->get<uint64_t>() : uint64_t(value->get<int64_t>());
}

std::vector<EventTypeWeight> readEventTypes(const ParamReader &reader)
{
    const Json *value = reader.find("event_types");
    if (!value)
        return GeneratorParams::defaultEventTypes();
    if (!value->is_object() || value->empty())
        reader.fail("event_types", "must be an object of event type names and weights");
    std::vector<EventTypeWeight> types;
    double total = 0;
    for (const auto &[name, weight] : value->items()) {
        if (name.empty())
            reader.fail("event_types", "event type names must not be empty");
        if (!weight.is_number() || !std::isfinite(weight.get<double>()) || weight.get<double>() < 0)
            reader.fail("event_types", "the weight of '" + name + "' must be a number >= 0");
        types.push_back({name, weight.get<double>()});
        total += weight.get<double>();
    }
    if (total <= 0)
        reader.fail("event_types", "at least one weight must be greater than 0");
    return types;
}

std::optional<int64_t> readStartTime(const ParamReader &reader)
{
    const Json *value = reader.find("start_time");
    if (!value)
        return std::nullopt;
    if (!value->is_string())
        reader.fail("start_time", "must be \"now\" or an ISO-8601 date-time");
    const std::string text = value->get<std::string>();
    if (text == "now")
        return std::nullopt;
    const auto ms = parseTimestampMs(text);
    if (!ms || *ms < 0 || *ms >= parseTimestampMs("9000-01-01").value())
        reader.fail("start_time",
                    "'" + text
                        + "' is not \"now\" or an ISO-8601 date-time "
                          "between 1970 and 9000, such as \"2026-11-25T15:42:17Z\"");
    return ms;
}

} // namespace

std::vector<EventTypeWeight> GeneratorParams::defaultEventTypes()
{
    return {{"page_view", 60}, {"click", 25}, {"add_to_cart", 8}, {"purchase", 5}, {"signup", 2}};
}

GeneratorParams GeneratorParams::fromJson(const std::string &nodeId, const Json &params)
{
    const ParamReader reader(nodeId, params);
    constexpr double kHuge = std::numeric_limits<double>::max();
    GeneratorParams p;
    p.seed = readSeed(reader);
    p.rate = reader.number("rate", 10000, 0, 1e9);
    p.count = reader.integer("count", 0, 0, std::numeric_limits<int64_t>::max() / 2);
    p.users = uint64_t(reader.integer("users", 10000, 1, kMaxUsers));
    p.zipf = reader.number("zipf", 1.1, 0, 100);
    p.eventTypes = readEventTypes(reader);
    const double timeRate = reader.number("time_rate", 0, 0, kHuge);
    p.timeRate = timeRate > 0 ? timeRate : p.rate > 0 ? p.rate : 10000;
    p.outOfOrder = reader.number("out_of_order", 0.05, 0, 1);
    p.disorderMs = reader.durationMs("disorder", 120000);
    p.late = reader.number("late", 0.001, 0, 1);
    p.latenessMs = reader.durationMs("lateness", 1800000);
    p.malformed = reader.number("malformed", 0.001, 0, 1);
    if (p.outOfOrder + p.late + p.malformed > 1.0 + 1e-12)
        reader.fail(reader.find("malformed")  ? "malformed"
                        : reader.find("late") ? "late"
                                              : "out_of_order",
                    "out_of_order + late + malformed must not exceed 1");
    p.startTimeMs = readStartTime(reader);
    return p;
}

} // namespace weir
