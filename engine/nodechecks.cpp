#include "nodechecks.h"

#include "duration.h"
#include "kafkaconfig.h"
#include "timestamp.h"
#include "noderegistry.h"
#include "paramvalidator.h"
#include "windowconfig.h"

#include <algorithm>
#include <charconv>
#include <set>

namespace weir {

namespace {

std::optional<int64_t> durationAt(const Json &params, const char *key)
{
    const auto it = params.find(key);
    if (it == params.end() || !it->is_string())
        return std::nullopt;
    return parseDurationMs(it->get_ref<const std::string &>());
}

void checkSlide(const Json &params, NodeProblems &problems)
{
    const std::optional<int64_t> size = durationAt(params, "size");
    const std::optional<int64_t> slide = durationAt(params, "slide");
    if (size && slide && *slide > *size)
        problems.add("slide", "slide (" + formatDurationMs(*slide)
                                  + ") must not be longer than size (" + formatDurationMs(*size)
                                  + "): records between windows would be lost");
    else if (size && slide && *slide > 0 && *size / *slide > kMaxWindowsPerRecord)
        problems.add("slide", "puts every record in " + std::to_string(*size / *slide)
                                  + " windows; at most " + std::to_string(kMaxWindowsPerRecord)
                                  + " are supported: make slide longer");
}

// An aggregate may not take a name the window already gives a column.
void checkWindowColumns(const Json &params, NodeProblems &problems)
{
    std::set<std::string> taken{"window_start", "window_end"};
    const auto groupBy = params.find("group_by");
    if (groupBy != params.end() && groupBy->is_array()) {
        for (const Json &name : *groupBy) {
            if (!name.is_string())
                continue;
            if (name == "window_start" || name == "window_end")
                problems.add("group_by", "'" + name.get<std::string>()
                                             + "' is already a column of the window's output");
            taken.insert(name.get<std::string>());
        }
    }
    const auto aggregates = params.find("aggregates");
    if (aggregates == params.end() || !aggregates->is_array())
        return;
    for (const Json &aggregate : *aggregates) {
        const std::string name = aggregateOutputName(aggregate);
        if (!name.empty() && taken.contains(name))
            problems.add("aggregates", "the aggregate column '" + name
                                           + "' clashes with a window or group_by column; "
                                             "give it a different \"as\"");
    }
}

double numberAt(const Json &params, const char *key, double fallback)
{
    const auto it = params.find(key);
    return it != params.end() && it->is_number() ? it->get<double>() : fallback;
}

bool isPlausibleStart(const std::string &text)
{
    static const int64_t end = parseTimestampMs("9000-01-01").value_or(0);
    const std::optional<int64_t> ms = parseTimestampMs(text);
    return text == "now" || (ms && *ms >= 0 && *ms < end);
}

void checkGenerator(const Json &params, NodeProblems &problems)
{
    const auto weights = params.find("event_types");
    if (weights != params.end() && weights->is_object()) {
        double total = 0;
        for (const Json &weight : *weights)
            total += weight.is_number() ? std::max(0.0, weight.get<double>()) : 0.0;
        if (total <= 0)
            problems.add("event_types", "needs at least one event type with a positive weight");
    }
    const double shares = numberAt(params, "out_of_order", 0.05) + numberAt(params, "late", 0.001)
        + numberAt(params, "malformed", 0.001);
    if (shares > 1.0 + 1e-12)
        problems.add("out_of_order", "out_of_order + late + malformed is " + formatNumber(shares)
                                         + "; together they must not exceed 1");
    const auto start = params.find("start_time");
    if (start != params.end() && start->is_string()
        && !start->get_ref<const std::string &>().empty()
        && !isPlausibleStart(start->get<std::string>()))
        problems.add("start_time", "\"" + start->get<std::string>()
                                       + "\" is neither \"now\" nor an ISO-8601 time between "
                                         "1970 and 9000, such as \"2024-05-01T12:00:00Z\"");
}

bool isHostPort(const std::string &address)
{
    const size_t colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == address.size())
        return false;
    int port = -1;
    const char *end = address.data() + address.size();
    const auto result = std::from_chars(address.data() + colon + 1, end, port);
    return result.ptr == end && port >= 0 && port <= 65535;
}

} // namespace

void checkNodeSpecifics(const NodeSpec &node, NodeProblems &problems)
{
    if (!node.params.is_object())
        return;
    if (node.type == "source.generator")
        checkGenerator(node.params, problems);
    if (node.type.starts_with("window."))
        checkWindowColumns(node.params, problems);
    if (node.type == "window.sliding")
        checkSlide(node.params, problems);
    if (node.type == "source.kafka" || node.type == "sink.kafka") {
        for (Problem &problem : checkKafkaConfig(node.id, node.params))
            problems.add(std::move(problem.param), std::move(problem.message));
    }
}

void checkSettingsSpecifics(const Json &settings, NodeProblems &problems)
{
    const auto address = settings.find("metrics_addr");
    if (address != settings.end() && address->is_string()
        && !address->get_ref<const std::string &>().empty()
        && !isHostPort(address->get<std::string>()))
        problems.add("settings.metrics_addr", "\"" + address->get<std::string>()
                                                  + "\" is not host:port, e.g. 127.0.0.1:9464");
}

} // namespace weir
