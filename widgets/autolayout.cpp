#include "autolayout.h"

#include "pipelinegraph.h"

#include <algorithm>
#include <set>

namespace weir {

namespace {

class LayoutBuilder
{
public:
    explicit LayoutBuilder(const Pipeline &pipeline)
        : m_pipeline(pipeline)
        , m_graph(pipeline)
        , m_column(pipeline.nodes.size(), -1)
        , m_row(pipeline.nodes.size(), -1)
    {
    }

    std::vector<QPointF> build()
    {
        assignColumns();
        for (size_t n : m_graph.topologicalOrder()) {
            if (m_graph.inputs(n).empty())
                placeChain(n, 0);
        }
        placeRemaining();
        std::vector<QPointF> positions;
        for (size_t n = 0; n < m_pipeline.nodes.size(); ++n)
            positions.emplace_back(m_column[n] * kLayoutColumnWidth, m_row[n] * kLayoutRowHeight);
        return positions;
    }

private:
    size_t targetOf(size_t edge) const
    {
        return size_t(m_graph.indexOf(m_pipeline.edges[edge].to));
    }

    // Longest path from a source; nodes on or behind a cycle go one column past the rest.
    void assignColumns()
    {
        int last = 0;
        for (size_t n : m_graph.topologicalOrder()) {
            m_column[n] = 0;
            for (size_t e : m_graph.inputs(n)) {
                const int from = m_graph.indexOf(m_pipeline.edges[e].from);
                m_column[n] = std::max(m_column[n], m_column[size_t(from)] + 1);
            }
            last = std::max(last, m_column[n]);
        }
        for (int &column : m_column) {
            if (column < 0)
                column = last + 1;
        }
    }

    // Targets of a node's usable edges, `out` first, each once, in edge order.
    std::vector<size_t> successors(size_t node) const
    {
        std::vector<size_t> edges = m_graph.outputs(node);
        std::stable_sort(edges.begin(), edges.end(), [&](size_t a, size_t b) {
            return m_pipeline.edges[a].port == "out" && m_pipeline.edges[b].port != "out";
        });
        std::vector<size_t> targets;
        for (size_t e : edges) {
            if (std::find(targets.begin(), targets.end(), targetOf(e)) == targets.end())
                targets.push_back(targetOf(e));
        }
        return targets;
    }

    void placeChain(size_t start, int minRow)
    {
        if (m_row[start] >= 0)
            return;
        std::vector<size_t> chain {start};
        for (bool extended = true; extended;) {
            extended = false;
            for (size_t next : successors(chain.back())) {
                if (m_row[next] < 0 && m_column[next] > m_column[chain.back()]
                    && std::find(chain.begin(), chain.end(), next) == chain.end()) {
                    chain.push_back(next);
                    extended = true;
                    break;
                }
            }
        }
        const int row = freeRow(chain, minRow);
        for (size_t n : chain) {
            m_row[n] = row;
            m_taken.insert({m_column[n], row});
        }
        for (size_t n : chain) {
            for (size_t next : successors(n))
                placeChain(next, row + 1);
        }
    }

    int freeRow(const std::vector<size_t> &chain, int row) const
    {
        auto fits = [&](int r) {
            return std::none_of(chain.begin(), chain.end(), [&](size_t n) {
                return m_taken.count({m_column[n], r});
            });
        };
        while (!fits(row))
            ++row;
        return row;
    }

    void placeRemaining()
    {
        int next = 0;
        for (const auto &[column, row] : m_taken)
            next = std::max(next, row + 1);
        for (size_t n = 0; n < m_row.size(); ++n) {
            if (m_row[n] < 0)
                m_row[n] = next++;
        }
    }

    const Pipeline &m_pipeline;
    PipelineGraph m_graph;
    std::vector<int> m_column;
    std::vector<int> m_row;
    std::set<std::pair<int, int>> m_taken; // (column, row)
};

} // namespace

std::vector<QPointF> autoLayout(const Pipeline &pipeline)
{
    return LayoutBuilder(pipeline).build();
}

} // namespace weir
