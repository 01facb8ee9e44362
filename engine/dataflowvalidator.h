#pragma once

#include "pipelinegraph.h"
#include "problem.h"
#include "schema.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace weir {

// Follows records from the sources to the sinks, tracking the fields each node emits
// and whether event time is set, and checks what nodes refer to: windows need a
// watermark upstream; watermark event_time, window group_by and aggregate fields and
// SQLite keys must exist in the input (with the right type). Fields are only checked
// where they are known; nodes in `flawed` (parameters already wrong) pass on unknown
// fields so one mistake is reported once.
void validateDataflow(const Pipeline &pipeline, const PipelineGraph &graph,
                      const std::set<std::string> &flawed, std::vector<Problem> &problems);

// The fields that reach the input of `node`, by the same walk as validateDataflow (all
// nodes taken as sound): what a form offers for group_by, aggregate fields and keys.
// nullopt when they are not known: an unknown node, a source, an input from a node of
// unknown type, inputs that carry different fields, a node on a cycle.
std::optional<std::vector<Field>> inputFields(const Pipeline &pipeline, const std::string &node);

} // namespace weir
