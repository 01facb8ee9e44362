#pragma once

#include "pipeline.h"
#include "runcommandline.h"

#include <functional>

namespace weir {

// `weir-run PIPELINE --replay ... --sink-dir DIR | --dry-run`: resolves the ranges on the
// cluster of the replayed sources, runs the replay plan (replayplan.h) to its end and prints
// where each sink's records went and how many. `stopRequested` is polled (SIGINT/SIGTERM).
// Returns the exit status: 0 done, 1 a runtime failure, 2 invalid input.
int runReplayCommand(const Pipeline &pipeline, const RunCommandLine &cmd,
                     const std::function<bool()> &stopRequested);

} // namespace weir
