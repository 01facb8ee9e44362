#include "timewindow.h"

#include <algorithm>

namespace weir {

TimeWindow TimeWindow::compute(double first, double last, double span, bool following,
                               double pausedEnd)
{
    last = std::max(last, first);
    if (span <= 0) {
        const double end = following ? last : std::clamp(pausedEnd, first, last);
        return {first, std::max(end, first + 1)};
    }
    const double latestEnd = std::max(last, first + span);
    const double end = following ? latestEnd : std::clamp(pausedEnd, first + span, latestEnd);
    return {end - span, end};
}

} // namespace weir
