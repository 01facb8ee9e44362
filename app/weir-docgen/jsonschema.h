#pragma once

#include <string>

namespace weir {

// docs/pipeline.schema.json: a JSON Schema (draft 2020-12) of the pipeline file for editors,
// with each node type's parameters, the settings and settings.alerts taken from the node
// registry, so it cannot drift from what the validator accepts.
std::string pipelineJsonSchema();

} // namespace weir
