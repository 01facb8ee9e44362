#pragma once

#include "pipelinecommands.h"

#include <QPointF>
#include <QStringList>

#include <string>
#include <string_view>

namespace weir {

class PipelineModel;

// The copy/paste format is the file format: a pipeline file holding the copied nodes
// (with their positions) and the connections among them, without settings.
std::string copyFragment(const PipelineModel &model, const QStringList &ids);

// The items that pasting fragment `text` adds to `model`: nodes appended after the
// model's, ids that clash renamed (parse -> parse_2) with the fragment's connections
// following, connections to nodes outside the fragment dropped, positions moved by
// `offset` (a fragment without positions is laid out first). Throws PipelineError when
// the text is not a pipeline file.
PipelineItems pastedItems(const PipelineModel &model, std::string_view text, QPointF offset);

} // namespace weir
