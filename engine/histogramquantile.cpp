#include "histogramquantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace weir {

double histogramQuantile(double q, std::vector<HistogramBucket> buckets)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    if (std::isnan(q))
        return kNaN;
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    std::sort(buckets.begin(), buckets.end(),
              [](const HistogramBucket &a, const HistogramBucket &b) {
                  return a.upperBound < b.upperBound;
              });
    if (buckets.size() < 2 || !std::isinf(buckets.back().upperBound))
        return kNaN;
    // Counts scraped at slightly different moments can dip; PromQL evens them out.
    for (size_t i = 1; i < buckets.size(); ++i)
        buckets[i].count = std::max(buckets[i].count, buckets[i - 1].count);
    const double observations = buckets.back().count;
    if (observations <= 0)
        return kNaN;
    double rank = q * observations;
    size_t b = 0;
    while (b + 1 < buckets.size() && buckets[b].count < rank)
        ++b;
    if (b == buckets.size() - 1)
        return buckets[b - 1].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    double start = 0;
    double count = buckets[b].count;
    if (b > 0) {
        start = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return start + (buckets[b].upperBound - start) * (rank / count);
}

} // namespace weir
