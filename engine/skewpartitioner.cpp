#include "skewpartitioner.h"

#include "counterrng.h"
#include "murmur2.h"

#include <algorithm>
#include <cmath>

namespace weir {

namespace {

// Ten counters per hot-key slot keep the sketch's error under a tenth of the threshold.
size_t sketchCapacity(double hotKeyShare)
{
    return size_t(std::clamp(std::ceil(10.0 / hotKeyShare), 64.0, 100'000.0));
}

} // namespace

SkewPartitioner::SkewPartitioner(const Options &options)
    : m_options(options)
    , m_warmUp(uint64_t(std::max(100.0, std::ceil(2.0 / options.hotKeyShare))))
    , m_sketch(sketchCapacity(options.hotKeyShare), options.halfLife)
{
}

bool SkewPartitioner::isHot(double estimate) const
{
    return m_sketch.observations() >= m_warmUp
           && estimate >= m_options.hotKeyShare * m_sketch.total();
}

int32_t SkewPartitioner::partition(std::string_view key, int32_t partitions)
{
    const int32_t home = murmur2Partition(key, partitions);
    if (!isHot(m_sketch.add(key)))
        return home;
    const int32_t spread = std::min(m_options.hotKeyPartitions, partitions);
    return int32_t((uint64_t(home) + CounterRng::below(nextRandom(), uint64_t(spread)))
                   % uint64_t(partitions));
}

uint64_t SkewPartitioner::nextRandom()
{
    return CounterRng::mix(++m_random);
}

std::vector<HotKey> SkewPartitioner::hotKeys(size_t limit) const
{
    std::vector<HotKey> keys;
    if (m_sketch.observations() < m_warmUp)
        return keys;
    for (const HeavyHitters::Entry &e : m_sketch.above(m_options.hotKeyShare, limit))
        keys.push_back({e.key, e.count / m_sketch.total()});
    return keys;
}

} // namespace weir
