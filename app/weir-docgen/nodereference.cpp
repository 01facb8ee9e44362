#include "nodereference.h"

#include "nodecatalog.h"
#include "noderegistry.h"

#include <charconv>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

namespace weir {

namespace {

struct Category
{
    const char *id;
    const char *heading;
};

constexpr Category kCategories[] = {
    {"source", "Sources"},
    {"transform", "Transforms"},
    {"window", "Windows"},
    {"sink", "Sinks"},
};

// The prose of the format reference that goes with a node type: what a table of
// parameters cannot say. tst_generateddocs checks that these anchors exist.
using SeeAlso = std::vector<std::pair<const char *, const char *>>;

const std::map<std::string, SeeAlso> &seeAlso()
{
    static const std::map<std::string, SeeAlso> links = {
        {"source.generator", {{"the generator's events", "the-generators-events"}}},
        {"source.file", {{"paths", "paths"}}},
        {"source.kafka",
         {{"group modes", "reading-group-modes"},
          {"backpressure and memory", "backpressure-and-memory"},
          {"positions and librdkafka defaults", "positions-and-librdkafka-defaults"},
          {"refused config keys", "refused-config-keys"}}},
        {"transform.parse_json", {{"schemas", "schemas"}}},
        {"transform.filter", {{"filter expressions", "filter-expressions"}}},
        {"transform.watermark", {{"event time and watermarks", "event-time-and-watermarks"}}},
        {"window.tumbling",
         {{"window output", "window-output"},
          {"aggregates", "aggregates"},
          {"output modes", "output-modes"}}},
        {"window.sliding",
         {{"window output", "window-output"},
          {"aggregates", "aggregates"},
          {"output modes", "output-modes"}}},
        {"window.session",
         {{"window output", "window-output"},
          {"aggregates", "aggregates"},
          {"output modes", "output-modes"}}},
        {"sink.sqlite", {{"exactly-once sinks", "exactly-once-sinks"}}},
        {"sink.file", {{"exactly-once sinks", "exactly-once-sinks"}}},
        {"sink.kafka",
         {{"delivery", "producing-delivery"},
          {"transactions", "transactions"},
          {"skewed keys", "skewed-keys"},
          {"refused config keys", "refused-config-keys"}}},
    };
    return links;
}

// Registry text inside a table cell: a '|' would end the cell, and a '*' pair (as in
// "*.cmd ... test.*") would turn into emphasis.
std::string cell(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|' || c == '*' || c == '\\')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string code(const std::string &text)
{
    return "`" + cell(text) + "`";
}

std::string number(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

std::string bound(const ParamInfo &param, const std::optional<double> &value)
{
    if (!value)
        return "";
    return param.type == ParamType::Duration ? number(*value) + " ms" : number(*value);
}

std::string defaultText(const ParamInfo &param)
{
    if (param.required)
        return "";
    if (param.defaultValue.is_null())
        return "not set";
    return code(param.defaultValue.dump());
}

std::string allowedText(const ParamInfo &param)
{
    std::string out;
    for (const std::string &value : param.allowed)
        out += (out.empty() ? "" : ", ") + code(value);
    return out;
}

std::string paramTable(const std::vector<ParamInfo> &params)
{
    std::string out = "| name | type | default | unit | allowed values | min | max | required "
                      "| help |\n"
                      "|---|---|---|---|---|---|---|---|---|\n";
    for (const ParamInfo &p : params) {
        out += "| " + code(p.name) + " | " + code(std::string(paramTypeName(p.type))) + " | "
            + defaultText(p) + " | " + cell(p.unit) + " | " + allowedText(p) + " | "
            + bound(p, p.min) + " | " + bound(p, p.max) + " | " + (p.required ? "yes" : "no")
            + " | " + cell(p.help) + " |\n";
    }
    return out;
}

// GitHub's anchor of a "### `type`" heading: the text, lower case, without the dots.
std::string anchorOf(const std::string &type)
{
    std::string out;
    for (const char c : type) {
        if (c != '.')
            out += c;
    }
    return out;
}

std::string portList(const NodeTypeInfo &type)
{
    if (type.outputs.empty())
        return "Output ports: none (a sink).\n\n";
    std::string out = "| output port | what it carries |\n|---|---|\n";
    for (const PortInfo &port : type.outputs)
        out += "| " + code(port.name) + " | " + cell(port.help) + " |\n";
    return out + "\n";
}

std::string seeAlsoLine(const std::string &type)
{
    const auto it = seeAlso().find(type);
    if (it == seeAlso().end())
        return {};
    std::string out = "More in the format reference: ";
    const char *separator = "";
    for (const auto &[label, anchor] : it->second) {
        out += std::string(separator) + "[" + label + "](pipeline-format.md#" + anchor + ")";
        separator = ", ";
    }
    return out + ".\n\n";
}

std::string typeSection(const NodeTypeInfo &type)
{
    std::string out = "### " + code(type.type) + "\n\n";
    out += "**" + type.title + "**. " + type.description + "\n\n";
    out += type.hasInput ? "Input: yes (any number of edges may feed it).\n\n"
                         : "Input: none (a source).\n\n";
    out += portList(type);
    out += type.params.empty() ? std::string("No parameters.\n\n")
                               : "Parameters:\n\n" + paramTable(type.params) + "\n";
    return out + seeAlsoLine(type.type);
}

std::string contents()
{
    std::string out;
    for (const Category &category : kCategories) {
        out += std::string("- [") + category.heading + "](#" + category.id + "s):";
        const char *separator = " ";
        for (const NodeTypeInfo &type : NodeRegistry::instance().types()) {
            if (type.category == category.id) {
                out += separator + std::string("[`") + type.type + "`](#" + anchorOf(type.type)
                    + ")";
                separator = ", ";
            }
        }
        out += "\n";
    }
    return out + "- [Pipeline settings](#pipeline-settings)\n\n";
}

std::string settingsSection()
{
    return "## Pipeline settings\n\n"
           "The keys of the top-level `settings` object (see "
           "[Settings](pipeline-format.md#settings)):\n\n"
        + paramTable(pipelineSettings())
        + "\n### `settings.alerts`\n\n"
          "The monitor's alert thresholds, an object inside `settings`, e.g. `\"alerts\": "
          "{\"lag_seconds\": 30, \"for\": \"1m\"}` (`weir-run --alert-rules FILE` writes "
          "them as Prometheus alerting rules):\n\n"
        + paramTable(alertSettingInfos()) + "\n";
}

} // namespace

std::string nodeReferenceMarkdown()
{
    std::string out
        = "<!-- Generated by weir-docgen from the engine's node registry: do not edit.\n"
          "     Regenerate with: weir-docgen --node-reference docs/nodes.md\n"
          "     tests/docs/tst_generateddocs fails when this file is out of date. -->\n"
          "# Node reference\n\n"
          "Every node type the engine runs, with its ports and parameters, as the engine's "
          "node registry (`engine/nodecatalog.cpp`) defines them: the designer's palette and "
          "property forms, the validator and this page are all built from that one table. "
          "How nodes, edges and settings are written in a pipeline file is in "
          "[pipeline-format.md](pipeline-format.md); parameter types are explained under "
          "[Parameter types](pipeline-format.md#parameter-types), durations under "
          "[Durations](pipeline-format.md#durations).\n\n"
          "A parameter that is not required and is left out takes its default (\"not set\": "
          "no value). Minimum and maximum are inclusive; for durations they are in "
          "milliseconds.\n\n";
    out += contents();
    for (const Category &category : kCategories) {
        out += std::string("## ") + category.heading + "\n\n";
        for (const NodeTypeInfo &type : NodeRegistry::instance().types()) {
            if (type.category == category.id)
                out += typeSection(type);
        }
    }
    out += settingsSection();
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

} // namespace weir
