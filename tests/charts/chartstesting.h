#pragma once

#include "monitorsample.h"
#include "monitorseries.h"

#include <QString>

#include <cmath>
#include <string>

namespace weir::chartstesting {

// A run's sample at second `t`: every pipeline series, `partitions` partitions of topic
// "orders" and `nodes` nodes ("n0", "n1", ...), with values that differ per series and
// per second and don't round to short decimals (so a CSV has to be exact to match).
inline MonitorSample sampleAt(double t, int partitions = 3, int nodes = 2)
{
    using namespace series;
    MonitorSample s;
    s.t = t;
    auto &v = s.values;
    const double wave = std::sin(t / 17.0);
    v[kInRate] = 1000 + 400 * wave + t / 7.0;
    v[kOutRate] = 990 + 390 * wave;
    v[kErrorRate] = 3 + 2 * std::cos(t / 5.0);
    v[kErrorPercent] = v[kErrorRate] / v[kInRate] * 100;
    v[kLateRate] = 1 + std::cos(t / 3.0);
    v[kDeadLetters] = 3 * t;
    v[kLateRecords] = t;
    v[kLatencyP50] = 20 + 5 * wave;
    v[kLatencyP95] = 45 + 9 * wave;
    v[kLatencyP99] = 80 + 20 * wave;
    v[kBatchP99] = 4 + wave;
    v[kWatermarkDelay] = 2 + wave / 3;
    v[kQueueDepth] = std::floor(50 + 40 * wave);
    v[kQueueCapacity] = 128;
    double offsets = 0;
    for (int p = 0; p < partitions; ++p) {
        const double lag = 100 * (p + 1) + 80 * std::sin(t / (9.0 + p));
        v[partitionLagOffsets("orders", p)] = lag;
        v[partitionLagSeconds("orders", p)] = lag / 1000;
        offsets += lag;
    }
    if (partitions > 0) {
        v[kLagOffsets] = offsets;
        v[kLagSeconds] = offsets / 1000;
        v[kPausedPartitions] = std::fmod(std::floor(t / 30), 3);
    }
    for (int n = 0; n < nodes; ++n) {
        const std::string id = "n" + std::to_string(n);
        for (const char *what : {"in_rate", "out_rate", "error_rate", "late_rate"})
            v[node(id, what)] = 100 * (n + 1) + 10 * wave + what[0];
        for (const char *what : {"in", "out", "errors", "late"})
            v[node(id, what)] = t * (n + 1) * what[0];
    }
    return s;
}

} // namespace weir::chartstesting
