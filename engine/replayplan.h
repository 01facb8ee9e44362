#pragma once

#include "debugpipeline.h"
#include "pipeline.h"
#include "replayrange.h"

#include <chrono>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace weir {

// A replay through the pipeline (issue 6): the pipeline rewritten to read exactly the
// resolved offsets and write into a scratch directory. Shared by `weir-run --replay` and
// the GUI: resolvePipelineReplay (talks to Kafka) -> planReplay (pure) -> PipelineRunner ->
// sinkRecordCount per redirected sink.
struct ReplayPlan
{
    Pipeline pipeline;                // what runs
    std::set<std::string> sources;    // the source.kafka nodes that read the replayed topics
    std::vector<SinkRedirect> sinks;  // where each kept sink writes now
};

// The source.kafka nodes reading a replayed topic by name (a pattern like "^user_.*" does
// not count). Throws ReplayRangeError naming a topic that no source reads.
std::set<std::string> replaySources(const Pipeline &pipeline,
                                    const std::vector<ReplayRange> &ranges);

// Resolves `ranges` on the cluster of the sources reading them (their bootstrap_servers and
// config), with an empty range for every partition of the other topics those sources read.
// Throws ReplayRangeError (bad range, a topic read from two clusters), PipelineError (bad
// source params) or std::runtime_error (the cluster does not answer).
ResolvedReplay resolvePipelineReplay(const Pipeline &pipeline,
                                     const std::vector<ReplayRange> &ranges,
                                     std::chrono::milliseconds timeout);

// Keeps the replay sources and what they reach; gives each of them
// starting_partition_offsets and ending_partition_offsets for every partition of its topics
// in `resolved` (topics it has no offsets for - patterns, topics the cluster lacks - are
// dropped from its `topics`); makes it a bounded debug run (trigger once, no checkpoint,
// no group commits) and redirects the sinks into `sinkDirectory`.
ReplayPlan planReplay(const Pipeline &pipeline, const std::vector<ReplayRange> &ranges,
                      const ResolvedReplay &resolved, const std::string &sinkDirectory);

// What a redirected sink wrote: the rows of its SQLite table or the lines of its file; 0 when
// it wrote nothing (no file, no table).
int64_t sinkRecordCount(const SinkRedirect &sink);

} // namespace weir
