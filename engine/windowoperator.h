#pragma once

#include "operator.h"
#include "pipeline.h"

#include <cstdint>
#include <memory>

namespace weir {

// A windowed aggregation (window.tumbling, window.sliding, window.session) with Spark
// Structured Streaming's semantics; what the runtime reports about it besides Operator
// (whose stateSize() counts the window + group entries held in state).
class WindowOperator : public Operator
{
public:
    // Records sent to the late port so far (every window they belonged to was final).
    virtual uint64_t lateCount() const = 0;
};

// Factories for the window node types. Parameters: size / slide / gap durations,
// group_by, aggregates, output_mode (see the node registry). The returned operators are
// WindowOperators. Throw PipelineError(ctx.id, param, reason) for bad parameters.
std::unique_ptr<Operator> makeTumblingWindow(const NodeContext &ctx, const Json &params,
                                             SchemaPtr input);
std::unique_ptr<Operator> makeSlidingWindow(const NodeContext &ctx, const Json &params,
                                            SchemaPtr input);
std::unique_ptr<Operator> makeSessionWindow(const NodeContext &ctx, const Json &params,
                                            SchemaPtr input);

} // namespace weir
