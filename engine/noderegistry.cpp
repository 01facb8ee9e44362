#include "noderegistry.h"

#include "nodecatalog.h"

#include <charconv>
#include <cmath>

namespace weir {

std::string_view paramTypeName(ParamType type)
{
    switch (type) {
    case ParamType::String:
        return "string";
    case ParamType::Int:
        return "int";
    case ParamType::Double:
        return "double";
    case ParamType::Bool:
        return "bool";
    case ParamType::Duration:
        return "duration";
    case ParamType::Enum:
        return "enum";
    case ParamType::StringList:
        return "list<string>";
    case ParamType::StringDoubleMap:
        return "map<string,double>";
    case ParamType::StringStringMap:
        return "map<string,string>";
    case ParamType::Schema:
        return "schema";
    case ParamType::Aggregates:
        return "aggregates";
    case ParamType::Expression:
        return "expression";
    case ParamType::Path:
        return "path";
    }
    return "unknown";
}

const ParamInfo *NodeTypeInfo::param(std::string_view name) const
{
    for (const ParamInfo &p : params) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const PortInfo *NodeTypeInfo::output(std::string_view name) const
{
    for (const PortInfo &p : outputs) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

NodeRegistry::NodeRegistry()
    : m_settings(pipelineSettingInfos())
{
    for (auto group : {sourceNodeTypes, transformNodeTypes, windowNodeTypes, sinkNodeTypes}) {
        for (NodeTypeInfo &info : group())
            m_types.push_back(std::move(info));
    }
}

const NodeRegistry &NodeRegistry::instance()
{
    static const NodeRegistry registry;
    return registry;
}

const NodeTypeInfo *NodeRegistry::find(std::string_view type) const
{
    for (const NodeTypeInfo &info : m_types) {
        if (info.type == type)
            return &info;
    }
    return nullptr;
}

const std::vector<ParamInfo> &pipelineSettings()
{
    return NodeRegistry::instance().pipelineSettings();
}

static std::string stringMember(const Json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// 0.95 -> "95", 0.999 -> "99_9": the percent with at most six decimals, '.' as '_'.
static std::string percentLabel(double q)
{
    const double percent = std::round(q * 100.0 * 1e6) / 1e6;
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, percent);
    std::string label(text, result.ptr);
    for (char &c : label) {
        if (c == '.')
            c = '_';
    }
    return label;
}

std::string aggregateOutputName(const Json &aggregate)
{
    if (std::string as = stringMember(aggregate, "as"); !as.empty())
        return as;
    const std::string fn = stringMember(aggregate, "fn");
    const std::string field = stringMember(aggregate, "field");
    const auto q = aggregate.find("q"); // end() when aggregate is not an object
    std::string name = fn;
    if (fn == "percentile" && q != aggregate.end() && q->is_number())
        name = "p" + percentLabel(q->get<double>());
    return field.empty() ? name : name + "_" + field;
}

} // namespace weir
