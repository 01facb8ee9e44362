#pragma once

#include <cstdint>

namespace weir {

// Spark's window(ts, size, slide): windows [start, start + size) with start aligned to
// the epoch on multiples of slide. A timestamp belongs to the windows starting at
// lastStart(ts), lastStart(ts) - slide, ... while start + size > ts. Tumbling windows
// are the case slide == size.
class WindowAssigner
{
public:
    WindowAssigner(int64_t size, int64_t slide);

    int64_t size() const { return m_size; }
    int64_t slide() const { return m_slide; }
    // The most windows a timestamp can belong to: ceil(size / slide).
    int maxWindows() const { return m_maxWindows; }

    // The latest window start at or before ts (floor, also for negative ts); ts must be
    // at least INT64_MIN + slide.
    int64_t lastStart(int64_t ts) const;
    // Writes to `starts` the windows containing ts whose end is after `watermark`
    // (the others are final), latest start first, and returns how many. `starts` has
    // room for maxWindows(). Windows whose bounds do not fit in int64 are left out.
    int assign(int64_t ts, int64_t watermark, int64_t *starts) const;

    static int64_t floorMod(int64_t value, int64_t divisor);

private:
    int64_t m_size;
    int64_t m_slide;
    int m_maxWindows;
};

} // namespace weir
