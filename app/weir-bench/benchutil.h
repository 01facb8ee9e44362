#pragma once
// Shared helpers of weir-bench's parts.
#include "metricssnapshot.h"
#include "pipeline.h"

#include <chrono>
#include <cstddef>

namespace weir::bench {

inline double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

void report(const char *what, size_t events, double secs, const char *note = "");

struct TimedRun
{
    MetricsSnapshot snapshot;
    double seconds = 0;
};

// Runs the example pipeline once (trigger once, with a checkpoint) with its SQLite and
// NDJSON outputs in a fresh temporary directory `name`, which is removed afterwards.
TimedRun runExampleOnce(Pipeline pipeline, const std::string &name);

// The Kafka figures (issue 3): preload a 16-partition sandbox topic with `events`
// generated records, then time Weir's source.kafka, kcat and the whole example pipeline
// reading it. `generator` are the generator node's params (count is overridden).
// Returns false when a step failed.
bool runKafkaBench(const Pipeline &example, const Json &generator, size_t events);

} // namespace weir::bench
