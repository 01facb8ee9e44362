#pragma once

#include "monitorsample.h"

#include <string>
#include <vector>

// Σ rate × Δt over a run's samples (from t = 0): what a rate series says was counted in
// all, to compare with the totals the engine reports.
inline double sampleIntegral(const std::vector<weir::MonitorSample> &samples,
                             const std::string &series)
{
    double sum = 0;
    double before = 0;
    for (const weir::MonitorSample &s : samples) {
        sum += s.value(series) * (s.t - before);
        before = s.t;
    }
    return sum;
}
