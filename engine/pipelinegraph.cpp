#include "pipelinegraph.h"

#include <algorithm>
#include <deque>
#include <functional>

namespace weir {

PipelineGraph::PipelineGraph(const Pipeline &pipeline)
    : m_pipeline(pipeline)
    , m_inputs(pipeline.nodes.size())
    , m_outputs(pipeline.nodes.size())
{
    for (const NodeSpec &node : pipeline.nodes)
        m_types.push_back(NodeRegistry::instance().find(node.type));
    for (size_t e = 0; e < pipeline.edges.size(); ++e) {
        const EdgeSpec &edge = pipeline.edges[e];
        m_usable.push_back(usable(edge));
        if (m_usable.back()) {
            m_outputs[size_t(indexOf(edge.from))].push_back(e);
            m_inputs[size_t(indexOf(edge.to))].push_back(e);
        }
    }
}

int PipelineGraph::indexOf(std::string_view id) const
{
    for (size_t i = 0; i < m_pipeline.nodes.size(); ++i) {
        if (m_pipeline.nodes[i].id == id)
            return int(i);
    }
    return -1;
}

bool PipelineGraph::usable(const EdgeSpec &edge) const
{
    const int from = indexOf(edge.from);
    const int to = indexOf(edge.to);
    if (from < 0 || to < 0)
        return false;
    const NodeTypeInfo *sender = m_types[size_t(from)];
    const NodeTypeInfo *receiver = m_types[size_t(to)];
    if (sender && !sender->output(edge.port))
        return false;
    return !receiver || receiver->hasInput;
}

std::vector<size_t> PipelineGraph::topologicalOrder() const
{
    std::vector<size_t> waiting(m_inputs.size());
    std::deque<size_t> ready;
    for (size_t n = 0; n < m_inputs.size(); ++n) {
        waiting[n] = m_inputs[n].size();
        if (waiting[n] == 0)
            ready.push_back(n);
    }
    std::vector<size_t> order;
    while (!ready.empty()) {
        const size_t node = ready.front();
        ready.pop_front();
        order.push_back(node);
        for (size_t e : m_outputs[node]) {
            const auto to = size_t(indexOf(m_pipeline.edges[e].to));
            if (--waiting[to] == 0)
                ready.push_back(to);
        }
    }
    return order;
}

// Tarjan's algorithm; pipelines are small, so recursion depth is no concern.
std::vector<std::vector<size_t>> PipelineGraph::stronglyConnected() const
{
    const size_t count = m_inputs.size();
    std::vector<int> index(count, -1), low(count, 0);
    std::vector<bool> onStack(count, false);
    std::vector<size_t> stack;
    std::vector<std::vector<size_t>> components;
    int next = 0;
    std::function<void(size_t)> visit = [&](size_t v) {
        index[v] = low[v] = next++;
        stack.push_back(v);
        onStack[v] = true;
        for (size_t e : m_outputs[v]) {
            const auto w = size_t(indexOf(m_pipeline.edges[e].to));
            if (index[w] < 0) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] != index[v])
            return;
        std::vector<size_t> component;
        size_t w = 0;
        do {
            w = stack.back();
            stack.pop_back();
            onStack[w] = false;
            component.push_back(w);
        } while (w != v);
        components.push_back(std::move(component));
    };
    for (size_t v = 0; v < count; ++v) {
        if (index[v] < 0)
            visit(v);
    }
    return components;
}

// Breadth-first from `start` through its component, back to `start`.
std::vector<size_t> PipelineGraph::shortestCycle(size_t start,
                                                 const std::vector<int> &component) const
{
    std::vector<int> previous(m_inputs.size(), -1);
    std::deque<size_t> queue{start};
    while (!queue.empty()) {
        const size_t node = queue.front();
        queue.pop_front();
        for (size_t e : m_outputs[node]) {
            const auto to = size_t(indexOf(m_pipeline.edges[e].to));
            if (component[to] != component[start])
                continue;
            if (to == start) {
                std::vector<size_t> cycle{node};
                while (cycle.back() != start)
                    cycle.push_back(size_t(previous[cycle.back()]));
                std::reverse(cycle.begin(), cycle.end());
                return cycle;
            }
            if (previous[to] < 0) {
                previous[to] = int(node);
                queue.push_back(to);
            }
        }
    }
    return {};
}

std::vector<std::vector<size_t>> PipelineGraph::cycles() const
{
    const auto components = stronglyConnected();
    std::vector<int> componentOf(m_inputs.size(), -1);
    for (size_t c = 0; c < components.size(); ++c) {
        for (size_t node : components[c])
            componentOf[node] = int(c);
    }
    std::vector<std::vector<size_t>> result;
    for (const auto &component : components) {
        const size_t start = *std::min_element(component.begin(), component.end());
        std::vector<size_t> cycle = shortestCycle(start, componentOf);
        if (!cycle.empty())
            result.push_back(std::move(cycle));
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace weir
