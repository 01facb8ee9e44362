#pragma once

namespace weir {

// The stretch of run time a monitor chart shows, in seconds.
struct TimeWindow
{
    double x0 = 0;
    double x1 = 1;

    // `first`..`last`: the history kept; `span` 0 means the whole run. Following, the
    // window ends at the newest sample (early in a run it starts at the first one and is
    // a whole number of minutes wide, so the lines fill the plot); paused, it ends at
    // `pausedEnd`, held inside the history.
    static TimeWindow compute(double first, double last, double span, bool following,
                              double pausedEnd);
};

} // namespace weir
