#pragma once

#include "pipeline.h"
#include "problem.h"

#include <string>
#include <string_view>

namespace weir {

// Reading and writing *.weir.json files.
//
// Loading checks the structure only (format, version, the shape of nodes and edges)
// and throws PipelineError listing every problem found: malformed JSON with its line
// and column, or the node and field at fault. Whether node types, parameters and edges
// make sense is validatePipeline()'s job.
Pipeline loadPipeline(std::string_view jsonText);
// As loadPipeline; a file that cannot be read throws a PipelineError naming the path
// and the system's reason.
Pipeline loadPipelineFile(const std::string &path);

// The file text: 2-space indent, keys in a fixed order (format, version, name,
// description, settings, nodes, edges; per node id, type, params, position),
// parameters in their own order, a trailing newline. Empty description and settings
// and absent positions are left out. Saving what was loaded gives the same bytes.
std::string savePipeline(const Pipeline &pipeline);

// The value of "format" in a pipeline file.
inline constexpr std::string_view kPipelineFormat = "weir-pipeline";

} // namespace weir
