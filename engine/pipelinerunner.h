#pragma once

#include "metricssnapshot.h"
#include "pipeline.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace prometheus {
class Registry;
}

namespace weir {

class RunEngine;

enum class Trigger { ProcessingTime, Once, Continuous };

struct RunOptions
{
    std::string checkpointPath;        // empty: settings.checkpoint, else none
    std::optional<Trigger> trigger;    // overrides settings.trigger
    std::string metricsAddress;        // empty: settings.metrics_addr, else not served
    bool serveMetrics = false;         // serve on metricsAddress/settings
    size_t chunkRecords = 4096;        // records per chunk a reader pushes
};

// Runs one pipeline on its own engine thread. Lifecycle: start() (throws when the
// pipeline is invalid or its files cannot be opened), then pause()/resume(),
// requestStop() (finish the batch in flight, commit, stop), wait().
// Commands go GUI/CLI -> engine through these calls; snapshot() carries
// metrics engine -> GUI/CLI. Nothing else crosses between the threads.
class PipelineRunner
{
public:
    explicit PipelineRunner(Pipeline pipeline, RunOptions options = {});
    ~PipelineRunner();
    PipelineRunner(const PipelineRunner &) = delete;
    PipelineRunner &operator=(const PipelineRunner &) = delete;

    void start();
    void pause();
    void resume();
    void requestStop();
    void wait();
    bool waitFor(std::chrono::milliseconds timeout);

    MetricsSnapshot snapshot() const;
    std::shared_ptr<prometheus::Registry> registry() const;
    // Engine messages (start, restore, replay, stop); called on the engine thread.
    void setLogHandler(std::function<void(const std::string &)> handler);

private:
    std::unique_ptr<RunEngine> m_engine;
};

std::optional<Trigger> triggerFromName(std::string_view name);

} // namespace weir
