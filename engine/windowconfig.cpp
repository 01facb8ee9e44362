#include "windowconfig.h"

#include "duration.h"
#include "hash64.h"
#include "problem.h"

#include <algorithm>

namespace weir {

namespace {

int64_t durationParam(const std::string &node, const Json &params, const char *name)
{
    const auto value = params.find(name);
    if (value == params.end() || value->is_null())
        throw PipelineError(node, name, "is required, e.g. \"10 minutes\"");
    std::optional<int64_t> ms;
    if (value->is_string())
        ms = parseDurationMs(value->get<std::string>());
    else if (value->is_number_integer())
        ms = value->get<int64_t>();
    if (!ms)
        throw PipelineError(node, name,
                            "is not a duration: " + value->dump()
                                + " (write e.g. \"10 minutes\", \"30s\", \"500ms\")");
    if (*ms <= 0)
        throw PipelineError(node, name, "must be longer than 0");
    return *ms;
}

OutputMode outputModeParam(const std::string &node, const Json &params)
{
    const auto value = params.find("output_mode");
    if (value == params.end() || value->is_null())
        return OutputMode::Update;
    const std::string text = value->is_string() ? value->get<std::string>() : value->dump();
    if (text == "append")
        return OutputMode::Append;
    if (text == "update")
        return OutputMode::Update;
    if (text == "complete")
        return OutputMode::Complete;
    throw PipelineError(node, "output_mode",
                        "unknown mode '" + text + "' (append, update or complete)");
}

void readGroupBy(const std::string &node, const Json &params, WindowConfig &config)
{
    const auto value = params.find("group_by");
    if (value == params.end() || value->is_null())
        return;
    if (!value->is_array())
        throw PipelineError(node, "group_by", "must be an array of field names");
    for (const Json &item : *value) {
        if (!item.is_string())
            throw PipelineError(node, "group_by", "must be an array of field names");
        const std::string name = item.get<std::string>();
        const int field = config.input->indexOf(name);
        if (field < 0)
            throw PipelineError(node, "group_by", "no field '" + name + "' in the input");
        if (std::find(config.groupFields.begin(), config.groupFields.end(), field)
            != config.groupFields.end())
            throw PipelineError(node, "group_by", "'" + name + "' is listed twice");
        if (name == "window_start" || name == "window_end")
            throw PipelineError(node, "group_by", "'" + name + "' is the window's own column");
        config.groupFields.push_back(field);
        config.groupTypes.push_back(config.input->at(size_t(field)).type);
    }
}

SchemaPtr outputSchema(const std::string &node, const WindowConfig &config)
{
    std::vector<Field> fields {{"window_start", FieldType::Timestamp},
                               {"window_end", FieldType::Timestamp}};
    for (int field : config.groupFields)
        fields.push_back(config.input->at(size_t(field)));
    for (const AggregateSpec &spec : config.specs) {
        for (const Field &existing : fields) {
            if (existing.name == spec.name)
                throw PipelineError(node, "aggregates",
                                    "output column '" + spec.name
                                        + "' is already a window or group_by column; set \"as\"");
        }
        fields.push_back({spec.name, spec.outputType});
    }
    return makeSchema(std::move(fields), 2 + config.groupFields.size());
}

uint64_t fingerprintOf(const WindowConfig &config)
{
    std::string text = std::to_string(int(config.kind)) + "/" + std::to_string(config.size) + "/"
        + std::to_string(config.slide) + "/" + std::to_string(config.gap);
    for (FieldType type : config.groupTypes)
        text += "/g" + std::to_string(int(type));
    for (const AggregateSpec &spec : config.specs)
        text += "/a" + std::to_string(int(spec.fn)) + ":" + std::to_string(int(spec.inputType))
            + ":" + std::to_string(spec.field < 0);
    return Hash64::text(text);
}

} // namespace

WindowConfig WindowConfig::parse(WindowKind kind, const NodeContext &ctx, const Json &params,
                                 SchemaPtr input)
{
    const std::string &node = ctx.id;
    if (!params.is_object() && !params.is_null())
        throw PipelineError(node, "", "parameters must be an object");
    const Json &p = params.is_null() ? Json::object() : params;
    WindowConfig config;
    config.node = node;
    config.kind = kind;
    config.input = std::move(input);
    if (kind == WindowKind::Session) {
        config.gap = durationParam(node, p, "gap");
    } else {
        config.size = durationParam(node, p, "size");
        config.slide = kind == WindowKind::Sliding ? durationParam(node, p, "slide") : config.size;
        if (config.slide > config.size)
            throw PipelineError(node, "slide",
                                "must be at most size (" + formatDurationMs(config.size) + ")");
        if (config.size / config.slide > kMaxWindowsPerRecord)
            throw PipelineError(node, "slide",
                                "puts every record in " + std::to_string(config.size / config.slide)
                                    + " windows; at most " + std::to_string(kMaxWindowsPerRecord)
                                    + " are supported (make slide longer)");
    }
    readGroupBy(node, p, config);
    const auto aggregates = p.find("aggregates");
    config.specs
        = parseAggregateSpecs(node, aggregates == p.end() ? Json() : *aggregates, *config.input);
    config.mode = outputModeParam(node, p);
    for (size_t i = 0; i < config.input->size() && config.timeColumn < 0; ++i) {
        if (config.input->at(i).type == FieldType::Timestamp)
            config.timeColumn = int(i);
    }
    if (config.timeColumn < 0)
        throw PipelineError(node, "",
                            "the input has no timestamp field for event time; "
                            "put a watermark node before the window");
    config.output = outputSchema(node, config);
    config.fingerprint = fingerprintOf(config);
    return config;
}

} // namespace weir
