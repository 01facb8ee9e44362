#include "generatorsource.h"

#include "timestamp.h"
#include "usereventformatter.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace weir {

namespace {

constexpr size_t kMaxChunkBytes = size_t(256) << 20; // RawChunk offsets are 32-bit
constexpr size_t kTypicalEventBytes = 200;

int64_t steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int64_t wallSecondNowMs()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::seconds>(now).count() * 1000;
}

} // namespace

GeneratorSource::GeneratorSource(std::string nodeId, GeneratorParams params)
    : m_nodeId(std::move(nodeId))
    , m_params(std::move(params))
{
    if (m_params.startTimeMs)
        m_startMs = *m_params.startTimeMs;
}

GeneratorSource::~GeneratorSource() = default;

void GeneratorSource::open(const Positions &from)
{
    const auto it = from.find(0);
    const int64_t index = it == from.end() ? 0 : it->second;
    if (index < 0)
        throw std::runtime_error("generator '" + m_nodeId + "': invalid position "
                                 + std::to_string(index));
    if (m_startMs == kUnknownStart)
        m_startMs = wallSecondNowMs();
    if (!m_formatter)
        createFormatter();
    m_next = index;
    m_openIndex = index;
    m_openNs = steadyNowNs();
    m_open = true;
}

void GeneratorSource::createFormatter()
{
    m_formatter = std::make_unique<UserEventFormatter>(m_params, m_startMs);
    m_scratch.resize(m_formatter->maxLength());
}

void GeneratorSource::close()
{
    m_open = false;
}

int64_t GeneratorSource::dueIndex() const
{
    if (m_params.rate <= 0)
        return kUnbounded;
    if (!m_open)
        return m_next;
    const double elapsedSeconds = double(steadyNowNs() - m_openNs) * 1e-9;
    const double due = std::floor(elapsedSeconds * m_params.rate) + 1; // event 0 is due at once
    if (due >= double(kUnbounded - m_openIndex))
        return kUnbounded;
    return m_openIndex + int64_t(due);
}

ReadStatus GeneratorSource::read(RawChunk &chunk, size_t maxRecords)
{
    if (!m_open)
        throw std::logic_error("generator '" + m_nodeId + "': read() before open()");
    const int64_t next = m_next;
    const int64_t end = endIndex();
    if (next >= end)
        return ReadStatus::End;
    const int64_t limit = std::min(end, dueIndex());
    const int64_t count
        = std::min<int64_t>(int64_t(std::min<size_t>(maxRecords, INT64_MAX)), limit - next);
    if (count <= 0)
        return ReadStatus::Idle;
    appendEvents(chunk, next, next + count);
    return ReadStatus::Data;
}

void GeneratorSource::appendEvents(RawChunk &chunk, int64_t first, int64_t last)
{
    const size_t count = size_t(last - first);
    const bool withKeys = chunk.keys.size() == chunk.size();
    chunk.data.reserve(chunk.data.size() + std::min(count * kTypicalEventBytes, kMaxChunkBytes));
    chunk.starts.reserve(chunk.starts.size() + count);
    chunk.partitions.reserve(chunk.partitions.size() + count);
    chunk.offsets.reserve(chunk.offsets.size() + count);
    if (withKeys)
        chunk.keys.reserve(chunk.keys.size() + count);
    if (chunk.ingestNs == 0)
        chunk.ingestNs = steadyNowNs();
    char *scratch = m_scratch.data();
    char key[16];
    int64_t index = first;
    for (; index < last && chunk.data.size() < kMaxChunkBytes; ++index) {
        uint64_t user = 0;
        const size_t length = m_formatter->format(uint64_t(index), scratch, user);
        chunk.append(std::string_view(scratch, length), 0, index);
        if (withKeys)
            chunk.keys.emplace_back(key, user ? UserEventFormatter::writeUserId(user, key) : 0);
    }
    m_next = index;
}

Positions GeneratorSource::position() const
{
    return {{0, m_next}};
}

Positions GeneratorSource::availableEnd()
{
    if (m_params.count > 0)
        return {{0, m_params.count}};
    return {{0, m_params.rate > 0 ? dueIndex() : int64_t(m_next)}};
}

std::optional<int64_t> GeneratorSource::startTimeMs() const
{
    const int64_t start = m_startMs;
    return start == kUnknownStart ? std::nullopt : std::optional<int64_t>(start);
}

std::string GeneratorSource::persistentSettings() const
{
    const auto start = startTimeMs();
    if (!start)
        return {};
    return Json {{"start_time", formatTimestampMs(*start)}}.dump();
}

void GeneratorSource::restoreSettings(const std::string &settings)
{
    if (settings.empty())
        return;
    const Json json = Json::parse(settings, nullptr, false);
    const auto it = json.is_object() ? json.find("start_time") : json.end();
    const auto start = it != json.end() && it->is_string()
        ? parseTimestampMs(it->get<std::string>())
        : std::nullopt;
    if (!start)
        throw std::runtime_error("generator '" + m_nodeId + "': unreadable saved settings '"
                                 + settings + "'");
    if (*start == m_startMs)
        return;
    m_startMs = *start;
    if (m_formatter)
        createFormatter();
}

std::unique_ptr<Source> makeGeneratorSource(const std::string &nodeId, const Json &params)
{
    return std::make_unique<GeneratorSource>(nodeId, GeneratorParams::fromJson(nodeId, params));
}

} // namespace weir
