#pragma once

#include <string>

namespace weir {

// docs/nodes.md: every node type of the registry by category (type id, title, description,
// input, output ports, a table of its parameters), then the pipeline settings, as
// GitHub-flavoured Markdown. Generated so the reference cannot drift from the engine.
std::string nodeReferenceMarkdown();

} // namespace weir
