#pragma once

#include "pipeline.h"
#include "schema.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

enum class AggregateFn {
    Count, // rows, or non-null values of `field` when one is given
    CountDistinct, // exact, over value hashes
    ApproxCountDistinct, // HyperLogLog
    Sum, // int fields -> int, double -> double
    Min,
    Max, // same type as the field
    Avg, // double
    Percentile, // double, within 1% relative error
};

std::string_view aggregateFnName(AggregateFn fn);
std::optional<AggregateFn> aggregateFnFromName(std::string_view name);

// One aggregate of a window: what to compute over which input column, and the output
// column it fills. Nulls are ignored as in SQL.
struct AggregateSpec
{
    AggregateFn fn = AggregateFn::Count;
    int field = -1; // input column; -1 only for count of rows
    FieldType inputType = FieldType::Int;
    FieldType outputType = FieldType::Int;
    std::string name; // output column
    double q = 0.5; // percentile

    bool needsHash() const
    {
        return fn == AggregateFn::CountDistinct || fn == AggregateFn::ApproxCountDistinct;
    }
};

using AggregateSpecs = std::vector<AggregateSpec>;

// Builds the specs from a window's "aggregates" parameter (an array of {fn, field, as, q};
// absent or empty means a single count). Throws PipelineError(node, "aggregates", ...)
// naming the aggregate and the reason: unknown fn or field, a type fn cannot take, a
// missing or out-of-range q, a duplicate output name.
AggregateSpecs parseAggregateSpecs(const std::string &node, const Json &aggregates,
                                   const Schema &input);

} // namespace weir
