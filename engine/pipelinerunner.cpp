#include "pipelinerunner.h"

#include "runengine.h"

namespace weir {

std::optional<Trigger> triggerFromName(std::string_view name)
{
    if (name == "processing_time")
        return Trigger::ProcessingTime;
    if (name == "once" || name == "available_now")
        return Trigger::Once;
    if (name == "continuous")
        return Trigger::Continuous;
    return std::nullopt;
}

PipelineRunner::PipelineRunner(Pipeline pipeline, RunOptions options)
    : m_engine(std::make_unique<RunEngine>(std::move(pipeline), std::move(options)))
{}

PipelineRunner::~PipelineRunner() = default;

void PipelineRunner::start() { m_engine->start(); }
void PipelineRunner::pause() { m_engine->pause(); }
void PipelineRunner::resume() { m_engine->resume(); }
void PipelineRunner::requestStop() { m_engine->requestStop(); }
void PipelineRunner::wait() { m_engine->wait(); }
bool PipelineRunner::waitFor(std::chrono::milliseconds t) { return m_engine->waitFor(t); }
MetricsSnapshot PipelineRunner::snapshot() const { return m_engine->snapshot(); }

std::shared_ptr<prometheus::Registry> PipelineRunner::registry() const
{
    return m_engine->registry();
}

void PipelineRunner::setLogHandler(std::function<void(const std::string &)> handler)
{
    m_engine->log = std::move(handler);
}

} // namespace weir
