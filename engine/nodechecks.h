#pragma once

#include "nodeproblems.h"
#include "pipeline.h"

namespace weir {

// What the parameter descriptions cannot say on their own: rules between parameters
// (a sliding window's slide within its size, aggregate columns clashing with group_by)
// and the meaning of a few strings (start_time, metrics_addr). Values of the wrong JSON
// type are skipped here; the parameter checks report them.
void checkNodeSpecifics(const NodeSpec &node, NodeProblems &problems);
void checkSettingsSpecifics(const Json &settings, NodeProblems &problems);

} // namespace weir
