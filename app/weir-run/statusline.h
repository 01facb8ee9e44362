#pragma once

#include "metricssnapshot.h"

#include <string>

namespace weir {

// "12s | in 1.2M | out 420 | 1.01M ev/s | errors 12 | late 3 | p99 35.2 ms | lag 0 | queue 0%"
std::string formatStatusLine(const MetricsSnapshot &snapshot);
// The end-of-run summary, several lines.
std::string formatSummary(const MetricsSnapshot &snapshot);
std::string humanCount(double value);

} // namespace weir
