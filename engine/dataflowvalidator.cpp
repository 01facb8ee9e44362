#include "dataflowvalidator.h"

#include "nodeproblems.h"
#include "schema.h"
#include "spelling.h"

#include <algorithm>
#include <map>
#include <optional>

namespace weir {

namespace {

enum class EventTime { No, Yes, Unknown };

// What flows out of one port: its fields when known (the first keyFields of them form
// the natural key), and whether event time is set.
struct Stream
{
    std::optional<std::vector<Field>> fields;
    EventTime eventTime = EventTime::Unknown;
    size_t keyFields = 0;
};

using Outputs = std::map<std::string, Stream>;

bool isNumeric(FieldType type)
{
    return type == FieldType::Int || type == FieldType::Double || type == FieldType::Bool;
}

// The column type an aggregate produces, or nullopt when fn cannot take the field's type.
std::optional<FieldType> aggregateType(const std::string &fn, std::optional<FieldType> field)
{
    if (fn == "count" || fn == "count_distinct" || fn == "approx_count_distinct")
        return FieldType::Int;
    if (!field)
        return FieldType::Double;
    if (fn == "min" || fn == "max")
        return field != FieldType::Map ? field : std::optional<FieldType>();
    if (!isNumeric(*field))
        return std::nullopt;
    return fn == "sum" && *field != FieldType::Double ? FieldType::Int : FieldType::Double;
}

std::string stringAt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Strings of an array parameter; non-strings were reported by the parameter checks.
std::vector<std::string> stringList(const Json &params, const char *key)
{
    std::vector<std::string> names;
    const auto it = params.find(key);
    if (it != params.end() && it->is_array()) {
        for (const Json &item : *it) {
            if (item.is_string())
                names.push_back(item.get<std::string>());
        }
    }
    return names;
}

Stream merged(const std::vector<Stream> &inputs)
{
    if (inputs.empty())
        return {};
    Stream result = inputs.front();
    for (const Stream &s : inputs) {
        if (!s.fields || !result.fields || *s.fields != *result.fields
            || s.keyFields != result.keyFields)
            result.fields.reset();
        if (s.eventTime == EventTime::No || result.eventTime == EventTime::No)
            result.eventTime = EventTime::No;
        else if (s.eventTime == EventTime::Unknown)
            result.eventTime = EventTime::Unknown;
    }
    return result;
}

class DataflowChecker
{
public:
    DataflowChecker(const Pipeline &pipeline, const PipelineGraph &graph)
        : m_pipeline(pipeline)
        , m_graph(graph)
        , m_outputs(pipeline.nodes.size())
        , m_groupSource(pipeline.nodes.size())
    {}

    // Visits every node after the nodes feeding it.
    void walk(const std::set<std::string> &flawed, std::vector<Problem> &problems)
    {
        for (size_t node : m_graph.topologicalOrder())
            visit(node, flawed.contains(m_pipeline.nodes[node].id), problems);
    }

    // What flows into a node, once walked.
    Stream inputOf(size_t node) const;

private:
    void visit(size_t node, bool flawed, std::vector<Problem> &problems)
    {
        NodeProblems nodeProblems(m_pipeline.nodes[node].id, problems);
        checkGroupSource(node, nodeProblems);
        m_outputs[node] = outputsOf(node, inputOf(node), nodeProblems);
        if (flawed || nodeProblems.count() > 0) {
            for (auto &[port, stream] : m_outputs[node])
                stream.fields.reset();
        }
    }

    void checkGroupSource(size_t node, NodeProblems &problems);
    Outputs outputsOf(size_t node, const Stream &input, NodeProblems &problems) const;
    Outputs parseJsonOutputs(const Json &params, const Stream &input,
                             NodeProblems &problems) const;
    Outputs watermarkOutputs(const Json &params, const Stream &input,
                             NodeProblems &problems) const;
    Outputs windowOutputs(const Json &params, const Stream &input, NodeProblems &problems) const;
    void checkSqliteKey(const Json &params, const Stream &input, NodeProblems &problems) const;
    const Field *findField(const Stream &input, const std::string &name,
                           const std::string &param, NodeProblems &problems,
                           const std::string &what = {}) const;

    const Pipeline &m_pipeline;
    const PipelineGraph &m_graph;
    std::vector<Outputs> m_outputs;
    std::vector<std::string> m_groupSource; // per node: a subscribing source.kafka upstream
};

// A source.kafka in group_mode "subscribe" hands partitions to other group members on a
// rebalance; window state built from them cannot follow, so windows are refused behind it.
void DataflowChecker::checkGroupSource(size_t node, NodeProblems &problems)
{
    const NodeSpec &spec = m_pipeline.nodes[node];
    if (spec.type == "source.kafka" && spec.params.is_object()
        && spec.params.value("group_mode", std::string()) == "subscribe")
        m_groupSource[node] = spec.id;
    for (size_t e : m_graph.inputs(node)) {
        const std::string &upstream =
            m_groupSource[size_t(m_graph.indexOf(m_pipeline.edges[e].from))];
        if (m_groupSource[node].empty())
            m_groupSource[node] = upstream;
    }
    const NodeTypeInfo *type = m_graph.typeOf(node);
    if (type && type->category == "window" && !m_groupSource[node].empty())
        problems.add("in", "source '" + m_groupSource[node]
                               + "' reads with group_mode \"subscribe\": its partitions move "
                                 "between group members, and window state cannot move with "
                                 "them; use group_mode \"assign\" for windowed pipelines");
}

Stream DataflowChecker::inputOf(size_t node) const
{
    std::vector<Stream> inputs;
    for (size_t e : m_graph.inputs(node)) {
        const EdgeSpec &edge = m_pipeline.edges[e];
        const Outputs &outputs = m_outputs[size_t(m_graph.indexOf(edge.from))];
        const auto port = outputs.find(edge.port);
        inputs.push_back(port != outputs.end() ? port->second : Stream{});
    }
    return merged(inputs);
}

Outputs DataflowChecker::outputsOf(size_t node, const Stream &input,
                                   NodeProblems &problems) const
{
    const NodeTypeInfo *type = m_graph.typeOf(node);
    const Json &params = m_pipeline.nodes[node].params;
    if (!type || !params.is_object())
        return {{"out", {}}, {"errors", {}}, {"late", {}}};
    if (type->category == "source")
        return {{"out", {rawSchema()->fields(), EventTime::No, 0}}};
    if (type->type == "transform.parse_json")
        return parseJsonOutputs(params, input, problems);
    if (type->type == "transform.watermark")
        return watermarkOutputs(params, input, problems);
    if (type->category == "window")
        return windowOutputs(params, input, problems);
    if (type->type == "sink.sqlite")
        checkSqliteKey(params, input, problems);
    return {{"out", input}};
}

Outputs DataflowChecker::parseJsonOutputs(const Json &params, const Stream &input,
                                          NodeProblems &problems) const
{
    findField(input, "value", "in", problems, "transform.parse_json parses the 'value' column: ");
    std::vector<Field> fields;
    const auto schema = params.find("schema");
    if (schema != params.end() && schema->is_array()) {
        for (const Json &entry : *schema) {
            if (const auto type = fieldTypeFromName(stringAt(entry, "type")))
                fields.push_back({stringAt(entry, "name"), *type});
        }
    }
    return {{"out", {fields, EventTime::No, 0}},
            {"errors", {deadLetterSchema()->fields(), EventTime::No, 0}}};
}

Outputs DataflowChecker::watermarkOutputs(const Json &params, const Stream &input,
                                          NodeProblems &problems) const
{
    const std::string eventTime = stringAt(params, "event_time");
    const Field *field = eventTime.empty() ? nullptr
                                           : findField(input, eventTime, "event_time", problems);
    if (field && field->type != FieldType::Timestamp)
        problems.add("event_time", "field '" + eventTime + "' has type "
                                       + std::string(fieldTypeName(field->type))
                                       + ", but event time needs a timestamp: declare it as "
                                         "\"timestamp\" in the parse_json schema");
    const Stream out{input.fields, EventTime::Yes, input.keyFields};
    return {{"out", out}, {"late", out}};
}

Outputs DataflowChecker::windowOutputs(const Json &params, const Stream &input,
                                       NodeProblems &problems) const
{
    if (input.eventTime == EventTime::No)
        problems.add("in", "window '" + problems.node()
                               + "' needs event time: put a transform.watermark upstream");
    std::vector<Field> fields{{"window_start", FieldType::Timestamp},
                              {"window_end", FieldType::Timestamp}};
    for (const std::string &name : stringList(params, "group_by")) {
        const Field *field = findField(input, name, "group_by", problems);
        fields.push_back({name, field ? field->type : FieldType::String});
    }
    const size_t keyFields = fields.size();
    const auto aggregates = params.find("aggregates");
    Json list = aggregates != params.end() && aggregates->is_array() ? *aggregates
                                                                     : Json::array();
    if (list.empty())
        list.push_back({{"fn", "count"}});
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string fn = stringAt(list[i], "fn");
        const std::string name = stringAt(list[i], "field");
        const std::string label = "aggregate " + std::to_string(i + 1) + " (" + fn + "): ";
        const Field *field = name.empty() ? nullptr
                                          : findField(input, name, "aggregates", problems, label);
        const auto type = aggregateType(fn, field ? std::optional(field->type) : std::nullopt);
        if (field && !type)
            problems.add("aggregates", label + fn + " cannot take field '" + name + "' of type "
                                           + std::string(fieldTypeName(field->type)));
        fields.push_back({aggregateOutputName(list[i]), type.value_or(FieldType::Double)});
    }
    return {{"out", {fields, EventTime::No, keyFields}}, {"late", input}};
}

void DataflowChecker::checkSqliteKey(const Json &params, const Stream &input,
                                     NodeProblems &problems) const
{
    const std::vector<std::string> key = stringList(params, "key");
    for (const std::string &name : key)
        findField(input, name, "key", problems);
    const auto mode = params.find("mode");
    const bool upsert = mode == params.end() || *mode == "upsert";
    if (upsert && key.empty() && input.fields && input.keyFields == 0)
        problems.add("key", "mode \"upsert\" needs key fields, and the input has no natural key: "
                            "set \"key\", use mode \"append\", or feed it from a window");
}

const Field *DataflowChecker::findField(const Stream &input, const std::string &name,
                                        const std::string &param, NodeProblems &problems,
                                        const std::string &what) const
{
    if (!input.fields)
        return nullptr;
    std::vector<std::string> names;
    for (const Field &field : *input.fields) {
        if (field.name == name)
            return &field;
        names.push_back(field.name);
    }
    const bool raw = *input.fields == rawSchema()->fields();
    problems.add(param, what + "there is no field '" + name + "' in the input"
                            + didYouMean(name, names) + "; it has: " + joinNames(names)
                            + (raw ? "; parse the records with a transform.parse_json first"
                                   : ""));
    return nullptr;
}

} // namespace

void validateDataflow(const Pipeline &pipeline, const PipelineGraph &graph,
                      const std::set<std::string> &flawed, std::vector<Problem> &problems)
{
    DataflowChecker checker(pipeline, graph);
    checker.walk(flawed, problems);
}

std::optional<std::vector<Field>> inputFields(const Pipeline &pipeline, const std::string &node)
{
    const PipelineGraph graph(pipeline);
    const int index = graph.indexOf(node);
    if (index < 0)
        return std::nullopt;
    DataflowChecker checker(pipeline, graph);
    std::vector<Problem> ignored;
    checker.walk({}, ignored);
    return checker.inputOf(size_t(index)).fields;
}

} // namespace weir
