#pragma once

#include "pipeline.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

// How a parameter's value is written in the file, and so which editor a form shows for it.
enum class ParamType {
    String,          // JSON string
    Int,             // JSON integer
    Double,          // JSON number
    Bool,            // true / false
    Duration,        // string parsed by parseDurationMs: "10 minutes", "5m", "500ms"
    Enum,            // string, one of ParamInfo::allowed
    StringList,      // array of strings (field names: group_by, key)
    StringDoubleMap, // object of name -> number (event_types weights)
    StringStringMap, // object of name -> string (client properties)
    Schema,          // array of {name, type, required, default} (transform.parse_json)
    Aggregates,      // array of {fn, field, as, q} (windows)
    Expression,      // string in the filter expression language
    Path,            // string naming a file
};

std::string_view paramTypeName(ParamType type);

// One parameter of a node type (or one pipeline setting).
struct ParamInfo
{
    std::string name = {};
    ParamType type = ParamType::String;
    Json defaultValue = {};                // null when there is none (required, or "not set")
    std::vector<std::string> allowed = {}; // the values of an Enum
    std::string unit = {};                 // shown next to the editor: "events/s", "fraction"
    std::string help = {};                 // one or two sentences for tooltips and the docs
    bool required = false;
    std::optional<double> min = {};        // inclusive; for a Duration in milliseconds
    std::optional<double> max = {};
};

// A named output of a node: out, errors, late.
struct PortInfo
{
    std::string name;
    std::string help;
};

struct NodeTypeInfo
{
    std::string type = {};        // "window.sliding"
    std::string category = {};    // "source" | "transform" | "window" | "sink"
    std::string title = {};       // "Sliding window"
    std::string description = {}; // what the node does, one paragraph
    std::string icon = {};        // icon name, resources/icons/<icon>.svg
    bool hasInput = true;         // sources have none
    std::vector<PortInfo> outputs = {};
    std::vector<ParamInfo> params = {};

    const ParamInfo *param(std::string_view name) const;
    const PortInfo *output(std::string_view name) const;
};

// Every node type the engine can run, with its parameters. Property forms, the
// validator and the docs are all built from this one table.
class NodeRegistry
{
public:
    static const NodeRegistry &instance();

    const NodeTypeInfo *find(std::string_view type) const;
    const std::vector<NodeTypeInfo> &types() const { return m_types; }
    // The keys of a pipeline's "settings" object.
    const std::vector<ParamInfo> &pipelineSettings() const { return m_settings; }

private:
    NodeRegistry();

    std::vector<NodeTypeInfo> m_types;
    std::vector<ParamInfo> m_settings;
};

// Shorthand for NodeRegistry::instance().pipelineSettings().
const std::vector<ParamInfo> &pipelineSettings();

// The column name a window gives an aggregate: its "as", else fn ("count"),
// fn_field ("sum_amount"), or for a percentile p<q*100>_field ("p95_latency",
// "p99_9_latency" for q = 0.999).
std::string aggregateOutputName(const Json &aggregate);

} // namespace weir
