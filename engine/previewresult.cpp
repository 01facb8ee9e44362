#include "previewresult.h"

#include <fstream>
#include <stdexcept>

namespace weir {

namespace {

uint64_t countLines(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    uint64_t lines = 0;
    std::string line;
    while (std::getline(in, line))
        lines += line.empty() ? 0 : 1;
    return lines;
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
        m_counts[{tap.node, tap.port}] = countLines(tap.path);
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
        readRecords(t->path, max, records);
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
            readRecords(t->path, max, records);
    }
    return records;
}

} // namespace weir
