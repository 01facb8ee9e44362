#pragma once

#include "connectionid.h"

#include <QString>

namespace weir {

class PipelineModel;

// Why `connection` cannot be added to `model`, in words for the canvas tooltip; empty
// when it can. Refused: an unknown node or port, a node feeding itself, a sink as the
// sender, a source as the receiver, a connection that exists, one that closes a cycle,
// and a second input carrying other records than the first (a node's inputs must all
// carry the same columns; where the model cannot tell, the engine checks at start).
QString connectionRefusal(const PipelineModel &model, const ConnectionId &connection);

} // namespace weir
