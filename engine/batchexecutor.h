#pragma once

#include "clock.h"
#include "compiledpipeline.h"

namespace weir {

// Pushes batches through the compiled DAG on the engine thread: a source's raw
// batch goes to the nodes its `out` port feeds, each operator's emitted batches
// to the nodes its ports feed, and so on down to the sinks. Counts per node, and times
// each node's own work (exclusive of the nodes it feeds).
class BatchExecutor
{
public:
    explicit BatchExecutor(CompiledPipeline &pipeline) : m_pipeline(pipeline) {}

    // Turns raw records into a batch of rawSchema() and sends it from source node `node`.
    void pushChunk(size_t node, const std::shared_ptr<RawChunk> &chunk);
    // End of micro-batch / end of input, for every operator in topological order.
    void finishBatch();
    // A sink's commit, timed as the sink's work.
    template<typename F>
    void commit(size_t node, F &&work) { timed(node, work); }
    void finishInput();

private:
    class NodeEmitter;
    void emitFrom(size_t node, Port port, Batch &&batch);
    void deliver(size_t node, const Batch &batch);
    template<typename F>
    void timed(size_t node, F &&work);

    CompiledPipeline &m_pipeline;
    int64_t m_nestedNs = 0; // time the node being timed spent delivering downstream
};

// Runs `work` as node `node`'s and adds its time, less what the nodes it fed took, to the
// node's busySeconds. Nested calls (an operator emitting to the next) subtract themselves
// from the caller through m_nestedNs.
template<typename F>
void BatchExecutor::timed(size_t node, F &&work)
{
    const int64_t outerNested = m_nestedNs;
    m_nestedNs = 0;
    const int64_t start = steadyNowNs();
    work();
    const int64_t total = steadyNowNs() - start;
    m_pipeline.nodes[node].stats.busySeconds += double(total - m_nestedNs) / 1e9;
    m_nestedNs = outerNested + total;
}

// Raw records as a batch: `key` and `value` columns viewing the chunk's bytes.
Batch rawBatchFromChunk(const std::shared_ptr<RawChunk> &chunk);

} // namespace weir
