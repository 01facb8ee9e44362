#pragma once

#include <utility>
#include <vector>

namespace weir {

// One cumulative bucket of a Prometheus histogram: observations <= upperBound.
struct HistogramBucket
{
    double upperBound = 0;
    double count = 0;
};

// PromQL's histogram_quantile(): the q-quantile (0..1) of cumulative buckets, linearly
// interpolated inside the bucket the rank falls in (the first bucket starts at 0; a rank
// in the +Inf bucket gives the highest finite bound). NaN without observations, without
// a +Inf bucket, or with fewer than two buckets. The buckets may come in any order.
double histogramQuantile(double q, std::vector<HistogramBucket> buckets);

} // namespace weir
