#include "paramvalidator.h"

#include "duration.h"
#include "spelling.h"
#include "tablevalidator.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace weir {

namespace {

constexpr size_t kShownValueLength = 40;

const char *kDurationExamples = "write a number and a unit, e.g. \"10 minutes\", \"5m\", \"500ms\"";

std::string durationText(double ms)
{
    return formatDurationMs(int64_t(ms));
}

void checkRange(const ParamInfo &info, double value, const std::string &param,
                NodeProblems &problems, const std::string &what = {})
{
    const bool duration = info.type == ParamType::Duration;
    auto text = [duration](double v) { return duration ? durationText(v) : formatNumber(v); };
    if (info.min && value < *info.min) {
        const bool positive = duration && *info.min == 1;
        problems.add(param, what + (positive ? "must be greater than 0"
                                             : "must be at least " + text(*info.min))
                                + ", got " + text(value));
    } else if (info.max && value > *info.max) {
        problems.add(param, what + "must be at most " + text(*info.max) + ", got "
                                + text(value));
    }
}

bool expect(bool ok, const char *expected, const Json &value, const std::string &param,
            NodeProblems &problems)
{
    if (!ok)
        problems.add(param, std::string("expected ") + expected + ", got " + describeJson(value));
    return ok;
}

void checkText(const ParamInfo &info, const Json &value, const std::string &param,
               NodeProblems &problems)
{
    if (!expect(value.is_string(), "a string", value, param, problems))
        return;
    if (value.get_ref<const std::string &>().empty())
        problems.add(param, info.type == ParamType::Path ? "the path must not be empty"
                                                         : "must not be empty");
}

void checkInt(const ParamInfo &info, const Json &value, const std::string &param,
              NodeProblems &problems)
{
    if (expect(value.is_number_integer(), "a whole number", value, param, problems))
        checkRange(info, value.get<double>(), param, problems);
}

void checkDuration(const ParamInfo &info, const Json &value, const std::string &param,
                   NodeProblems &problems)
{
    if (!expect(value.is_string(), "a duration such as \"10 minutes\"", value, param, problems))
        return;
    const std::string &text = value.get_ref<const std::string &>();
    const std::optional<int64_t> ms = parseDurationMs(text);
    if (!ms)
        problems.add(param, "cannot read duration \"" + text + "\": " + kDurationExamples);
    else
        checkRange(info, double(*ms), param, problems);
}

void checkEnum(const ParamInfo &info, const Json &value, const std::string &param,
               NodeProblems &problems)
{
    if (!expect(value.is_string(), "a string", value, param, problems))
        return;
    const std::string &text = value.get_ref<const std::string &>();
    if (std::find(info.allowed.begin(), info.allowed.end(), text) == info.allowed.end())
        problems.add(param, "\"" + text + "\" is not allowed" + didYouMean(text, info.allowed)
                                + "; use one of: " + joinNames(info.allowed));
}

void checkStringList(const Json &value, const std::string &param, NodeProblems &problems)
{
    if (!expect(value.is_array(), "an array of field names", value, param, problems))
        return;
    std::set<std::string> seen;
    for (const Json &item : value) {
        if (!item.is_string() || item.get_ref<const std::string &>().empty()) {
            problems.add(param, "every entry must be a non-empty string, got "
                                    + describeJson(item));
        } else if (!seen.insert(item.get<std::string>()).second) {
            problems.add(param, "\"" + item.get<std::string>() + "\" is listed twice");
        }
    }
}

void checkMap(const ParamInfo &info, const Json &value, const std::string &param,
              NodeProblems &problems)
{
    const bool numbers = info.type == ParamType::StringDoubleMap;
    if (!expect(value.is_object(), "an object", value, param, problems))
        return;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const std::string what = "\"" + it.key() + "\" ";
        if (it.key().empty())
            problems.add(param, "names must not be empty");
        else if (numbers && !it->is_number())
            problems.add(param, what + "must be a number, got " + describeJson(*it));
        else if (numbers)
            checkRange(info, it->get<double>(), param, problems, what);
        else if (!it->is_string())
            problems.add(param, what + "must be a string, got " + describeJson(*it));
    }
}

std::vector<std::string> namesOf(const std::vector<ParamInfo> &infos)
{
    std::vector<std::string> names;
    for (const ParamInfo &info : infos)
        names.push_back(info.name);
    return names;
}

} // namespace

std::string formatNumber(double value)
{
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

std::string describeJson(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case Json::value_t::string: {
        std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
        if (text.size() > kShownValueLength)
            text = text.substr(0, kShownValueLength) + "...\"";
        return "string " + text;
    }
    default:
        return "number " + value.dump();
    }
}

void validateParamValue(const ParamInfo &info, const Json &value, const std::string &param,
                        NodeProblems &problems)
{
    switch (info.type) {
    case ParamType::String:
    case ParamType::Path:
    case ParamType::Expression:
        return checkText(info, value, param, problems);
    case ParamType::Int:
        return checkInt(info, value, param, problems);
    case ParamType::Double:
        if (expect(value.is_number(), "a number", value, param, problems))
            checkRange(info, value.get<double>(), param, problems);
        return;
    case ParamType::Bool:
        expect(value.is_boolean(), "true or false", value, param, problems);
        return;
    case ParamType::Duration:
        return checkDuration(info, value, param, problems);
    case ParamType::Enum:
        return checkEnum(info, value, param, problems);
    case ParamType::StringList:
        return checkStringList(value, param, problems);
    case ParamType::StringDoubleMap:
    case ParamType::StringStringMap:
        return checkMap(info, value, param, problems);
    case ParamType::Schema:
        return validateSchemaTable(value, param, problems);
    case ParamType::Aggregates:
        return validateAggregatesTable(value, param, problems);
    }
}

void validateParams(const std::vector<ParamInfo> &infos, const Json &params,
                    NodeProblems &problems, const std::string &prefix)
{
    if (!params.is_object()) {
        problems.add(prefix.empty() ? "params" : prefix.substr(0, prefix.size() - 1),
                     "expected an object of parameters, got " + describeJson(params));
        return;
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        const std::string param = prefix + it.key();
        const auto info = std::find_if(infos.begin(), infos.end(),
                                       [&](const ParamInfo &p) { return p.name == it.key(); });
        if (info == infos.end())
            problems.add(param, "unknown parameter \"" + it.key() + "\""
                                    + didYouMean(it.key(), namesOf(infos))
                                    + "; known: " + joinNames(namesOf(infos)));
        else
            validateParamValue(*info, *it, param, problems);
    }
    for (const ParamInfo &info : infos) {
        if (info.required && !params.contains(info.name))
            problems.add(prefix + info.name, "missing required parameter \"" + info.name + "\"");
    }
}

} // namespace weir
