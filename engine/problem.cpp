#include "problem.h"

namespace weir {

std::string Problem::toString() const
{
    std::string text;
    if (!node.empty())
        text += "node '" + node + "'";
    if (!param.empty())
        text += (text.empty() ? "parameter '" : ", parameter '") + param + "'";
    if (!text.empty())
        text += ": ";
    return text + message;
}

static std::string joined(const std::vector<Problem> &problems)
{
    std::string text;
    for (const Problem &p : problems) {
        if (!text.empty())
            text += "\n";
        text += p.toString();
    }
    return text;
}

PipelineError::PipelineError(std::vector<Problem> problems)
    : std::runtime_error(joined(problems))
    , m_problems(std::move(problems))
{}

} // namespace weir
