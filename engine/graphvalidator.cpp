#include "graphvalidator.h"

#include "spelling.h"

#include <algorithm>

namespace weir {

namespace {

std::string edgeParam(size_t index)
{
    return "edges[" + std::to_string(index) + "]";
}

std::string edgeText(const EdgeSpec &edge)
{
    return "edge " + edge.from + "." + edge.port + " -> " + edge.to;
}

std::vector<std::string> idsOf(const Pipeline &pipeline)
{
    std::vector<std::string> ids;
    for (const NodeSpec &node : pipeline.nodes)
        ids.push_back(node.id);
    return ids;
}

std::vector<std::string> portsOf(const NodeTypeInfo &type)
{
    std::vector<std::string> ports;
    for (const PortInfo &port : type.outputs)
        ports.push_back(port.name);
    return ports;
}

// Problems name the node the edge should be fixed at: the existing end.
void checkEnds(const Pipeline &pipeline, const PipelineGraph &graph, size_t index,
               std::vector<Problem> &problems)
{
    const EdgeSpec &edge = pipeline.edges[index];
    const int from = graph.indexOf(edge.from);
    const int to = graph.indexOf(edge.to);
    if (from < 0)
        problems.push_back({to >= 0 ? edge.to : edge.from, edgeParam(index),
                            edgeText(edge) + ": there is no node '" + edge.from + "'"
                                + didYouMean(edge.from, idsOf(pipeline))});
    if (to < 0)
        problems.push_back({from >= 0 ? edge.from : edge.to, edgeParam(index),
                            edgeText(edge) + ": there is no node '" + edge.to + "'"
                                + didYouMean(edge.to, idsOf(pipeline))});
    const NodeTypeInfo *sender = from >= 0 ? graph.typeOf(size_t(from)) : nullptr;
    const NodeTypeInfo *receiver = to >= 0 ? graph.typeOf(size_t(to)) : nullptr;
    if (sender && sender->outputs.empty())
        problems.push_back({edge.from, edgeParam(index),
                            edgeText(edge) + ": '" + edge.from + "' is a " + sender->type
                                + ", which has no outputs"});
    else if (sender && !sender->output(edge.port))
        problems.push_back({edge.from, edgeParam(index),
                            edgeText(edge) + ": " + sender->type + " has no port '" + edge.port
                                + "'" + didYouMean(edge.port, portsOf(*sender))
                                + "; its ports: " + joinNames(portsOf(*sender))});
    if (receiver && !receiver->hasInput)
        problems.push_back({edge.to, edgeParam(index),
                            edgeText(edge) + ": '" + edge.to + "' is a source ("
                                + receiver->type + ") and takes no input"});
}

void checkDuplicateEdges(const Pipeline &pipeline, std::vector<Problem> &problems)
{
    const auto &edges = pipeline.edges;
    for (size_t i = 0; i < edges.size(); ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (edges[i] == edges[j]) {
                problems.push_back({edges[i].from, edgeParam(i),
                                    edgeText(edges[i]) + " is the same as " + edgeParam(j)
                                        + ": every record would arrive twice"});
                break;
            }
        }
    }
}

void checkCycles(const Pipeline &pipeline, const PipelineGraph &graph,
                 std::vector<Problem> &problems)
{
    for (const std::vector<size_t> &cycle : graph.cycles()) {
        std::string path;
        for (size_t node : cycle)
            path += pipeline.nodes[node].id + " -> ";
        path += pipeline.nodes[cycle.front()].id;
        problems.push_back({pipeline.nodes[cycle.front()].id, "",
                            "the pipeline has a cycle: " + path
                                + "; records must flow from sources to sinks"});
    }
}

// An edge naming the node counts as feeding it even when it is broken otherwise: that
// edge already has its own problem.
void checkInputsFed(const Pipeline &pipeline, const PipelineGraph &graph,
                    std::vector<Problem> &problems)
{
    for (size_t n = 0; n < pipeline.nodes.size(); ++n) {
        const NodeSpec &node = pipeline.nodes[n];
        const NodeTypeInfo *type = graph.typeOf(n);
        if (!type || !type->hasInput || node.id.empty() || graph.indexOf(node.id) != int(n))
            continue;
        const bool fed = std::any_of(pipeline.edges.begin(), pipeline.edges.end(),
                                     [&](const EdgeSpec &e) { return e.to == node.id; });
        if (fed)
            continue;
        if (type->category == "sink")
            problems.push_back({node.id, "in", "sink '" + node.id + "' is fed by nothing: "
                                                   "connect an edge into it"});
        else
            problems.push_back({node.id, "in", "'" + node.id + "' (" + type->type
                                                   + ") has an input that nothing feeds: "
                                                     "connect an edge into it"});
    }
}

} // namespace

void validateGraph(const Pipeline &pipeline, const PipelineGraph &graph,
                   std::vector<Problem> &problems)
{
    for (size_t e = 0; e < pipeline.edges.size(); ++e)
        checkEnds(pipeline, graph, e, problems);
    checkDuplicateEdges(pipeline, problems);
    checkCycles(pipeline, graph, problems);
    checkInputsFed(pipeline, graph, problems);
}

} // namespace weir
