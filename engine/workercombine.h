#pragma once

#include "monitorsample.h"

#include <map>
#include <string>

namespace weir {

// The summed view of several workers running the same pipeline (a consumer group spread
// over machines), from each worker's latest sample (by worker name):
// - rates, totals, queue depth/capacity, paused partitions and per-node series: summed —
//   each worker reads and writes its own records;
// - per-partition lag: the largest report of that partition (during a rebalance two
//   workers can report the same one), and lag_offsets the sum of those;
// - lag_seconds, latency percentiles, batch p99, watermark delay: the largest — a
//   percentile cannot be summed and the workers' buckets are gone, so the combined
//   figure is the worst worker's, which bounds the true merged percentile from above
//   and is what an SLO alert should see;
// - error_percent: recomputed from the summed error and input rates.
// Each worker's own series are copied under series::worker(name, series). A series no
// worker has is missing. t is the largest t of the workers.
MonitorSample combineWorkers(const std::map<std::string, MonitorSample> &latest);

} // namespace weir
