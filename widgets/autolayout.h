#pragma once

#include "pipeline.h"

#include <QPointF>

#include <vector>

namespace weir {

// The grid of the auto-layout, the same as the example pipelines use.
inline constexpr qreal kLayoutColumnWidth = 220;
inline constexpr qreal kLayoutRowHeight = 160;

// Positions for every node of `pipeline` (by index into its nodes), left to right by
// topological order: a node's column is the longest path from a source to it. Rows
// follow branches: a chain of nodes continues on its row along the `out` port, and each
// other branch starts the first free row below. Nodes on a cycle get rows of their own
// at the bottom. Positions in the pipeline are ignored.
std::vector<QPointF> autoLayout(const Pipeline &pipeline);

} // namespace weir
