#include "watermarkoperator.h"

#include "duration.h"
#include "problem.h"
#include "spelling.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string>

namespace weir {

namespace {

constexpr std::string_view kMaxEventTimeKey = "max_event_time";

int eventTimeColumn(const NodeContext &ctx, const Json &params, const Schema &schema)
{
    const auto it = params.find("event_time");
    if (it == params.end() || it->is_null())
        throw PipelineError(ctx.id, "event_time", "missing; name the timestamp field to use");
    if (!it->is_string())
        throw PipelineError(ctx.id, "event_time", "must be a field name");
    const std::string name = it->get<std::string>();
    const int column = schema.indexOf(name);
    if (column < 0) {
        std::vector<std::string> names;
        for (const Field &field : schema.fields())
            names.push_back(field.name);
        throw PipelineError(ctx.id, "event_time",
                            "unknown field '" + name + "'" + didYouMean(name, names));
    }
    const FieldType type = schema.at(size_t(column)).type;
    if (type != FieldType::Timestamp) {
        throw PipelineError(ctx.id, "event_time",
                            "field '" + name + "' is a " + std::string(fieldTypeName(type))
                                + ", not a timestamp (read it as \"timestamp\" in parse_json)");
    }
    return column;
}

int64_t delayMs(const NodeContext &ctx, const Json &params)
{
    const auto it = params.find("delay");
    if (it == params.end() || it->is_null())
        return 10 * 60 * 1000;
    const auto ms = it->is_string() ? parseDurationMs(it->get<std::string>()) : std::nullopt;
    if (!ms)
        throw PipelineError(ctx.id, "delay", "must be a duration such as \"10 minutes\"");
    return *ms;
}

bool boolParam(const NodeContext &ctx, const Json &params, const char *name)
{
    const auto it = params.find(name);
    if (it == params.end() || it->is_null())
        return false;
    if (!it->is_boolean())
        throw PipelineError(ctx.id, name, "must be true or false");
    return it->get<bool>();
}

} // namespace

WatermarkOperator::WatermarkOperator(SchemaPtr schema, int eventTimeColumn, int64_t delayMs,
                                     bool dropLate, bool alignPartitions)
    : m_schema(std::move(schema))
    , m_column(eventTimeColumn)
    , m_delayMs(delayMs)
    , m_dropLate(dropLate)
    , m_align(alignPartitions)
{
}

SchemaPtr WatermarkOperator::outputSchema(Port port) const
{
    return port == Port::Errors ? nullptr : m_schema;
}

int64_t WatermarkOperator::watermarkAfter(int64_t maxEventTime) const
{
    if (maxEventTime < INT64_MIN + m_delayMs)
        return INT64_MIN; // no row yet (or so early that the delay reaches past the epoch range)
    return maxEventTime - m_delayMs;
}

void WatermarkOperator::process(const Batch &in, Emitter &out)
{
    if (in.rows == 0)
        return;
    const Column &times = in.columns[size_t(m_column)];
    m_rowWatermarks.resize(in.rows);
    m_onTime.clear();
    m_late.clear();
    int64_t maxEventTime = m_state.maxEventTime;
    int64_t current = watermarkAfter(maxEventTime);
    for (size_t row = 0; row < in.rows; ++row) {
        const bool isNull = times.isNull(row);
        if (isNull || (m_dropLate && times.ints[row] < current)) {
            m_nullCount += isNull;
            m_late.push_back(uint32_t(row));
        } else {
            const int64_t basis = m_align && !in.origins.empty()
                                      ? alignedMax(in.origins[row], times.ints[row])
                                      : times.ints[row];
            if (basis > maxEventTime) {
                maxEventTime = basis;
                current = watermarkAfter(maxEventTime);
            }
            m_onTime.push_back(uint32_t(row));
        }
        m_rowWatermarks[row] = current;
    }
    m_state.maxEventTime = maxEventTime;
    m_lateCount += m_late.size();
    if (m_late.empty()) {
        Batch batch(in);
        batch.watermarks = m_rowWatermarks;
        batch.eventTimeColumn = m_column;
        out.send(Port::Out, std::move(batch));
        return;
    }
    if (!m_onTime.empty())
        emitRows(Port::Out, in, m_onTime, out);
    emitRows(Port::Late, in, m_late, out);
}

void WatermarkOperator::expectPartitions(
    const std::vector<std::pair<uint32_t, int32_t>> &partitions)
{
    if (!m_align)
        return;
    for (const auto &partition : partitions)
        m_partitionMax.try_emplace(partition, INT64_MIN);
    if (!partitions.empty())
        m_smallestMax = INT64_MIN;
}

int64_t WatermarkOperator::alignedMax(const Origin &origin, int64_t time)
{
    const auto [it, added] = m_partitionMax.try_emplace({origin.source, origin.partition}, time);
    if (added) {
        m_smallestMax = std::min(m_smallestMax, time);
    } else if (time > it->second) {
        const bool heldSmallest = it->second == m_smallestMax;
        it->second = time;
        if (heldSmallest) { // rescan only when the slowest partition moved
            m_smallestMax = INT64_MAX;
            for (const auto &entry : m_partitionMax)
                m_smallestMax = std::min(m_smallestMax, entry.second);
        }
    }
    return m_smallestMax;
}

void WatermarkOperator::emitRows(Port port, const Batch &in, const std::vector<uint32_t> &rows,
                                 Emitter &out) const
{
    Batch batch = in.select(rows);
    batch.watermarks.resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        batch.watermarks[i] = m_rowWatermarks[rows[i]];
    batch.eventTimeColumn = m_column;
    out.send(port, std::move(batch));
}

void WatermarkOperator::saveState(StateWriter &writer)
{
    if (m_state.maxEventTime == m_savedMaxEventTime)
        return;
    writer.put(kMaxEventTimeKey, std::to_string(m_state.maxEventTime));
    m_savedMaxEventTime = m_state.maxEventTime;
}

void WatermarkOperator::loadState(const StateReader &reader)
{
    State state;
    reader.forEach([&](std::string_view key, std::string_view value) {
        if (key != kMaxEventTimeKey)
            return;
        const auto [end, ec]
            = std::from_chars(value.data(), value.data() + value.size(), state.maxEventTime);
        if (ec != std::errc() || end != value.data() + value.size())
            throw std::runtime_error("watermark state: bad max_event_time '" + std::string(value)
                                     + "'");
    });
    m_state = state;
    m_savedMaxEventTime = state.maxEventTime;
}

std::unique_ptr<Operator> makeWatermark(const NodeContext &ctx, const Json &params, SchemaPtr input)
{
    const int column = eventTimeColumn(ctx, params, *input);
    return std::make_unique<WatermarkOperator>(std::move(input), column, delayMs(ctx, params),
                                               boolParam(ctx, params, "drop_late"),
                                               boolParam(ctx, params, "align_partitions"));
}

} // namespace weir
