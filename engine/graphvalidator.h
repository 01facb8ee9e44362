#pragma once

#include "pipelinegraph.h"
#include "problem.h"

#include <vector>

namespace weir {

// Edges (unknown ends, missing ports, into sources, duplicates), cycles, and nodes whose
// input nothing feeds.
void validateGraph(const Pipeline &pipeline, const PipelineGraph &graph,
                   std::vector<Problem> &problems);

} // namespace weir
