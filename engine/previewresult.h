#pragma once

#include "previewplan.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace weir {

// What a finished preview holds: the records each node sent out of each port, read back
// from the taps of its PreviewPlan. Counts are taken once, when the result is made;
// records are read from the files on demand. A plain value: copy it between threads.
//
// Windows: the preview runs one batch under trigger once, which closes every window at the
// end of the input, so append windows emit too. A window in complete mode emits its table
// after the batch and again at the end; the result shows that table once.
class PreviewResult
{
public:
    PreviewResult() = default;
    explicit PreviewResult(PreviewPlan plan);

    const PreviewPlan &plan() const { return m_plan; }
    bool isEmpty() const { return m_plan.taps.empty(); }
    bool isSink(const std::string &node) const;

    // The tapped ports of a node, in the node type's order (out, errors, late).
    std::vector<std::string> ports(const std::string &node) const;
    // Records at a node's port; 0 for a port without tap.
    uint64_t count(const std::string &node, const std::string &port) const;
    // The first `max` records at a node's port, as JSON objects (as sink.file writes them:
    // timestamps in epoch milliseconds, maps as objects).
    std::vector<Json> records(const std::string &node, const std::string &port,
                              size_t max) const;

    // A sink's input: the records of every port that feeds it, edge by edge.
    uint64_t inputCount(const std::string &sink) const;
    std::vector<Json> input(const std::string &sink, size_t max) const;

private:
    const PreviewTap *tap(const std::string &node, const std::string &port) const;

    PreviewPlan m_plan;
    std::map<std::pair<std::string, std::string>, uint64_t> m_counts;
};

} // namespace weir
