#include "debugrun.h"

#include "pipelinerunner.h"

#include <stdexcept>

namespace weir {

MetricsSnapshot runToEnd(const Pipeline &pipeline, std::stop_token stop)
{
    PipelineRunner runner(pipeline);
    runner.start();
    // The runner has no stop callback: poll for a stop request between waits.
    while (!runner.waitFor(std::chrono::milliseconds(100))) {
        if (stop.stop_requested()) {
            runner.requestStop();
            runner.wait();
            throw std::runtime_error("stopped before the end of the input");
        }
    }
    MetricsSnapshot snapshot = runner.snapshot();
    if (snapshot.state == RunState::Failed)
        throw std::runtime_error(snapshot.error);
    return snapshot;
}

} // namespace weir
