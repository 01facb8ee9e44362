#pragma once

#include "pipeline.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace weir {

struct EventTypeWeight
{
    std::string name;
    double weight = 0;
};

// The parameters of a source.generator node, validated and with defaults applied.
struct GeneratorParams
{
    uint64_t seed = 42;
    double rate = 10000; // events per wall-clock second, 0 = unlimited
    int64_t count = 0; // 0 = unbounded
    uint64_t users = 10000;
    double zipf = 1.1;
    std::vector<EventTypeWeight> eventTypes;
    double timeRate = 10000; // events per second of event time (resolved, > 0)
    double outOfOrder = 0.05;
    int64_t disorderMs = 120000;
    double late = 0.001;
    int64_t latenessMs = 1800000;
    double malformed = 0.001;
    std::optional<int64_t> startTimeMs; // empty: "now", resolved when the source opens

    // Throws PipelineError(nodeId, param, reason) for the first invalid parameter.
    static GeneratorParams fromJson(const std::string &nodeId, const Json &params);
    static std::vector<EventTypeWeight> defaultEventTypes();
};

} // namespace weir
