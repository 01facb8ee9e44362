#pragma once

#include "generatorparams.h"
#include "pipeline.h"
#include "source.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace weir {

class UserEventFormatter;

// source.generator: synthetic user_events, one partition (0) whose positions are
// event indexes. Event i depends only on (params, start time, i), so the source
// can be reopened at any position and regenerates identical bytes.
//
// The source never sleeps. With a rate, read() returns only the events due by
// now (event i is due i / rate seconds after open) and Idle when none is; the
// reader thread may use ratePerSecond() to pace itself.
class GeneratorSource final : public Source
{
public:
    GeneratorSource(std::string nodeId, GeneratorParams params);
    ~GeneratorSource() override;

    void open(const Positions &from) override;
    ReadStatus read(RawChunk &chunk, size_t maxRecords) override;
    Positions position() const override;
    // {0: count} when bounded, else the events due by now; without a rate and
    // without a count nothing is "available" beyond what was read.
    Positions availableEnd() override;
    void close() override;
    // {"start_time": "<ISO-8601>"} once the start time is resolved, else empty.
    std::string persistentSettings() const override;
    void restoreSettings(const std::string &settings) override;

    double ratePerSecond() const { return m_params.rate; }
    const GeneratorParams &params() const { return m_params; }
    // The resolved start time (epoch ms), once known.
    std::optional<int64_t> startTimeMs() const;

private:
    static constexpr int64_t kUnknownStart = INT64_MIN;
    static constexpr int64_t kUnbounded = INT64_MAX;

    int64_t endIndex() const { return m_params.count > 0 ? m_params.count : kUnbounded; }
    // The index up to which events are due now (exclusive), kUnbounded without a rate.
    int64_t dueIndex() const;
    void appendEvents(RawChunk &chunk, int64_t first, int64_t last);
    void createFormatter();

    std::string m_nodeId;
    GeneratorParams m_params;
    std::unique_ptr<UserEventFormatter> m_formatter;
    std::vector<char> m_scratch;
    std::atomic<int64_t> m_startMs {kUnknownStart};
    std::atomic<int64_t> m_next {0};
    std::atomic<int64_t> m_openIndex {0};
    std::atomic<int64_t> m_openNs {0};
    std::atomic<bool> m_open {false};
};

// Builds a source.generator; throws PipelineError(nodeId, param, reason).
std::unique_ptr<Source> makeGeneratorSource(const std::string &nodeId, const Json &params);

} // namespace weir
