#pragma once

#include "noderegistry.h"
#include "pipeline.h"

#include <string_view>
#include <vector>

namespace weir {

// The nodes and edges of a pipeline as a graph, addressed by index into
// Pipeline::nodes / Pipeline::edges. Only usable edges are part of it: both ends
// exist, the port exists on the sending node, and the receiving node has an input.
// Nodes of an unknown type are taken to have every port and an input, so one wrong
// type does not hide the rest of the graph.
class PipelineGraph
{
public:
    explicit PipelineGraph(const Pipeline &pipeline);

    // The node with this id (the first one when ids repeat), -1 if there is none.
    int indexOf(std::string_view id) const;
    // nullptr for an unknown type.
    const NodeTypeInfo *typeOf(size_t node) const { return m_types[node]; }
    // Whether edge `edge` is part of the graph.
    bool isUsable(size_t edge) const { return m_usable[edge]; }
    // Usable edges into / out of a node.
    const std::vector<size_t> &inputs(size_t node) const { return m_inputs[node]; }
    const std::vector<size_t> &outputs(size_t node) const { return m_outputs[node]; }

    // Every node after all the nodes feeding it. Nodes on a cycle, or fed through one,
    // are left out.
    std::vector<size_t> topologicalOrder() const;
    // One cycle per group of nodes that feed each other, each as node indices in edge
    // order, starting from the group's first node in the file.
    std::vector<std::vector<size_t>> cycles() const;

private:
    bool usable(const EdgeSpec &edge) const;
    std::vector<std::vector<size_t>> stronglyConnected() const;
    std::vector<size_t> shortestCycle(size_t start, const std::vector<int> &component) const;

    const Pipeline &m_pipeline;
    std::vector<const NodeTypeInfo *> m_types;
    std::vector<bool> m_usable;
    std::vector<std::vector<size_t>> m_inputs;
    std::vector<std::vector<size_t>> m_outputs;
};

} // namespace weir
