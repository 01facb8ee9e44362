#pragma once

#include "batchassembler.h"
#include "batchexecutor.h"
#include "checkpoint.h"
#include "compiledpipeline.h"
#include "pipelinerunner.h"
#include "prometheusmetrics.h"
#include "runstats.h"
#include "sourcereader.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>
#include <thread>

namespace weir {

// The engine behind PipelineRunner: opens everything (restoring the checkpoint), then
// runs micro-batches on its own thread until the input ends or a stop is requested.
class RunEngine
{
public:
    RunEngine(Pipeline pipeline, RunOptions options)
        : m_pipeline(std::move(pipeline))
        , m_options(std::move(options))
    {}
    ~RunEngine() { stopAndJoin(); }

    void start();
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }
    void requestStop();
    void wait();
    bool waitFor(std::chrono::milliseconds timeout);
    MetricsSnapshot snapshot() const;
    std::shared_ptr<prometheus::Registry> registry() const { return m_prometheus->registry(); }
    std::function<void(const std::string &)> log = [](const std::string &) {};

private:
    void readSettings();
    void restoreCheckpoint();
    void openSinks();
    void openSources();
    void announcePartitions();
    // False when a source cannot re-read a logged batch exactly (Kafka subscribe mode).
    bool replaysExactly() const;
    void run(std::stop_token stop);
    void loop(std::stop_token stop);
    // A batch whose range is known before it runs (a replay, trigger once): logged
    // first, then processed chunk by chunk as the sources deliver. False if stopped.
    bool runStreamedBatch(const BatchRanges &ranges, std::stop_token stop);
    void beginBatch(const BatchRanges &ranges, bool logRanges);
    void commitBatch(const CollectedInput &input, bool finalBatch);
    void waitWhilePaused(std::stop_token stop);
    void setPaused(bool paused);
    std::vector<PartitionLag> lag() const;
    // Logs the sources' notices and adds them to the snapshot.
    void reportNotices();
    void stopAndJoin();
    void finish(RunState state, const std::string &error = {});

    Pipeline m_pipeline;
    RunOptions m_options;
    std::unique_ptr<CompiledPipeline> m_compiled;
    std::unique_ptr<PrometheusMetrics> m_prometheus;
    std::unique_ptr<RunStats> m_stats;
    std::unique_ptr<Checkpoint> m_checkpoint;
    std::unique_ptr<ChunkQueue> m_queue;
    std::unique_ptr<BatchAssembler> m_assembler;
    std::unique_ptr<BatchExecutor> m_executor;
    std::vector<std::unique_ptr<SourceReader>> m_readers;
    std::vector<Positions> m_startPositions;
    std::optional<BatchRanges> m_pending;
    bool m_rollForward = false; // an uncommitted batch is not replayed: new ids after the sinks'
    std::vector<std::optional<Positions>> m_onceLimits;
    Trigger m_trigger = Trigger::ProcessingTime;
    int64_t m_intervalMs = 1000;
    size_t m_maxBatch = 1000000;
    size_t m_queueCapacity = 200000;
    int64_t m_nextBatchId = 0;
    int64_t m_batchStartNs = 0;
    std::jthread m_thread;
    std::jthread m_sourceMonitor; // refreshes lag and queue figures between batches
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    bool m_paused = false;
    bool m_done = false;
};

} // namespace weir
