#include "alertthresholds.h"

#include "duration.h"
#include "paramvalidator.h"
#include "spelling.h"

#include <cmath>

namespace weir {

namespace {

const char *kParam = "settings.alerts";

struct Limit
{
    const char *key;
    std::optional<double> AlertThresholds::*field;
    double max; // inclusive
};

const Limit kLimits[] = {
    {"lag_seconds", &AlertThresholds::lagSeconds, 1e9},
    {"error_percent", &AlertThresholds::errorPercent, 100},
    {"latency_p99_ms", &AlertThresholds::latencyP99Ms, 1e9},
};

std::vector<std::string> keys()
{
    std::vector<std::string> names;
    for (const Limit &l : kLimits)
        names.push_back(l.key);
    names.push_back("for");
    return names;
}

void readThreshold(const Limit &limit, const Json &value, AlertThresholds &out,
                   NodeProblems &problems)
{
    const std::string param = std::string(kParam) + "." + limit.key;
    if (!value.is_number()) {
        problems.add(param, "expected a number, got " + describeJson(value));
        return;
    }
    const double v = value.get<double>();
    if (!std::isfinite(v) || v < 0)
        problems.add(param, "must be at least 0, got " + formatNumber(v));
    else if (v > limit.max)
        problems.add(param, "must be at most " + formatNumber(limit.max) + ", got "
                                + formatNumber(v));
    else
        out.*limit.field = v;
}

void readFor(const Json &value, AlertThresholds &out, NodeProblems &problems)
{
    const std::string param = std::string(kParam) + ".for";
    if (!value.is_string()) {
        problems.add(param, "expected a duration such as \"30s\", got " + describeJson(value));
        return;
    }
    const std::string &text = value.get_ref<const std::string &>();
    const std::optional<int64_t> ms = parseDurationMs(text);
    if (!ms)
        problems.add(param, "cannot read duration \"" + text
                                + "\": write a number and a unit, e.g. \"30s\", \"2 minutes\"");
    else if (*ms < 0)
        problems.add(param, "must not be negative, got \"" + text + "\"");
    else
        out.forSeconds = double(*ms) / 1000.0;
}

AlertThresholds read(const Json &settings, NodeProblems &problems)
{
    AlertThresholds out;
    if (!settings.is_object() || !settings.contains("alerts"))
        return out;
    const Json &alerts = settings.at("alerts");
    if (!alerts.is_object()) {
        problems.add(kParam, "expected an object such as {\"lag_seconds\": 30}, got "
                                 + describeJson(alerts));
        return out;
    }
    for (auto it = alerts.begin(); it != alerts.end(); ++it) {
        const Limit *limit = nullptr;
        for (const Limit &l : kLimits)
            limit = it.key() == l.key ? &l : limit;
        if (limit)
            readThreshold(*limit, *it, out, problems);
        else if (it.key() == "for")
            readFor(*it, out, problems);
        else
            problems.add(std::string(kParam) + "." + it.key(),
                         "unknown alert setting '" + it.key() + "'" + didYouMean(it.key(), keys())
                             + "; use one of: " + joinNames(keys()));
    }
    return out;
}

} // namespace

AlertThresholds AlertThresholds::fromSettings(const Json &settings)
{
    std::vector<Problem> found;
    NodeProblems problems("", found);
    AlertThresholds thresholds = read(settings, problems);
    if (!found.empty())
        throw PipelineError(found);
    return thresholds;
}

void AlertThresholds::check(const Json &settings, NodeProblems &problems)
{
    read(settings, problems);
}

} // namespace weir
