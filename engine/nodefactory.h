#pragma once

#include "operator.h"
#include "pipeline.h"
#include "sink.h"
#include "source.h"

#include <memory>

namespace weir {

// Builds the object behind a node type. Each throws PipelineError naming the node,
// the parameter and the reason when the node cannot be built.
std::unique_ptr<Source> buildSource(const NodeSpec &node);
std::unique_ptr<Operator> buildOperator(const NodeSpec &node, const NodeContext &context,
                                        SchemaPtr input);
std::unique_ptr<Sink> buildSink(const NodeSpec &node);

bool isSourceType(const std::string &type);
bool isSinkType(const std::string &type);

} // namespace weir
