#pragma once

#include "metricssnapshot.h"
#include "pipeline.h"

#include <stop_token>

namespace weir {

// Runs a bounded pipeline (see makeBoundedDebugRun) to its end on a PipelineRunner and
// blocks until it finished. A stop request stops the run and throws. Throws PipelineError
// when the pipeline is invalid and std::runtime_error with the run's error when it failed.
MetricsSnapshot runToEnd(const Pipeline &pipeline, std::stop_token stop = {});

} // namespace weir
