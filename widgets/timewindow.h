#pragma once

namespace weir {

// The stretch of run time a monitor chart shows, in seconds.
struct TimeWindow
{
    double x0 = 0;
    double x1 = 1;

    // `first`..`last`: the history kept; `span` 0 means the whole run. Following, the
    // window ends at the newest sample (or, early in a run, starts at the first one so
    // the line grows from the left); paused, it ends at `pausedEnd`, held inside the
    // history.
    static TimeWindow compute(double first, double last, double span, bool following,
                              double pausedEnd);
};

} // namespace weir
