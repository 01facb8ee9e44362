#include "windowassigner.h"

#include <limits>

namespace weir {

WindowAssigner::WindowAssigner(int64_t size, int64_t slide)
    : m_size(size)
    , m_slide(slide)
    , m_maxWindows(int((size + slide - 1) / slide))
{
}

int64_t WindowAssigner::floorMod(int64_t value, int64_t divisor)
{
    const int64_t mod = value % divisor;
    return mod < 0 ? mod + divisor : mod;
}

int64_t WindowAssigner::lastStart(int64_t ts) const
{
    return ts - floorMod(ts, m_slide);
}

int WindowAssigner::assign(int64_t ts, int64_t watermark, int64_t *starts) const
{
    constexpr __int128 kMin = std::numeric_limits<int64_t>::min();
    constexpr __int128 kMax = std::numeric_limits<int64_t>::max();
    int count = 0;
    __int128 start = __int128(ts) - floorMod(ts, m_slide); // may pass INT64_MIN
    for (int k = 0; k < m_maxWindows && start + m_size > ts; ++k, start -= m_slide) {
        const __int128 end = start + m_size;
        if (end <= watermark)
            break; // earlier windows end earlier: all final
        if (start >= kMin && end <= kMax)
            starts[count++] = int64_t(start);
    }
    return count;
}

} // namespace weir
