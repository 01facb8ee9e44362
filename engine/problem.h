#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace weir {

// One thing wrong with a pipeline: which node, which parameter, and why.
// `node` or `param` are empty when the problem is about the whole file.
struct Problem
{
    std::string node;
    std::string param;
    std::string message;

    std::string toString() const;
    bool operator==(const Problem &) const = default;
};

// Thrown when a pipeline (or one node of it) cannot be built.
class PipelineError : public std::runtime_error
{
public:
    explicit PipelineError(std::vector<Problem> problems);
    PipelineError(std::string node, std::string param, std::string message)
        : PipelineError(std::vector<Problem>{{std::move(node), std::move(param), std::move(message)}})
    {}
    const std::vector<Problem> &problems() const { return m_problems; }

private:
    std::vector<Problem> m_problems;
};

} // namespace weir
