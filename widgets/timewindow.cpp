#include "timewindow.h"

#include <algorithm>
#include <cmath>

namespace weir {

TimeWindow TimeWindow::compute(double first, double last, double span, bool following,
                               double pausedEnd)
{
    last = std::max(last, first);
    if (span <= 0) {
        const double end = following ? last : std::clamp(pausedEnd, first, last);
        return {first, std::max(end, first + 1)};
    }
    // A run younger than the span fills the plot, growing to the span a minute at a time
    // at most, rather than crowding into its left edge.
    if (following && last - first < span) {
        const double grown = std::ceil((last - first) * 1.1 / 60.0) * 60.0;
        return {first, first + std::clamp(grown, std::min(60.0, span), span)};
    }
    const double latestEnd = std::max(last, first + span);
    const double end = following ? latestEnd : std::clamp(pausedEnd, first + span, latestEnd);
    return {end - span, end};
}

} // namespace weir
