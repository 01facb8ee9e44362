#pragma once

#include "nodeproblems.h"
#include "pipeline.h"

#include <string>
#include <vector>

namespace weir {

// transform.parse_json's schema: [{"name", "type", "required", "default"}, ...] with at
// least one field, known types, unique names and defaults of the field's type.
void validateSchemaTable(const Json &value, const std::string &param, NodeProblems &problems);

// A window's aggregates: [{"fn", "field", "as", "q"}, ...] with known functions, a field
// for all but count, 0 < q < 1 for percentile and unique output columns.
void validateAggregatesTable(const Json &value, const std::string &param,
                             NodeProblems &problems);

// count, count_distinct, approx_count_distinct, sum, min, max, avg, percentile.
const std::vector<std::string> &aggregateFunctions();

} // namespace weir
