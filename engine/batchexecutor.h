#pragma once

#include "compiledpipeline.h"

namespace weir {

// Pushes batches through the compiled DAG on the engine thread: a source's raw
// batch goes to the nodes its `out` port feeds, each operator's emitted batches
// to the nodes its ports feed, and so on down to the sinks. Counts per node.
class BatchExecutor
{
public:
    explicit BatchExecutor(CompiledPipeline &pipeline) : m_pipeline(pipeline) {}

    // Turns raw records into a batch of rawSchema() and sends it from source node `node`.
    void pushChunk(size_t node, const std::shared_ptr<RawChunk> &chunk);
    // End of micro-batch / end of input, for every operator in topological order.
    void finishBatch();
    void finishInput();

private:
    class NodeEmitter;
    void emitFrom(size_t node, Port port, Batch &&batch);
    void deliver(size_t node, const Batch &batch);

    CompiledPipeline &m_pipeline;
};

// Raw records as a batch: `key` and `value` columns viewing the chunk's bytes.
Batch rawBatchFromChunk(const std::shared_ptr<RawChunk> &chunk);

} // namespace weir
