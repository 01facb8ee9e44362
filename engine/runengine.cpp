#include "runengine.h"

#include "clock.h"
#include "duration.h"

namespace weir {

namespace {

class NullStateWriter : public StateWriter
{
public:
    void put(std::string_view, std::string_view) override {}
    void erase(std::string_view) override {}
};

// Runs `call`, prefixing an error with the node it came from.
template<typename F>
void atNode(const RuntimeNode &node, F &&call)
{
    try {
        call();
    } catch (const std::exception &e) {
        throw std::runtime_error("node '" + node.id + "': " + e.what());
    }
}

} // namespace

void RunEngine::readSettings()
{
    const Json &s = m_pipeline.settings;
    m_trigger = m_options.trigger.value_or(
        triggerFromName(s.value("trigger", std::string("processing_time")))
            .value_or(Trigger::ProcessingTime));
    m_intervalMs = parseDurationMs(s.value("interval", std::string("1 second"))).value_or(1000);
    m_maxBatch = size_t(std::max<int64_t>(1, s.value("max_batch_records", int64_t(1000000))));
    m_queueCapacity = size_t(std::max<int64_t>(1, s.value("queue_capacity", int64_t(200000))));
    if (m_options.checkpointPath.empty())
        m_options.checkpointPath = s.value("checkpoint", std::string());
    if (m_options.metricsAddress.empty())
        m_options.metricsAddress = s.value("metrics_addr", std::string("127.0.0.1:9464"));
}

void RunEngine::restoreCheckpoint()
{
    m_startPositions.assign(m_compiled->sources.size(), {});
    if (m_options.checkpointPath.empty())
        return;
    m_checkpoint = std::make_unique<Checkpoint>(m_options.checkpointPath, m_compiled->name,
                                                m_compiled->fingerprint());
    for (RuntimeNode &node : m_compiled->nodes) {
        if (node.source) {
            if (auto settings = m_checkpoint->sourceSettings(node.id))
                node.source->restoreSettings(*settings);
        }
        if (node.op && node.op->isStateful())
            m_checkpoint->loadState(node.id, *node.op);
    }
    const int64_t last = m_checkpoint->lastCommittedBatch();
    m_nextBatchId = last + 1;
    auto positionsFrom = [&](const BatchRanges &ranges, bool useTo) {
        for (const SourceRange &r : ranges.ranges) {
            for (size_t s = 0; s < m_compiled->sources.size(); ++s) {
                if (m_compiled->nodes[m_compiled->sources[s]].id == r.source)
                    m_startPositions[s] = useTo ? r.to : r.from;
            }
        }
    };
    if (last >= 0) {
        if (auto committed = m_checkpoint->offsets(last))
            positionsFrom(*committed, true);
        log("restored checkpoint '" + m_checkpoint->path() + "' at batch " + std::to_string(last));
    }
    m_pending = m_checkpoint->offsets(last + 1);
    if (m_pending && !replaysExactly()) {
        log("batch " + std::to_string(last + 1)
            + " was started but not committed; a consumer-group source cannot replay it "
              "exactly, so its records are read again from the group's offsets (at least once)");
        m_pending.reset();
        m_rollForward = true;
    }
    if (m_pending) {
        positionsFrom(*m_pending, false);
        log("batch " + std::to_string(last + 1) + " was started but not committed: replaying it");
    }
}

void RunEngine::openSinks()
{
    int64_t newest = -1;
    for (RuntimeNode &node : m_compiled->nodes) {
        if (!node.sink)
            continue;
        atNode(node, [&] { node.sink->open(node.inputSchema); });
        newest = std::max(newest, node.sink->lastCommittedBatch());
        if (m_checkpoint && node.sink->lastCommittedBatch() > m_nextBatchId)
            throw std::runtime_error(
                "node '" + node.id + "': its output already holds batch "
                + std::to_string(node.sink->lastCommittedBatch()) + " but the checkpoint is at batch "
                + std::to_string(m_nextBatchId - 1)
                + "; it was written by another run: use a new output or that run's checkpoint");
    }
    // No checkpoint, or an uncommitted batch that is not replayed: carry on after what the
    // sinks hold, so no sink discards new rows as a batch it already has.
    if (!m_checkpoint || m_rollForward)
        m_nextBatchId = std::max(m_nextBatchId, newest + 1);
}

bool RunEngine::replaysExactly() const
{
    for (const size_t s : m_compiled->sources) {
        if (!m_compiled->nodes[s].source->replaysExactly())
            return false;
    }
    return true;
}

void RunEngine::openSources()
{
    m_queue = std::make_unique<ChunkQueue>(m_queueCapacity);
    m_assembler = std::make_unique<BatchAssembler>(*m_queue, m_compiled->sources.size());
    for (size_t s = 0; s < m_compiled->sources.size(); ++s) {
        RuntimeNode &node = m_compiled->nodes[m_compiled->sources[s]];
        const NodeSpec *spec = m_pipeline.node(node.id);
        atNode(node, [&] { node.source->open(m_startPositions[s]); });
        // Sources only extend their settings (e.g. topics a pattern matched since), so the
        // logged positions keep their meaning.
        if (m_checkpoint
            && m_checkpoint->sourceSettings(node.id) != node.source->persistentSettings())
            m_checkpoint->saveSourceSettings(node.id, node.source->persistentSettings());
        m_assembler->setPosition(uint32_t(s), node.source->position());
        m_onceLimits.emplace_back(node.source->availableEnd());
        m_readers.push_back(std::make_unique<SourceReader>(
            uint32_t(s), *node.source, *m_queue, m_options.chunkRecords,
            spec->params.value("max_rate", 0.0)));
    }
    if (m_trigger == Trigger::Once)
        announcePartitions();
}

// Tells the operators which partitions a bounded run will read (those with records
// between their start and the once limit), so that an aligned watermark waits for each.
void RunEngine::announcePartitions()
{
    std::vector<std::pair<uint32_t, int32_t>> partitions;
    for (size_t s = 0; s < m_onceLimits.size(); ++s) {
        if (!m_onceLimits[s])
            continue;
        const Positions start = m_assembler->position(uint32_t(s));
        for (const auto &[partition, limit] : *m_onceLimits[s]) {
            const auto from = start.find(partition);
            if (from == start.end() || from->second < limit)
                partitions.emplace_back(uint32_t(s), partition);
        }
    }
    for (RuntimeNode &node : m_compiled->nodes)
        if (node.op)
            node.op->expectPartitions(partitions);
}

void RunEngine::start()
{
    readSettings();
    m_compiled = CompiledPipeline::compile(m_pipeline); // throws PipelineError
    m_prometheus = std::make_unique<PrometheusMetrics>(
        m_pipeline.name.empty() ? "pipeline" : m_pipeline.name,
        [&] {
            std::vector<NodeStats> nodes;
            for (const RuntimeNode &n : m_compiled->nodes)
                nodes.push_back(n.stats);
            return nodes;
        }());
    if (m_options.serveMetrics)
        m_prometheus->serve(m_options.metricsAddress);
    m_stats = std::make_unique<RunStats>(*m_compiled, *m_prometheus);
    m_stats->setState(RunState::Starting);
    restoreCheckpoint();
    openSinks();
    openSources();
    m_executor = std::make_unique<BatchExecutor>(*m_compiled);
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

void RunEngine::run(std::stop_token stop)
{
    try {
        for (auto &reader : m_readers)
            reader->start();
        m_sourceMonitor = std::jthread([this](std::stop_token stop) {
            for (;;) {
                sleepFor(stop, std::chrono::milliseconds(250));
                if (stop.stop_requested())
                    return;
                m_stats->updateSources(lag(), *m_queue);
            }
        });
        m_stats->setState(RunState::Running);
        loop(stop);
        finish(RunState::Finished);
    } catch (const std::exception &e) {
        log(std::string("run failed: ") + e.what());
        finish(RunState::Failed, e.what());
    }
}

void RunEngine::finish(RunState state, const std::string &error)
{
    m_sourceMonitor.request_stop();
    if (m_sourceMonitor.joinable())
        m_sourceMonitor.join();
    m_queue->close();
    for (auto &reader : m_readers)
        reader->requestStop();
    for (auto &reader : m_readers)
        reader->join();
    reportNotices();
    for (RuntimeNode &node : m_compiled->nodes) {
        try {
            if (node.sink)
                node.sink->close();
            if (node.source)
                node.source->close();
        } catch (const std::exception &e) {
            log("closing '" + node.id + "': " + e.what());
        }
    }
    m_stats->setState(state, error);
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

void RunEngine::loop(std::stop_token stop)
{
    if (m_pending) {
        const bool finalBatch = m_pending->finalBatch;
        if (!runStreamedBatch(*m_pending, stop) || finalBatch)
            return;
        m_pending.reset();
    }
    if (m_trigger == Trigger::Once) {
        // Spark's `once`: everything available at start, as one batch that closes every
        // window. Chunks stream through the operators as the sources read them.
        BatchRanges ranges{m_nextBatchId, {}, true};
        for (size_t s = 0; s < m_compiled->sources.size(); ++s)
            ranges.ranges.push_back({m_compiled->nodes[m_compiled->sources[s]].id,
                                     m_assembler->position(uint32_t(s)), *m_onceLimits[s]});
        runStreamedBatch(ranges, stop);
        return;
    }
    auto nextTick = std::chrono::steady_clock::now();
    while (!stop.stop_requested()) {
        waitWhilePaused(stop);
        if (stop.stop_requested())
            break;
        // With a backlog (the queue filled up again while the last batch ran), the next
        // batch starts at once, as Spark's processing-time trigger does when it is behind.
        const bool backlog = m_queue->depth() >= m_queue->capacity() / 2;
        if (m_trigger == Trigger::ProcessingTime && !backlog) {
            nextTick += std::chrono::milliseconds(m_intervalMs);
            const auto now = std::chrono::steady_clock::now();
            if (nextTick < now)
                nextTick = now;
            std::unique_lock lock(m_mutex);
            m_changed.wait_until(lock, stop, nextTick, [] { return false; });
            if (stop.stop_requested())
                break;
        } else if (backlog) {
            nextTick = std::chrono::steady_clock::now();
        }
        const auto wait = m_trigger == Trigger::Continuous ? std::chrono::milliseconds(5)
                                                             : std::chrono::milliseconds(0);
        const CollectedInput input = m_assembler->collectAvailable(m_maxBatch, wait);
        reportNotices();
        const bool finalBatch = m_assembler->allEnded();
        if (input.records == 0 && !finalBatch) {
            m_stats->update(*m_compiled, input, {.batchId = -1, .lag = lag()}, *m_queue);
            continue;
        }
        BatchRanges ranges{m_nextBatchId, {}, finalBatch};
        for (size_t s = 0; s < m_compiled->sources.size(); ++s)
            ranges.ranges.push_back(
                {m_compiled->nodes[m_compiled->sources[s]].id, input.from[s], input.to[s]});
        beginBatch(ranges, true);
        for (const auto &chunk : input.chunks)
            m_executor->pushChunk(m_compiled->sources[chunk->source], chunk);
        commitBatch(input, finalBatch);
        if (finalBatch)
            break;
    }
}

bool RunEngine::runStreamedBatch(const BatchRanges &ranges, std::stop_token stop)
{
    const bool replay = m_pending && m_pending->batchId == ranges.batchId;
    std::vector<std::optional<Positions>> limits(m_compiled->sources.size());
    for (const SourceRange &r : ranges.ranges) {
        for (size_t s = 0; s < limits.size(); ++s) {
            if (m_compiled->nodes[m_compiled->sources[s]].id == r.source)
                limits[s] = r.to;
        }
    }
    if (replay)
        log("replaying batch " + std::to_string(ranges.batchId));
    beginBatch(ranges, !replay);
    const CollectedInput input = m_assembler->collectUntil(
        limits, stop, [&](const std::shared_ptr<RawChunk> &chunk) {
            m_executor->pushChunk(m_compiled->sources[chunk->source], chunk);
        });
    if (stop.stop_requested())
        return false; // not committed: a restart replays it from the offsets log
    commitBatch(input, ranges.finalBatch);
    return true;
}

void RunEngine::beginBatch(const BatchRanges &ranges, bool logRanges)
{
    if (m_checkpoint && logRanges)
        m_checkpoint->writeOffsets(ranges);
    m_batchStartNs = steadyNowNs();
    for (RuntimeNode &node : m_compiled->nodes) {
        if (node.sink)
            node.sink->beginBatch(ranges.batchId);
    }
}

void RunEngine::commitBatch(const CollectedInput &input, bool finalBatch)
{
    const int64_t batchId = m_nextBatchId;
    m_executor->finishBatch();
    if (finalBatch)
        m_executor->finishInput();
    for (size_t i = 0; i < m_compiled->nodes.size(); ++i) {
        RuntimeNode &node = m_compiled->nodes[i];
        if (node.sink) {
            m_executor->commit(i, [&] { atNode(node, [&] { node.sink->commitBatch(); }); });
            ++node.stats.commits;
        }
    }
    const int64_t t1 = steadyNowNs();
    int64_t watermark = INT64_MIN;
    uint64_t stateEntries = 0;
    std::vector<std::pair<std::string, Operator *>> stateful;
    for (RuntimeNode &node : m_compiled->nodes) {
        if (node.op && node.op->isStateful()) {
            stateful.emplace_back(node.id, node.op.get());
            watermark = std::max(watermark, node.op->watermark());
            stateEntries += node.op->stateSize();
        }
    }
    if (m_checkpoint) {
        m_checkpoint->commit(batchId, watermark, finalBatch, stateful);
    } else {
        NullStateWriter discard;
        for (auto &[id, op] : stateful)
            op->saveState(discard);
    }
    const int64_t t2 = steadyNowNs();
    for (size_t s = 0; s < m_compiled->sources.size(); ++s) {
        RuntimeNode &node = m_compiled->nodes[m_compiled->sources[s]];
        atNode(node, [&] { node.source->committed(m_assembler->position(uint32_t(s))); });
    }
    ++m_nextBatchId;
    m_stats->update(*m_compiled, input,
                    {batchId, double(t1 - m_batchStartNs) / 1e9, double(t2 - t1) / 1e9, watermark,
                     stateEntries, lag()},
                    *m_queue);
}

void RunEngine::reportNotices()
{
    for (size_t s = 0; s < m_readers.size(); ++s) {
        for (std::string &notice : m_readers[s]->takeNotices()) {
            notice = "source '" + m_compiled->nodes[m_compiled->sources[s]].id + "': " + notice;
            log(notice);
            m_stats->addMessage(std::move(notice));
        }
    }
}

std::vector<PartitionLag> RunEngine::lag() const
{
    std::vector<PartitionLag> lag;
    for (size_t s = 0; s < m_readers.size(); ++s) {
        const auto partitions = m_readers[s]->lag(m_compiled->nodes[m_compiled->sources[s]].id);
        lag.insert(lag.end(), partitions.begin(), partitions.end());
    }
    return lag;
}

void RunEngine::waitWhilePaused(std::stop_token stop)
{
    std::unique_lock lock(m_mutex);
    if (!m_paused)
        return;
    m_stats->setState(RunState::Paused);
    m_changed.wait(lock, stop, [&] { return !m_paused; });
    m_stats->setState(RunState::Running);
}

void RunEngine::setPaused(bool paused)
{
    std::lock_guard lock(m_mutex);
    m_paused = paused;
    m_changed.notify_all();
}

void RunEngine::requestStop()
{
    if (m_stats && m_stats->state() == RunState::Running)
        m_stats->setState(RunState::Stopping);
    m_thread.request_stop();
    if (m_queue)
        m_queue->close();
}

void RunEngine::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_done || !m_thread.joinable(); });
}

bool RunEngine::waitFor(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return m_done || !m_thread.joinable(); });
}

void RunEngine::stopAndJoin()
{
    requestStop();
    if (m_thread.joinable())
        m_thread.join();
}

MetricsSnapshot RunEngine::snapshot() const
{
    return m_stats ? m_stats->snapshot() : MetricsSnapshot{};
}

} // namespace weir
