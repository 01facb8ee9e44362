#include "messagepager.h"

#include "kafkaadmin.h"
#include "kafkaadminutil.h"

#include <algorithm>

namespace weir {

using namespace kafkaadmin;

namespace {

using Runs = std::map<int32_t, std::vector<KafkaMessage>>;

bool before(const KafkaMessage &a, const KafkaMessage &b)
{
    return a.timestampMs != b.timestampMs ? a.timestampMs < b.timestampMs
                                          : a.partition < b.partition;
}

// Merges the runs by taking the earliest head each time, up to `limit` records: each
// partition gives a prefix of its run.
std::vector<KafkaMessage> mergeHeads(Runs &runs, size_t limit)
{
    std::map<int32_t, size_t> next;
    std::vector<KafkaMessage> page;
    while (page.size() < limit) {
        const KafkaMessage *best = nullptr;
        for (auto &[partition, run] : runs) {
            const size_t i = next[partition];
            if (i < run.size() && (!best || before(run[i], *best)))
                best = &run[i];
        }
        if (!best)
            break;
        ++next[best->partition];
        page.push_back(*best);
    }
    return page;
}

// Keeps the latest `limit` records of the runs, taking the latest tail each time: each
// partition keeps a suffix of its run.
void keepTails(Runs &runs, size_t limit)
{
    std::map<int32_t, size_t> kept;
    for (size_t taken = 0; taken < limit; ++taken) {
        const KafkaMessage *best = nullptr;
        for (auto &[partition, run] : runs) {
            const size_t k = kept[partition];
            if (k < run.size() && (!best || before(*best, run[run.size() - 1 - k])))
                best = &run[run.size() - 1 - k];
        }
        if (!best)
            break;
        ++kept[best->partition];
    }
    for (auto &[partition, run] : runs)
        run.erase(run.begin(), run.end() - std::ptrdiff_t(kept[partition]));
}

std::chrono::milliseconds left(const Deadline &deadline)
{
    return std::chrono::milliseconds(deadline.remainingMs());
}

} // namespace

MessagePager::MessagePager(std::string topic, std::vector<int32_t> partitions, size_t pageSize)
    : m_topic(std::move(topic))
    , m_partitions(std::move(partitions))
    , m_pageSize(std::max<size_t>(1, pageSize))
{
    std::sort(m_partitions.begin(), m_partitions.end());
}

std::vector<KafkaMessage> MessagePager::open(KafkaAdmin &admin, FetchStart start,
                                             std::chrono::milliseconds timeout)
{
    const Deadline deadline(timeout);
    std::map<int32_t, int64_t> from;
    for (int32_t p : m_partitions) {
        if (start.kind == FetchStart::Kind::Newest) {
            from[p] = admin.partitionWatermarks(m_topic, p, left(deadline)).high;
            continue;
        }
        // fetch() resolves the start (a time, an offset before the oldest kept one) to the
        // first record it reads; a partition with nothing there starts at its end.
        const std::vector<KafkaMessage> first
            = admin.fetch(m_topic, p, start, 1, std::nullopt, left(deadline));
        from[p] = first.empty() ? admin.partitionWatermarks(m_topic, p, left(deadline)).high
                                : first.front().offset;
    }
    m_begin = m_end = from;
    if (start.kind == FetchStart::Kind::Newest)
        return backward(admin, from, left(deadline));
    return forward(admin, from, left(deadline));
}

std::vector<KafkaMessage> MessagePager::next(KafkaAdmin &admin, std::chrono::milliseconds timeout)
{
    return forward(admin, m_end, timeout);
}

std::vector<KafkaMessage> MessagePager::previous(KafkaAdmin &admin,
                                                 std::chrono::milliseconds timeout)
{
    return backward(admin, m_begin, timeout);
}

std::vector<KafkaMessage> MessagePager::forward(KafkaAdmin &admin,
                                                const std::map<int32_t, int64_t> &from,
                                                std::chrono::milliseconds timeout)
{
    const Deadline deadline(timeout);
    Runs runs;
    for (const auto &[p, offset] : from)
        runs[p] = admin.fetch(m_topic, p, FetchStart::offset(offset), m_pageSize, std::nullopt,
                              left(deadline));
    std::vector<KafkaMessage> page = mergeHeads(runs, m_pageSize);
    if (page.empty())
        return page;
    m_begin = m_end = from;
    for (const KafkaMessage &m : page) {
        m_begin[m.partition] = std::min(m_begin[m.partition], m.offset);
        m_end[m.partition] = std::max(m_end[m.partition], m.offset + 1);
    }
    return page;
}

std::vector<KafkaMessage> MessagePager::backward(KafkaAdmin &admin,
                                                 const std::map<int32_t, int64_t> &until,
                                                 std::chrono::milliseconds timeout)
{
    const Deadline deadline(timeout);
    Runs runs;
    for (const auto &[p, offset] : until) {
        const int64_t first = std::max<int64_t>(0, offset - int64_t(m_pageSize));
        runs[p] = admin.fetch(m_topic, p, FetchStart::offset(first), m_pageSize, offset,
                              left(deadline));
    }
    keepTails(runs, m_pageSize);
    std::vector<KafkaMessage> page = mergeHeads(runs, m_pageSize);
    if (page.empty())
        return page;
    m_begin = m_end = until;
    for (const auto &[p, run] : runs)
        if (!run.empty())
            m_begin[p] = run.front().offset;
    return page;
}

} // namespace weir
