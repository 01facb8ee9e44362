#include "metricssnapshot.h"

namespace weir {

const char *runStateName(RunState state)
{
    switch (state) {
    case RunState::Idle:
        return "idle";
    case RunState::Starting:
        return "starting";
    case RunState::Running:
        return "running";
    case RunState::Paused:
        return "paused";
    case RunState::Stopping:
        return "stopping";
    case RunState::Finished:
        return "finished";
    case RunState::Failed:
        return "failed";
    }
    return "idle";
}

} // namespace weir
