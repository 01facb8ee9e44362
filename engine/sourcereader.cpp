#include "sourcereader.h"

#include "clock.h"

#include <exception>
#include <utility>

namespace weir {

namespace {
constexpr int64_t kBacklogEveryNs = 200'000'000; // how often the lag figures are refreshed
constexpr std::chrono::milliseconds kPauseAfter{1000}; // a queue full this long pauses
}

namespace {
constexpr size_t kMaxPendingNotices = 100; // a source that keeps complaining stays bounded
} // namespace

SourceReader::SourceReader(uint32_t index, Source &source, ChunkQueue &queue, size_t chunkRecords,
                           double maxRate)
    : m_index(index)
    , m_source(source)
    , m_queue(queue)
    , m_chunkRecords(chunkRecords)
    , m_maxRate(maxRate)
{}

size_t SourceReader::allowance(std::stop_token stop)
{
    double rate = m_maxRate;
    if (const double own = m_source.maxRecordsPerSecond(); own > 0)
        rate = rate > 0 ? std::min(rate, own) : own;
    if (rate <= 0)
        return m_chunkRecords;
    // A token bucket holding at most a tenth of a second of records (and at least one).
    const double capacity = std::max(1.0, rate / 10);
    while (!stop.stop_requested()) {
        const int64_t now = steadyNowNs();
        if (m_tokensAtNs == 0)
            m_tokens = capacity;
        else
            m_tokens = std::min(capacity, m_tokens + double(now - m_tokensAtNs) / 1e9 * rate);
        m_tokensAtNs = now;
        if (m_tokens >= 1)
            return std::min(m_chunkRecords, size_t(m_tokens));
        sleepFor(stop, std::chrono::nanoseconds(int64_t((1 - m_tokens) / rate * 1e9)));
    }
    return 0;
}

SourceReader::~SourceReader()
{
    requestStop();
    join();
}

void SourceReader::start()
{
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

void SourceReader::requestStop()
{
    m_thread.request_stop();
}

void SourceReader::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<PartitionLag> SourceReader::lag(const std::string &sourceName) const
{
    std::lock_guard lock(m_backlogMutex);
    std::vector<PartitionLag> lag = m_lag;
    for (PartitionLag &l : lag) {
        if (l.topic.empty())
            l.topic = sourceName;
    }
    return lag;
}

void SourceReader::updateBacklog()
{
    const Positions end = m_source.availableEnd();
    const Positions at = m_source.position();
    const std::map<int32_t, double> seconds = m_source.lagSeconds();
    std::vector<PartitionLag> lag;
    for (const auto &[key, records] : backlog(end, at)) {
        auto age = seconds.find(key);
        const auto [topic, partition] = m_source.describePartition(key);
        lag.push_back({topic, partition, records, age == seconds.end() ? 0.0 : age->second,
                       m_paused.load()});
    }
    std::lock_guard lock(m_backlogMutex);
    m_lag = std::move(lag);
}

bool SourceReader::deliver(QueueItem item, std::stop_token stop)
{
    using namespace std::chrono_literals;
    // A full queue for a moment is ordinary backpressure: wait, and the source's own
    // bounded buffers (librdkafka's prefetch) fill and stop fetching. Only a queue that
    // stays full (a stalled sink) pauses the source, which then keeps its server session
    // alive (a Kafka group member must poll) while nothing is read.
    ChunkQueue::Push pushed = m_queue.push(item, kPauseAfter);
    if (pushed != ChunkQueue::Push::Full)
        return pushed == ChunkQueue::Push::Done;
    m_source.setPaused(true);
    m_paused = true;
    int64_t lastBacklogNs = 0;
    auto whilePaused = [&] {
        m_source.keepAlive();
        collectNotice();
        if (steadyNowNs() - lastBacklogNs > kBacklogEveryNs) {
            updateBacklog(); // the lag keeps growing while nothing is read
            lastBacklogNs = steadyNowNs();
        }
    };
    while (pushed == ChunkQueue::Push::Full && !stop.stop_requested()) {
        whilePaused();
        pushed = m_queue.push(item, 50ms);
    }
    while (pushed == ChunkQueue::Push::Done && !stop.stop_requested()
           && !m_queue.waitBelow(m_queue.capacity() / 2, 50ms))
        whilePaused();
    m_source.setPaused(false);
    m_paused = false;
    return pushed == ChunkQueue::Push::Done && !stop.stop_requested();
}

void SourceReader::collectNotice()
{
    std::string notice = m_source.takeNotice();
    if (notice.empty())
        return;
    std::lock_guard lock(m_backlogMutex);
    if (m_notices.size() < kMaxPendingNotices)
        m_notices.push_back(std::move(notice));
}

std::vector<std::string> SourceReader::takeNotices()
{
    std::lock_guard lock(m_backlogMutex);
    return std::exchange(m_notices, {});
}

void SourceReader::run(std::stop_token stop)
{
    int64_t lastBacklogNs = 0;
    try {
        while (!stop.stop_requested()) {
            const size_t allowed = allowance(stop);
            if (allowed == 0)
                return;
            auto chunk = std::make_shared<RawChunk>();
            chunk->source = m_index;
            const ReadStatus status = m_source.read(*chunk, allowed);
            m_tokens -= double(chunk->size());
            collectNotice();
            const int64_t now = steadyNowNs();
            if (now - lastBacklogNs > kBacklogEveryNs) {
                updateBacklog();
                lastBacklogNs = now;
            }
            if (chunk->size() > 0) {
                chunk->ingestNs = now;
                chunk->next = m_source.position();
                if (!deliver({m_index, std::move(chunk), false, {}}, stop))
                    return;
            }
            if (status == ReadStatus::End) {
                updateBacklog();
                m_queue.push({m_index, nullptr, true, {}});
                return;
            }
            if (status == ReadStatus::Idle)
                sleepFor(stop, std::chrono::milliseconds(2));
        }
    } catch (const std::exception &e) {
        m_queue.push({m_index, nullptr, false, e.what()});
    }
}

} // namespace weir
