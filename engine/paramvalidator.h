#pragma once

#include "nodeproblems.h"
#include "noderegistry.h"

#include <string>
#include <vector>

namespace weir {

// Checks a node's `params` (or the pipeline settings) against their descriptions:
// unknown names, missing required ones, then every value. `prefix` goes before each
// parameter name in the problems ("settings.").
void validateParams(const std::vector<ParamInfo> &infos, const Json &params,
                    NodeProblems &problems, const std::string &prefix = {});

// One value: its JSON type, allowed values, min/max, durations, schema and aggregates
// tables. Problems name `param`.
void validateParamValue(const ParamInfo &info, const Json &value, const std::string &param,
                        NodeProblems &problems);

// A value as messages show it: "string \"fast\"", "number 1.5", "an array".
std::string describeJson(const Json &value);
// Shortest text that reads back as the same number: 0.5, 10000, 1e+20.
std::string formatNumber(double value);

} // namespace weir
