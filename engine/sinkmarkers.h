#pragma once

#include "pipeline.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace weir {

// Sinks remember the last batch id they committed (sink.sqlite in its _weir_sink_batches
// table, sink.file in <path>.weir-commit), and a run with a checkpoint expects them at the
// checkpoint's batch: a batch id a sink already holds is discarded as a replay. A run into
// the real sinks outside the checkpoint - a re-drive - takes the next batch ids, so it
// must put the markers back afterwards, or the production run's next batch would be
// dropped (or refused) there. Its rows stay: they are committed data like any other.

struct SinkMarker
{
    std::string type;  // sink.sqlite or sink.file
    std::string path;
    std::string table; // sink.sqlite
    std::optional<int64_t> batch; // nullopt: no marker
};

// The markers of the pipeline's sink.sqlite and sink.file nodes as they are now.
std::vector<SinkMarker> readSinkMarkers(const Pipeline &pipeline);

// Puts each marker back to its batch (a sink.file marker keeps the file's current size);
// one that did not exist is removed. Throws std::runtime_error naming the path.
void restoreSinkMarkers(const std::vector<SinkMarker> &markers);

} // namespace weir
