#include "batchassembler.h"

#include <stdexcept>

namespace weir {

namespace {

// Splits `chunk` into the records before `limit` and the rest.
std::pair<std::shared_ptr<RawChunk>, std::shared_ptr<RawChunk>>
split(const std::shared_ptr<RawChunk> &chunk, const Positions &limit)
{
    auto before = std::make_shared<RawChunk>();
    auto after = std::make_shared<RawChunk>();
    for (auto *part : {before.get(), after.get()}) {
        part->source = chunk->source;
        part->ingestNs = chunk->ingestNs;
        part->next = chunk->next;
    }
    const bool keyed = !chunk->keys.empty();
    for (size_t i = 0; i < chunk->size(); ++i) {
        const int32_t p = chunk->partitions[i];
        auto it = limit.find(p);
        const bool inRange = it != limit.end() && chunk->offsets[i] < it->second;
        RawChunk &target = inRange ? *before : *after;
        target.append(chunk->value(i), p, chunk->offsets[i]);
        if (keyed)
            target.keys.push_back(chunk->keys[i]);
    }
    // The part before the limit ends, per partition, where the part after it starts.
    for (size_t i = after->size(); i-- > 0;)
        before->next[after->partitions[i]] = after->offsets[i];
    return {before, after};
}

} // namespace

BatchAssembler::BatchAssembler(ChunkQueue &queue, size_t sources)
    : m_queue(queue)
    , m_next(sources)
    , m_ended(sources, false)
{}

bool BatchAssembler::allEnded() const
{
    for (bool e : m_ended) {
        if (!e)
            return false;
    }
    return m_carry.empty();
}

bool BatchAssembler::reached(uint32_t source, const Positions &limit) const
{
    if (m_ended[source]) {
        bool carried = false;
        for (const QueueItem &item : m_carry)
            carried = carried || item.source == source;
        if (!carried)
            return true;
    }
    for (const auto &[partition, offset] : limit) {
        auto it = m_next[source].find(partition);
        if (it == m_next[source].end() ? offset > 0 : it->second < offset)
            return false;
    }
    return true;
}

CollectedInput BatchAssembler::begin() const
{
    CollectedInput input;
    input.from = m_next;
    input.to = m_next;
    return input;
}

std::optional<QueueItem> BatchAssembler::next(std::chrono::milliseconds wait, bool useCarry)
{
    std::optional<QueueItem> item;
    if (useCarry && !m_carry.empty()) {
        item = std::move(m_carry.front());
        m_carry.pop_front();
    } else {
        item = m_queue.pop(wait);
    }
    if (item && !item->error.empty())
        throw std::runtime_error(item->error);
    if (item && item->end)
        m_ended[item->source] = true;
    return item;
}

void BatchAssembler::take(CollectedInput &input, std::shared_ptr<RawChunk> chunk,
                          const std::optional<Positions> *limit, const ChunkHandler *handler)
{
    const uint32_t s = chunk->source;
    if (limit) {
        if (!limit->has_value()) {
            m_carry.push_back({s, std::move(chunk), false, {}});
            return;
        }
        auto [before, after] = split(chunk, **limit);
        if (after->size() > 0)
            m_carry.push_back({s, std::move(after), false, {}});
        chunk = std::move(before);
        if (chunk->size() == 0)
            return;
    }
    for (const auto &[partition, next] : chunk->next)
        m_next[s][partition] = next;
    input.to[s] = m_next[s];
    input.records += chunk->size();
    input.ingested.emplace_back(chunk->ingestNs, chunk->size());
    if (handler)
        (*handler)(chunk);
    else
        input.chunks.push_back(std::move(chunk));
}

CollectedInput BatchAssembler::collectAvailable(size_t maxRecords, std::chrono::milliseconds wait)
{
    CollectedInput input = begin();
    auto carried = std::move(m_carry);
    m_carry.clear();
    while (!carried.empty() && input.records < maxRecords) {
        take(input, std::move(carried.front().chunk), nullptr);
        carried.pop_front();
    }
    for (auto &rest : carried)
        m_carry.push_back(std::move(rest));
    while (input.records < maxRecords && m_carry.empty()) {
        auto item = next(input.records == 0 ? wait : std::chrono::milliseconds(0), true);
        if (!item)
            break;
        if (item->chunk)
            take(input, std::move(item->chunk), nullptr);
    }
    return input;
}

CollectedInput BatchAssembler::collectUntil(const std::vector<std::optional<Positions>> &limits,
                                            std::stop_token stop, const ChunkHandler &handler)
{
    CollectedInput input = begin();
    auto done = [&] {
        for (size_t s = 0; s < limits.size(); ++s) {
            if (limits[s] && !reached(uint32_t(s), *limits[s]))
                return false;
        }
        return true;
    };
    // Chunks put back during this batch are beyond the limits: look at each once.
    size_t carriedToCheck = m_carry.size();
    while (!done() && !stop.stop_requested()) {
        std::optional<QueueItem> item;
        if (carriedToCheck > 0) {
            --carriedToCheck;
            item = next(std::chrono::milliseconds(0), true);
        } else {
            item = next(std::chrono::milliseconds(20), false);
        }
        if (item && item->chunk) {
            const uint32_t source = item->chunk->source;
            take(input, std::move(item->chunk), &limits[source], &handler);
        }
    }
    return input;
}

} // namespace weir
