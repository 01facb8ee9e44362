#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace weir {

// A malformed line of Prometheus text: what() is "line 7: <problem>".
class PrometheusTextError : public std::runtime_error
{
public:
    PrometheusTextError(int line, const std::string &problem);

    int line() const { return m_line; }
    const std::string &problem() const { return m_problem; }

private:
    int m_line;
    std::string m_problem;
};

// One line `name{label="value",...} value [timestamp_ms]`; labels in the order written.
struct PromSample
{
    std::string name;
    std::vector<std::pair<std::string, std::string>> labels;
    double value = 0;
    std::optional<int64_t> timestampMs;

    // The label's value, or "" when the sample has no such label.
    std::string label(const std::string &labelName) const;
};

// What `# HELP` and `# TYPE` declared about a metric family. `type` is counter, gauge,
// histogram, summary or untyped (also when only HELP was given).
struct PromFamily
{
    std::string name;
    std::string type;
    std::string help;
};

struct PromExposition
{
    std::vector<PromFamily> families; // in the order first declared
    std::vector<PromSample> samples; // in the order written

    const PromFamily *family(const std::string &name) const;
    // The declared family a sample belongs to: its own name, or for histograms and
    // summaries the name without _bucket / _sum / _count; nullptr when none was declared.
    const PromFamily *familyOf(const std::string &sampleName) const;
};

// Parses the text exposition format 0.0.4 (what /metrics serves). Throws
// PrometheusTextError on the first malformed line.
PromExposition parsePrometheusText(std::string_view text);

} // namespace weir
