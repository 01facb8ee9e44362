#include "tablevalidator.h"

#include "fieldtype.h"
#include "timestamp.h"
#include "noderegistry.h"
#include "paramvalidator.h"
#include "spelling.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace weir {

namespace {

const std::vector<std::string> kSchemaKeys{"name", "type", "required", "default"};
const std::vector<std::string> kAggregateKeys{"fn", "field", "as", "q"};

const std::vector<std::string> &fieldTypeNames()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> list;
        for (FieldType t : {FieldType::String, FieldType::Int, FieldType::Double,
                            FieldType::Bool, FieldType::Timestamp, FieldType::Map})
            list.emplace_back(fieldTypeName(t));
        return list;
    }();
    return names;
}

std::string entryLabel(const char *kind, size_t index)
{
    return std::string(kind) + " " + std::to_string(index + 1);
}

// Adds a problem and returns false when `key` of `entry` is present but not a non-empty
// string; `text` receives the string.
bool readText(const Json &entry, const char *key, std::string &text, const std::string &label,
              const std::string &param, NodeProblems &problems)
{
    const auto it = entry.find(key);
    if (it == entry.end())
        return true;
    if (!it->is_string() || it->get_ref<const std::string &>().empty()) {
        problems.add(param, label + ": \"" + key + "\" must be a non-empty string, got "
                                + describeJson(*it));
        return false;
    }
    text = it->get<std::string>();
    return true;
}

void checkKeys(const Json &entry, const std::vector<std::string> &known,
               const std::string &label, const std::string &param, NodeProblems &problems)
{
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            problems.add(param, label + ": unknown key \"" + it.key() + "\""
                                    + didYouMean(it.key(), known) + "; use "
                                    + joinNames(known));
    }
}

bool defaultMatches(FieldType type, const Json &value)
{
    switch (type) {
    case FieldType::String:
        return value.is_string();
    case FieldType::Int:
        return value.is_number_integer()
            || (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>());
    case FieldType::Double:
        return value.is_number();
    case FieldType::Bool:
        return value.is_boolean();
    case FieldType::Timestamp:
        return value.is_number_integer()
            || (value.is_string() && parseTimestampMs(value.get_ref<const std::string &>()));
    case FieldType::Map:
        return value.is_object()
            && std::all_of(value.begin(), value.end(), [](const Json &v) { return v.is_string(); });
    }
    return false;
}

void checkDefault(const Json &entry, std::optional<FieldType> type, const std::string &label,
                  const std::string &param, NodeProblems &problems)
{
    const auto value = entry.find("default");
    if (value == entry.end())
        return;
    const auto required = entry.find("required");
    if (required == entry.end() || *required == true)
        problems.add(param, label + " has a default but is required: set \"required\": false "
                                    "to use the default for records without it");
    if (type && !value->is_null() && !defaultMatches(*type, *value))
        problems.add(param, label + ": the default " + describeJson(*value) + " is not a "
                                + std::string(fieldTypeName(*type)));
}

void checkSchemaEntry(const Json &entry, size_t index, std::set<std::string> &names,
                      const std::string &param, NodeProblems &problems)
{
    std::string label = entryLabel("field", index);
    if (!entry.is_object()) {
        problems.add(param, label + " must be an object with \"name\" and \"type\", got "
                                + describeJson(entry));
        return;
    }
    std::string name;
    if (!entry.contains("name"))
        problems.add(param, label + ": missing \"name\"");
    else if (readText(entry, "name", name, label, param, problems))
        label = "field '" + name + "'";
    if (!name.empty() && !names.insert(name).second)
        problems.add(param, label + " is declared twice");
    std::string typeName;
    std::optional<FieldType> type;
    if (!entry.contains("type"))
        problems.add(param, label + ": missing \"type\"");
    else if (readText(entry, "type", typeName, label, param, problems))
        type = fieldTypeFromName(typeName);
    if (!typeName.empty() && !type)
        problems.add(param, label + ": unknown type \"" + typeName + "\""
                                + didYouMean(typeName, fieldTypeNames()) + "; use one of: "
                                + joinNames(fieldTypeNames()));
    if (entry.contains("required") && !entry["required"].is_boolean())
        problems.add(param, label + ": \"required\" must be true or false, got "
                                + describeJson(entry["required"]));
    checkDefault(entry, type, label, param, problems);
    checkKeys(entry, kSchemaKeys, label, param, problems);
}

void checkQuantile(const Json &entry, const std::string &fn, const std::string &label,
                   const std::string &param, NodeProblems &problems)
{
    const auto q = entry.find("q");
    if (fn != "percentile") {
        if (q != entry.end() && !fn.empty())
            problems.add(param, label + ": \"q\" only applies to percentile, not " + fn);
        return;
    }
    if (q == entry.end())
        problems.add(param, label + ": percentile needs \"q\", e.g. 0.95");
    else if (!q->is_number() || q->get<double>() <= 0 || q->get<double>() >= 1)
        problems.add(param, label + ": q must be between 0 and 1 (exclusive), got "
                                + describeJson(*q));
}

void checkAggregateEntry(const Json &entry, size_t index, std::set<std::string> &outputs,
                         const std::string &param, NodeProblems &problems)
{
    const std::string label = entryLabel("aggregate", index);
    if (!entry.is_object()) {
        problems.add(param, label + " must be an object with \"fn\", got " + describeJson(entry));
        return;
    }
    std::string fn;
    const auto &known = aggregateFunctions();
    if (!entry.contains("fn")) {
        problems.add(param, label + ": missing \"fn\"; use one of: " + joinNames(known));
    } else if (readText(entry, "fn", fn, label, param, problems)
               && std::find(known.begin(), known.end(), fn) == known.end()) {
        problems.add(param, label + ": unknown function \"" + fn + "\"" + didYouMean(fn, known)
                                + "; use one of: " + joinNames(known));
        fn.clear(); // what else the entry needs is unknown
    }
    std::string field, as;
    const bool fieldReadable = readText(entry, "field", field, label, param, problems);
    if (fieldReadable && field.empty() && !fn.empty() && fn != "count")
        problems.add(param, label + ": " + fn + " needs a \"field\" to aggregate");
    checkQuantile(entry, fn, label, param, problems);
    readText(entry, "as", as, label, param, problems);
    checkKeys(entry, kAggregateKeys, label, param, problems);
    const std::string output = aggregateOutputName(entry);
    if (!output.empty() && !outputs.insert(output).second)
        problems.add(param, label + ": another aggregate already produces the column '" + output
                                + "'; give one of them a different \"as\"");
}

} // namespace

const std::vector<std::string> &aggregateFunctions()
{
    static const std::vector<std::string> functions{
        "count", "count_distinct", "approx_count_distinct", "sum", "min", "max", "avg",
        "percentile"};
    return functions;
}

void validateSchemaTable(const Json &value, const std::string &param, NodeProblems &problems)
{
    if (!value.is_array()) {
        problems.add(param, "expected an array of fields, got " + describeJson(value));
        return;
    }
    if (value.empty())
        problems.add(param, "the schema needs at least one field");
    std::set<std::string> names;
    for (size_t i = 0; i < value.size(); ++i)
        checkSchemaEntry(value[i], i, names, param, problems);
}

void validateAggregatesTable(const Json &value, const std::string &param,
                             NodeProblems &problems)
{
    if (!value.is_array()) {
        problems.add(param, "expected an array of aggregates, got " + describeJson(value));
        return;
    }
    std::set<std::string> outputs;
    for (size_t i = 0; i < value.size(); ++i)
        checkAggregateEntry(value[i], i, outputs, param, problems);
}

} // namespace weir
