#include "windowoperatorbase.h"

#include "bytedecoder.h"
#include "byteencoder.h"
#include "hash64.h"
#include "problem.h"

#include <algorithm>

namespace weir {

namespace {

constexpr char kMetaKey[] = "m";
constexpr char kEntryTag = 'w';
constexpr uint8_t kStateVersion = 1;
constexpr uint64_t kSignBit = uint64_t(1) << 63;

void putOrdered(std::string &key, int64_t value)
{
    const uint64_t v = uint64_t(value) ^ kSignBit;
    for (int shift = 56; shift >= 0; shift -= 8)
        key.push_back(char(uint8_t(v >> shift)));
}

int64_t readOrdered(std::string_view bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | uint8_t(bytes[size_t(i)]);
    return int64_t(v ^ kSignBit);
}

} // namespace

WindowOperatorBase::WindowOperatorBase(WindowConfig config)
    : m_config(std::move(config))
    , m_inputs(m_config.specs)
    , m_codec(m_config.groupFields, m_config.groupTypes)
{
}

SchemaPtr WindowOperatorBase::outputSchema(Port port) const
{
    if (port == Port::Out)
        return m_config.output;
    if (port == Port::Late)
        return m_config.input;
    return nullptr;
}

void WindowOperatorBase::process(const Batch &in, Emitter &out)
{
    if (in.rows == 0)
        return;
    if (in.ingestNs != 0 && (m_oldestIngestNs == 0 || in.ingestNs < m_oldestIngestNs))
        m_oldestIngestNs = in.ingestNs;
    m_inputs.prepare(in);
    const int timeColumn = in.eventTimeColumn >= 0 ? in.eventTimeColumn : m_config.timeColumn;
    const Column &times = in.columns[size_t(timeColumn)];
    m_lateRows.clear();
    for (size_t row = 0; row < in.rows; ++row) {
        // Watermarks only advance; a window final for one row is final for all after it.
        // Complete mode keeps every window, as Spark does: nothing becomes final or late.
        if (!in.watermarks.empty() && m_config.mode != OutputMode::Complete)
            m_watermark = std::max(m_watermark, in.watermarks[row]);
        if (times.isNull(row) || !accumulate(in, row, times.ints[row]))
            m_lateRows.push_back(uint32_t(row));
    }
    if (!m_lateRows.empty()) {
        m_lateCount += m_lateRows.size();
        out.send(Port::Late, in.select(m_lateRows));
    }
}

void WindowOperatorBase::finishBatch(Emitter &out)
{
    emitUpTo(out, m_watermark);
}

void WindowOperatorBase::finishInput(Emitter &out)
{
    emitUpTo(out, INT64_MAX);
}

// What each output mode emits once the watermark is at `watermark` (INT64_MAX at the
// end of input): append the windows that became final, update the changed ones,
// complete all of them, keeping their state.
void WindowOperatorBase::emitUpTo(Emitter &out, int64_t watermark)
{
    switch (m_config.mode) {
    case OutputMode::Append:
        collectUpTo(watermark);
        emitRows(m_rows, out);
        evictUntil(watermark);
        break;
    case OutputMode::Update:
        emitChanged(out);
        evictUntil(watermark);
        break;
    case OutputMode::Complete:
        collectUpTo(INT64_MAX);
        emitRows(m_rows, out);
        break;
    }
    m_oldestIngestNs = 0;
}

uint32_t WindowOperatorBase::groupOf(const Batch &in, size_t row)
{
    m_codec.encode(in, row, m_keyBuffer);
    return m_groups.intern(m_keyBuffer, Hash64::text(m_keyBuffer));
}

void WindowOperatorBase::emitRows(std::vector<OutputRow> &rows, Emitter &out)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), [this](const OutputRow &a, const OutputRow &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.group != b.group) {
            if (const int order = m_groups.key(a.group).compare(m_groups.key(b.group)))
                return order < 0;
        }
        return a.end < b.end;
    });
    Batch batch = Batch::withSchema(m_config.output, rows.size());
    const size_t firstAggregate = 2 + m_codec.fieldCount();
    for (const OutputRow &row : rows) {
        batch.columns[0].ints.push_back(row.start);
        batch.columns[1].ints.push_back(row.end);
        m_codec.decode(m_groups.key(row.group), batch, 2);
        row.aggregates->writeResults(m_config.specs, batch, firstAggregate);
    }
    batch.rows = rows.size();
    batch.watermarks.assign(rows.size(), m_watermark);
    batch.ingestNs = m_oldestIngestNs;
    rows.clear();
    out.send(Port::Out, std::move(batch));
}

void WindowOperatorBase::writeStateKey(int64_t start, int64_t end, uint32_t group,
                                       std::string &key) const
{
    key.clear();
    key.push_back(kEntryTag);
    putOrdered(key, start);
    putOrdered(key, end);
    key.append(m_groups.key(group));
}

void WindowOperatorBase::putEntry(StateWriter &out, int64_t start, int64_t end, uint32_t group,
                                  const Aggregates &aggregates)
{
    writeStateKey(start, end, group, m_stateKey);
    m_stateValue.clear();
    aggregates.serialize(m_config.specs, m_stateValue);
    out.put(m_stateKey, m_stateValue);
}

void WindowOperatorBase::forgetSaved(int64_t start, int64_t end, uint32_t group)
{
    std::string key;
    writeStateKey(start, end, group, key);
    m_erasedKeys.push_back(std::move(key));
}

void WindowOperatorBase::saveState(StateWriter &out)
{
    for (const std::string &key : m_erasedKeys)
        out.erase(key);
    m_erasedKeys.clear();
    saveEntries(out);
    if (m_metaSaved && m_savedWatermark == m_watermark && m_savedLateCount == m_lateCount)
        return;
    std::string meta;
    ByteEncoder encoder(meta);
    encoder.u8(kStateVersion);
    encoder.u64(m_config.fingerprint);
    encoder.i64(m_watermark);
    encoder.u64(m_lateCount);
    out.put(kMetaKey, meta);
    m_metaSaved = true;
    m_savedWatermark = m_watermark;
    m_savedLateCount = m_lateCount;
}

void WindowOperatorBase::loadState(const StateReader &in)
{
    clearEntries();
    m_groups.clear();
    m_erasedKeys.clear();
    m_watermark = INT64_MIN;
    m_lateCount = 0;
    m_metaSaved = false;
    bool sawMeta = false;
    bool sawEntries = false;
    in.forEach([&](std::string_view key, std::string_view value) {
        sawEntries = sawEntries || key != kMetaKey;
        loadPair(key, value, sawMeta);
    });
    if (sawEntries && !sawMeta)
        throw PipelineError(m_config.node, "",
                            "the checkpoint holds window state without "
                            "its header; it cannot be restored");
    finishLoad();
}

void WindowOperatorBase::loadPair(std::string_view key, std::string_view value, bool &sawMeta)
{
    const auto mismatch = [this] {
        return PipelineError(m_config.node, "",
                             "the checkpoint's window state was written by a different window "
                             "definition (timing, group_by or aggregates changed); delete the "
                             "checkpoint to start over");
    };
    if (key == kMetaKey) {
        ByteDecoder decoder(value);
        const uint8_t version = decoder.u8();
        const uint64_t fingerprint = decoder.u64();
        m_watermark = decoder.i64();
        m_lateCount = decoder.u64();
        if (decoder.failed() || version != kStateVersion || fingerprint != m_config.fingerprint)
            throw mismatch();
        sawMeta = m_metaSaved = true;
        m_savedWatermark = m_watermark;
        m_savedLateCount = m_lateCount;
        return;
    }
    if (key.size() < 17 || key[0] != kEntryTag)
        throw mismatch();
    const int64_t start = readOrdered(key.substr(1, 8));
    const int64_t end = readOrdered(key.substr(9, 8));
    const std::string_view groupKey = key.substr(17);
    Batch check = Batch::withSchema(m_config.output, 1);
    Aggregates aggregates(m_config.specs);
    if (!m_codec.decode(groupKey, check, 2) || !aggregates.deserialize(m_config.specs, value))
        throw mismatch();
    loadEntry(start, end, m_groups.intern(groupKey, Hash64::text(groupKey)), std::move(aggregates));
}

} // namespace weir
