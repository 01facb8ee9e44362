#include "batchexecutor.h"

namespace weir {

class BatchExecutor::NodeEmitter : public Emitter
{
public:
    NodeEmitter(BatchExecutor &executor, size_t node)
        : m_executor(executor)
        , m_node(node)
    {}
    void send(Port port, Batch &&batch) override { m_executor.emitFrom(m_node, port, std::move(batch)); }

private:
    BatchExecutor &m_executor;
    size_t m_node;
};

Batch rawBatchFromChunk(const std::shared_ptr<RawChunk> &chunk)
{
    const size_t n = chunk->size();
    Batch batch = Batch::withSchema(rawSchema(), n);
    Column &keys = batch.columns[0];
    Column &values = batch.columns[1];
    const bool keyed = chunk->keys.size() == n;
    if (!keyed)
        keys.nulls.assign(n, 1);
    keys.strings.resize(n);
    for (size_t i = 0; i < n; ++i) {
        if (keyed)
            keys.strings[i] = chunk->keys[i];
        values.strings.push_back(chunk->value(i));
    }
    batch.origins.resize(n);
    for (size_t i = 0; i < n; ++i)
        batch.origins[i] = {chunk->source, chunk->partitions[i], chunk->offsets[i]};
    batch.rows = n;
    batch.ingestNs = chunk->ingestNs;
    batch.keepAlive.push_back(chunk);
    return batch;
}

void BatchExecutor::pushChunk(size_t node, const std::shared_ptr<RawChunk> &chunk)
{
    emitFrom(node, Port::Out, rawBatchFromChunk(chunk));
}

void BatchExecutor::emitFrom(size_t node, Port port, Batch &&batch)
{
    NodeStats &stats = m_pipeline.nodes[node].stats;
    if (port == Port::Out)
        stats.out += batch.rows;
    else if (port == Port::Errors)
        stats.errors += batch.rows;
    else
        stats.late += batch.rows;
    if (batch.rows == 0)
        return;
    for (const RuntimeNode::Output &output : m_pipeline.nodes[node].outputs) {
        if (output.port == port)
            deliver(output.target, batch);
    }
}

void BatchExecutor::deliver(size_t node, const Batch &batch)
{
    RuntimeNode &target = m_pipeline.nodes[node];
    target.stats.in += batch.rows;
    if (target.op) {
        NodeEmitter emitter(*this, node);
        timed(node, [&] { target.op->process(batch, emitter); });
    } else if (target.sink) {
        timed(node, [&] { target.sink->write(batch); });
        target.stats.out += batch.rows;
    }
}

void BatchExecutor::finishBatch()
{
    for (size_t i = 0; i < m_pipeline.nodes.size(); ++i) {
        if (m_pipeline.nodes[i].op) {
            NodeEmitter emitter(*this, i);
            timed(i, [&] { m_pipeline.nodes[i].op->finishBatch(emitter); });
        }
    }
}

void BatchExecutor::finishInput()
{
    for (size_t i = 0; i < m_pipeline.nodes.size(); ++i) {
        if (m_pipeline.nodes[i].op) {
            NodeEmitter emitter(*this, i);
            m_pipeline.nodes[i].op->finishInput(emitter);
        }
    }
}

} // namespace weir
