#pragma once

#include "metricssnapshot.h"

#include <QString>

#include <string>

namespace weir {

// A run's state as the window shows it, in the user's language: "Running", "Finished".
QString runStateText(RunState state);
// The same for a state stored by name (runStateName: "finished"), as the run history keeps
// them; an unknown name is shown as it is.
QString runStateText(const std::string &name);

} // namespace weir
