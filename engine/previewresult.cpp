#include "previewresult.h"

#include <algorithm>
#include <fstream>
#include <stdexcept>

namespace weir {

namespace {

std::vector<std::string> readLines(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(std::move(line));
    return lines;
}

bool completeWindow(const NodeSpec *node)
{
    return node && node->type.starts_with("window.")
           && node->params.value("output_mode", std::string()) == "complete";
}

// The records a tap holds. A window in complete mode emits its whole table after the
// batch and again at the end of the input; in a preview (one batch) that is the same table
// twice, shown once. Its rows are unique within one table, so two equal halves are that.
uint64_t recordsAt(const PreviewTap &tap, const Pipeline &original)
{
    const std::vector<std::string> lines = readLines(tap.path);
    const size_t half = lines.size() / 2;
    if (tap.port == "out" && completeWindow(original.node(tap.node)) && lines.size() % 2 == 0
        && std::equal(lines.begin(), lines.begin() + long(half), lines.begin() + long(half)))
        return half;
    return lines.size();
}

void readRecords(const std::string &path, size_t max, std::vector<Json> &into)
{
    std::ifstream in(path, std::ios::binary);
    std::string line;
    while (into.size() < max && std::getline(in, line)) {
        if (line.empty())
            continue;
        try {
            into.push_back(Json::parse(line));
        } catch (const Json::exception &e) {
            throw std::runtime_error("preview file '" + path + "' holds a line that is not JSON: "
                                     + e.what());
        }
    }
}

} // namespace

PreviewResult::PreviewResult(PreviewPlan plan)
    : m_plan(std::move(plan))
{
    for (const PreviewTap &tap : m_plan.taps)
        m_counts[{tap.node, tap.port}] = recordsAt(tap, m_plan.original);
}

bool PreviewResult::isSink(const std::string &node) const
{
    const NodeSpec *spec = m_plan.original.node(node);
    return spec && spec->type.starts_with("sink.");
}

const PreviewTap *PreviewResult::tap(const std::string &node, const std::string &port) const
{
    for (const PreviewTap &tap : m_plan.taps)
        if (tap.node == node && tap.port == port)
            return &tap;
    return nullptr;
}

std::vector<std::string> PreviewResult::ports(const std::string &node) const
{
    std::vector<std::string> ports;
    for (const PreviewTap &tap : m_plan.taps)
        if (tap.node == node)
            ports.push_back(tap.port);
    return ports;
}

uint64_t PreviewResult::count(const std::string &node, const std::string &port) const
{
    const auto it = m_counts.find({node, port});
    return it == m_counts.end() ? 0 : it->second;
}

std::vector<Json> PreviewResult::records(const std::string &node, const std::string &port,
                                         size_t max) const
{
    std::vector<Json> records;
    if (const PreviewTap *t = tap(node, port))
        readRecords(t->path, std::min<uint64_t>(max, count(node, port)), records);
    return records;
}

uint64_t PreviewResult::inputCount(const std::string &sink) const
{
    uint64_t total = 0;
    for (const EdgeSpec &edge : m_plan.original.edges)
        if (edge.to == sink)
            total += count(edge.from, edge.port);
    return total;
}

std::vector<Json> PreviewResult::input(const std::string &sink, size_t max) const
{
    std::vector<Json> records;
    for (const EdgeSpec &edge : m_plan.original.edges) {
        if (edge.to != sink)
            continue;
        if (const PreviewTap *t = tap(edge.from, edge.port))
            readRecords(t->path, records.size() + std::min<uint64_t>(max - records.size(),
                                                                     count(edge.from, edge.port)),
                        records);
    }
    return records;
}

} // namespace weir
