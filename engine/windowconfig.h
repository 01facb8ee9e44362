#pragma once

#include "aggregatespec.h"
#include "operator.h"
#include "pipeline.h"
#include "schema.h"

#include <cstdint>
#include <string>
#include <vector>

namespace weir {

// A sliding window puts each record in size/slide windows; more is refused.
inline constexpr int64_t kMaxWindowsPerRecord = 1000;

enum class OutputMode { Append, Update, Complete };
enum class WindowKind { Tumbling, Sliding, Session };

// The fixed definition of a window node, read from its parameters: timing, grouping,
// aggregates, output mode and the output schema (window_start, window_end, group_by
// fields, aggregates; the first 2 + group_by fields are the key).
struct WindowConfig
{
    std::string node;
    WindowKind kind = WindowKind::Tumbling;
    int64_t size = 0; // tumbling, sliding
    int64_t slide = 0; // sliding; == size for tumbling
    int64_t gap = 0; // session
    std::vector<int> groupFields;
    std::vector<FieldType> groupTypes;
    AggregateSpecs specs;
    OutputMode mode = OutputMode::Update;
    int timeColumn = -1; // used when a batch names no eventTimeColumn: the first timestamp
    SchemaPtr input;
    SchemaPtr output;
    uint64_t fingerprint = 0; // of everything saved state depends on

    // Throws PipelineError(ctx.id, param, reason) for bad parameters.
    static WindowConfig parse(WindowKind kind, const NodeContext &ctx, const Json &params,
                              SchemaPtr input);
};

} // namespace weir
