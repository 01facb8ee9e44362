#include "compiledpipeline.h"

#include "nodefactory.h"
#include "problem.h"
#include "validator.h"

#include <cstdio>
#include <map>
#include <set>

namespace weir {

namespace {

// Kahn's algorithm; nodes on a cycle are left out (the validator reports cycles).
std::vector<const NodeSpec *> topologicalOrder(const Pipeline &pipeline)
{
    std::map<std::string, int> indegree;
    for (const NodeSpec &n : pipeline.nodes)
        indegree[n.id] = 0;
    for (const EdgeSpec &e : pipeline.edges) {
        if (indegree.count(e.to) && indegree.count(e.from))
            ++indegree[e.to];
    }
    std::vector<const NodeSpec *> order;
    std::vector<const NodeSpec *> ready;
    for (const NodeSpec &n : pipeline.nodes) {
        if (indegree[n.id] == 0)
            ready.push_back(&n);
    }
    while (!ready.empty()) {
        const NodeSpec *n = ready.front();
        ready.erase(ready.begin());
        order.push_back(n);
        for (const EdgeSpec &e : pipeline.edges) {
            if (e.from == n->id && indegree.count(e.to) && --indegree[e.to] == 0)
                ready.push_back(pipeline.node(e.to));
        }
    }
    return order;
}

std::string fnv1aHex(const std::string &text)
{
    uint64_t hash = 1469598103934665603ull;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
    return buffer;
}

SchemaPtr outputSchemaOf(const RuntimeNode &node, Port port)
{
    if (node.kind == RuntimeNode::Kind::Source)
        return port == Port::Out ? rawSchema() : nullptr;
    if (node.kind == RuntimeNode::Kind::Operator)
        return node.op->outputSchema(port);
    return nullptr;
}

std::string describeSchema(const Schema &schema)
{
    std::string text;
    for (const Field &f : schema.fields())
        text += (text.empty() ? "" : ", ") + f.name + " " + std::string(fieldTypeName(f.type));
    return "(" + text + ")";
}

} // namespace

std::vector<Problem> CompiledPipeline::check(const Pipeline &pipeline)
{
    std::vector<Problem> problems = validatePipeline(pipeline);
    if (!problems.empty())
        return problems;
    try {
        compile(pipeline);
    } catch (const PipelineError &e) {
        return e.problems();
    }
    return {};
}

std::unique_ptr<CompiledPipeline> CompiledPipeline::compile(const Pipeline &pipeline)
{
    auto compiled = std::make_unique<CompiledPipeline>();
    compiled->name = pipeline.name;
    const std::vector<const NodeSpec *> order = topologicalOrder(pipeline);
    if (order.size() != pipeline.nodes.size())
        throw PipelineError(validatePipeline(pipeline));

    NodeContext context;
    for (const NodeSpec *spec : order) {
        if (isSourceType(spec->type))
            context.sourceNames.push_back(spec->id);
    }

    std::vector<Problem> problems;
    std::map<std::string, size_t> indexOf;
    std::set<std::string> broken; // nodes that failed, or are fed by one that did
    Json fingerprint = Json::array();
    for (const NodeSpec *spec : order) {
        RuntimeNode node;
        node.id = spec->id;
        node.type = spec->type;
        node.stats.id = spec->id;
        node.stats.type = spec->type;
        try {
            SchemaPtr input;
            bool inputBroken = false;
            for (const EdgeSpec &e : pipeline.edges) {
                if (e.to != spec->id)
                    continue;
                if (broken.count(e.from)) {
                    inputBroken = true;
                    continue;
                }
                const RuntimeNode &from = compiled->nodes[indexOf.at(e.from)];
                SchemaPtr schema = outputSchemaOf(from, portFromName(e.port).value_or(Port::Out));
                if (!schema)
                    throw PipelineError(e.from, "", "has no port '" + e.port + "' to connect to '"
                                                        + e.to + "'");
                if (input && !(*input == *schema))
                    throw PipelineError(spec->id, "",
                                        "its inputs carry different records: "
                                            + describeSchema(*input) + " and " + describeSchema(*schema));
                input = schema;
            }
            if (inputBroken) {
                broken.insert(spec->id);
                continue;
            }
            context.id = spec->id;
            if (isSourceType(spec->type)) {
                node.kind = RuntimeNode::Kind::Source;
                node.source = buildSource(*spec);
                node.sourceIndex = uint32_t(compiled->sources.size());
                compiled->sources.push_back(compiled->nodes.size());
                fingerprint.push_back({spec->id, spec->type});
            } else if (isSinkType(spec->type)) {
                node.kind = RuntimeNode::Kind::Sink;
                node.sink = buildSink(*spec);
            } else {
                node.op = buildOperator(*spec, context, input);
                if (node.op->isStateful())
                    fingerprint.push_back({spec->id, spec->type, spec->params});
            }
            node.inputSchema = input;
        } catch (const PipelineError &e) {
            problems.insert(problems.end(), e.problems().begin(), e.problems().end());
            broken.insert(spec->id);
            continue;
        } catch (const std::exception &e) {
            problems.push_back({spec->id, "", e.what()});
            broken.insert(spec->id);
            continue;
        }
        indexOf[spec->id] = compiled->nodes.size();
        compiled->nodes.push_back(std::move(node));
    }
    if (!problems.empty())
        throw PipelineError(std::move(problems));

    for (const EdgeSpec &e : pipeline.edges) {
        compiled->nodes[indexOf.at(e.from)].outputs.push_back(
            {portFromName(e.port).value_or(Port::Out), indexOf.at(e.to)});
    }
    compiled->m_fingerprint = fnv1aHex(fingerprint.dump());
    return compiled;
}

} // namespace weir
