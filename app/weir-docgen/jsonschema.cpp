#include "jsonschema.h"

#include "nodecatalog.h"
#include "noderegistry.h"

#include <cctype>

namespace weir {

namespace {

// The units parseDurationMs reads (engine/duration.cpp), any case.
constexpr const char *kDurationUnits[] = {
    "ms",      "milli",  "millis",  "millisecond", "milliseconds", "s",     "sec",
    "secs",    "second", "seconds", "m",           "min",          "mins",  "minute",
    "minutes", "h",      "hr",      "hrs",         "hour",         "hours", "d",
    "day",     "days",   "w",       "week",        "weeks",
};

std::string anyCase(const std::string &word)
{
    std::string out;
    for (const char c : word) {
        const char lower = char(std::tolower(static_cast<unsigned char>(c)));
        out += std::string("[") + lower + char(std::toupper(static_cast<unsigned char>(c))) + "]";
    }
    return out;
}

Json durationDef()
{
    std::string units;
    for (const char *unit : kDurationUnits)
        units += (units.empty() ? "" : "|") + anyCase(unit);
    return {{"type", "string"},
            {"description",
             "A number and a unit: \"10 minutes\", \"5m\", \"500ms\", \"1.5s\", "
             "\"2 hours\". Units (any case): ms, s, m, h, d, w and their long "
             "forms."},
            {"pattern", "^\\s*(interval\\s+)?[0-9.]+\\s*(" + units + ")\\s*$"},
            {"examples", Json::array({"10 minutes", "5m", "500ms", "1.5s", "2 hours"})}};
}

// The shapes the validator checks beyond a parameter's table row (engine/tablevalidator.cpp).
Json staticDefs()
{
    return Json::parse(R"({
  "fieldList": {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": true},
  "position": {
    "type": "object", "required": ["x", "y"], "additionalProperties": false,
    "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
    "description": "Where the canvas draws the node."
  },
  "edge": {
    "type": "object", "required": ["from", "to"], "additionalProperties": false,
    "properties": {
      "from": {"type": "string", "description": "The id of the sending node."},
      "port": {"enum": ["out", "errors", "late"], "default": "out",
               "description": "The output port of the sending node."},
      "to": {"type": "string", "description": "The id of the receiving node."}
    }
  },
  "schemaField": {
    "type": "object", "required": ["name", "type"], "additionalProperties": false,
    "properties": {
      "name": {"type": "string", "minLength": 1},
      "type": {"enum": ["string", "int", "double", "bool", "timestamp", "map<string,string>",
                        "map"]},
      "required": {"type": "boolean", "default": true},
      "default": {"description": "Used when an optional field is missing; of the field's type."}
    },
    "if": {"required": ["default"]},
    "then": {"required": ["required"], "properties": {"required": {"const": false}}}
  },
  "aggregate": {
    "type": "object", "required": ["fn"], "additionalProperties": false,
    "properties": {
      "fn": {"enum": ["count", "count_distinct", "approx_count_distinct", "sum", "min", "max",
                      "avg", "percentile"]},
      "field": {"type": "string", "minLength": 1},
      "as": {"type": "string", "minLength": 1,
             "description": "The output column; default fn, fn_field, or p<q*100>_field for percentile."},
      "q": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}
    },
    "allOf": [
      {"if": {"properties": {"fn": {"const": "percentile"}}},
       "then": {"required": ["q"]}, "else": {"not": {"required": ["q"]}}},
      {"if": {"properties": {"fn": {"const": "count"}}}, "else": {"required": ["field"]}}
    ]
  }
})");
}

void addRange(Json &schema, const ParamInfo &param)
{
    if (param.min)
        schema["minimum"] = *param.min;
    if (param.max)
        schema["maximum"] = *param.max;
}

// A parameter's value as the validator accepts it (engine/paramvalidator.cpp).
Json valueSchema(const ParamInfo &param)
{
    Json schema = Json::object();
    switch (param.type) {
    case ParamType::String:
    case ParamType::Path:
    case ParamType::Expression:
        return {{"type", "string"}, {"minLength", 1}};
    case ParamType::Int:
        schema["type"] = "integer";
        addRange(schema, param);
        return schema;
    case ParamType::Double:
        schema["type"] = "number";
        addRange(schema, param);
        return schema;
    case ParamType::Bool:
        return {{"type", "boolean"}};
    case ParamType::Duration:
        return {{"$ref", "#/$defs/duration"}};
    case ParamType::Enum:
        return {{"enum", param.allowed}};
    case ParamType::StringList:
        schema["$ref"] = "#/$defs/fieldList";
        if (param.required)
            schema["minItems"] = 1;
        return schema;
    case ParamType::StringDoubleMap: {
        Json values = {{"type", "number"}};
        addRange(values, param);
        return {{"type", "object"},
                {"additionalProperties", values},
                {"propertyNames", {{"minLength", 1}}}};
    }
    case ParamType::StringStringMap:
        return {{"type", "object"},
                {"additionalProperties", {{"type", "string"}}},
                {"propertyNames", {{"minLength", 1}}}};
    case ParamType::Schema:
        return {{"type", "array"}, {"minItems", 1}, {"items", {{"$ref", "#/$defs/schemaField"}}}};
    case ParamType::Aggregates:
        return {{"type", "array"}, {"items", {{"$ref", "#/$defs/aggregate"}}}};
    }
    return schema;
}

Json paramSchema(const ParamInfo &param)
{
    Json schema = valueSchema(param);
    schema["description"]
        = param.unit.empty() ? param.help : param.help + " Unit: " + param.unit + ".";
    if (!param.defaultValue.is_null())
        schema["default"] = param.defaultValue;
    if (param.name == "metrics_addr")
        schema["pattern"] = "^.+:[0-9]{1,5}$"; // as nodechecks.cpp reads host:port
    return schema;
}

// `prefix` is cut off the names: the alert settings are named "alerts.lag_seconds".
Json objectOf(const std::vector<ParamInfo> &params, const std::string &prefix = {})
{
    Json properties = Json::object();
    Json required = Json::array();
    for (const ParamInfo &param : params) {
        const std::string name = param.name.substr(prefix.size());
        properties[name] = paramSchema(param);
        if (param.required)
            required.push_back(name);
    }
    Json object = {{"type", "object"}, {"additionalProperties", false}, {"properties", properties}};
    if (!required.empty())
        object["required"] = required;
    return object;
}

Json settingsSchema()
{
    Json settings = objectOf(pipelineSettings());
    Json alerts = objectOf(alertSettingInfos(), "alerts.");
    alerts["description"] = "The monitor's alert thresholds.";
    settings["properties"]["alerts"] = alerts;
    settings["description"] = "How the pipeline runs.";
    return settings;
}

Json nodeSchema(Json &defs)
{
    Json types = Json::array();
    Json cases = Json::array();
    for (const NodeTypeInfo &type : NodeRegistry::instance().types()) {
        types.push_back(type.type);
        Json params = objectOf(type.params);
        params["description"] = type.title + ": " + type.description;
        defs["params." + type.type] = params;
        Json then = {{"properties", {{"params", {{"$ref", "#/$defs/params." + type.type}}}}}};
        if (params.contains("required"))
            then["required"] = Json::array({"params"});
        cases.push_back(
            {{"if", {{"properties", {{"type", {{"const", type.type}}}}}}}, {"then", then}});
    }
    return {{"type", "object"},
            {"required", Json::array({"id", "type"})},
            {"additionalProperties", false},
            {"properties",
             {{"id",
               {{"type", "string"}, {"minLength", 1}, {"description", "Unique within the file."}}},
              {"type", {{"enum", types}}},
              {"params", {{"type", "object"}}},
              {"position", {{"$ref", "#/$defs/position"}}}}},
            {"allOf", cases}};
}

} // namespace

std::string pipelineJsonSchema()
{
    Json defs = {{"duration", durationDef()}};
    const Json shapes = staticDefs();
    for (const auto &[name, def] : shapes.items())
        defs[name] = def;
    const Json node = nodeSchema(defs);
    defs["node"] = node;
    const Json schema = {
        {"$schema", "https://json-schema.org/draft/2020-12/schema"},
        {"title", "Weir pipeline (*.weir.json)"},
        {"description",
         "A Weir stream-processing pipeline: nodes, the edges between their "
         "ports, and run settings. See pipeline-format.md and nodes.md. "
         "Generated by weir-docgen --json-schema from the engine's node "
         "registry. The engine's validator checks more than this schema can "
         "(edges to existing nodes, cycles, fields that exist upstream)."},
        {"type", "object"},
        {"required", Json::array({"format", "version", "nodes"})},
        {"additionalProperties", false},
        {"properties",
         {{"format",
           {{"const", "weir-pipeline"}, {"description", "Marks the file as a Weir pipeline."}}},
          {"version",
           {{"const", Pipeline::kFormatVersion}, {"description", "The file format version."}}},
          {"name", {{"type", "string"}, {"description", "The pipeline's name."}}},
          {"description", {{"type", "string"}, {"description", "Free text about the pipeline."}}},
          {"settings", settingsSchema()},
          {"nodes", {{"type", "array"}, {"items", {{"$ref", "#/$defs/node"}}}}},
          {"edges", {{"type", "array"}, {"items", {{"$ref", "#/$defs/edge"}}}}}}},
        {"$defs", defs},
    };
    return schema.dump(2) + "\n";
}

} // namespace weir
