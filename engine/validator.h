#pragma once

#include "pipeline.h"
#include "problem.h"

#include <vector>

namespace weir {

// Everything wrong with a pipeline, each problem naming the node, the parameter and why:
// ids, node types, parameters (names, types, allowed values, ranges, durations, schema
// and aggregates tables), the pipeline settings, edges, cycles, unfed inputs, windows
// without event time and fields that do not exist upstream. Empty when the pipeline
// can be built. Filter expressions are checked in depth when the filter is built.
std::vector<Problem> validatePipeline(const Pipeline &pipeline);

} // namespace weir
