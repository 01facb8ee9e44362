#pragma once

#include "problem.h"

#include <string>
#include <vector>

namespace weir {

// Collects the problems of one node (or of the pipeline settings, node ""), naming the
// node in each, and counts them so a check can tell whether it found anything.
class NodeProblems
{
public:
    NodeProblems(std::string node, std::vector<Problem> &problems)
        : m_node(std::move(node))
        , m_problems(problems)
    {}

    void add(std::string param, std::string message)
    {
        m_problems.push_back({m_node, std::move(param), std::move(message)});
        ++m_count;
    }
    const std::string &node() const { return m_node; }
    size_t count() const { return m_count; }

private:
    std::string m_node;
    std::vector<Problem> &m_problems;
    size_t m_count = 0;
};

} // namespace weir
