#include "workercombine.h"

#include "monitorseries.h"

#include <algorithm>
#include <string_view>

namespace weir {

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool isPartitionLag(const std::string &name)
{
    using namespace series;
    return startsWith(name, std::string(kLagOffsets) + "/")
        || startsWith(name, std::string(kLagSeconds) + "/");
}

// Series where the combined value is the largest of the workers'.
bool combinesByMax(const std::string &name)
{
    using namespace series;
    for (const char *worst :
         {kLagSeconds, kLatencyP50, kLatencyP95, kLatencyP99, kBatchP99, kWatermarkDelay})
        if (name == worst)
            return true;
    return isPartitionLag(name);
}

} // namespace

MonitorSample combineWorkers(const std::map<std::string, MonitorSample> &latest)
{
    using namespace series;
    MonitorSample combined;
    auto &v = combined.values;
    bool anyPartition = false;
    for (const auto &[worker, sample] : latest) {
        combined.t = std::max(combined.t, sample.t);
        for (const auto &[name, value] : sample.values) {
            v[series::worker(worker, name)] = value;
            if (name == kErrorPercent)
                continue;
            anyPartition = anyPartition || isPartitionLag(name);
            const auto [it, inserted] = v.emplace(name, value);
            if (!inserted)
                it->second = combinesByMax(name) ? std::max(it->second, value) : it->second + value;
        }
    }
    if (anyPartition) { // sum the partitions once each, not each worker's own sum
        double offsets = 0;
        const std::string prefix = std::string(kLagOffsets) + "/";
        for (auto it = v.lower_bound(prefix); it != v.end() && startsWith(it->first, prefix); ++it)
            offsets += it->second;
        v[kLagOffsets] = offsets;
    }
    if (combined.has(kInRate) && combined.has(kErrorRate))
        v[kErrorPercent] = v[kInRate] > 0 ? 100.0 * v[kErrorRate] / v[kInRate] : 0;
    return combined;
}

} // namespace weir
