#include "aggregates.h"

#include <cmath>

namespace weir {

namespace {

// Doubles order with NaN above everything (as Spark does), so min/max do not depend
// on the order values arrive in.
bool lessThan(double a, double b)
{
    if (std::isnan(b))
        return !std::isnan(a);
    return a < b;
}

template<typename T> T &ensure(std::unique_ptr<T> &slot)
{
    if (!slot)
        slot = std::make_unique<T>();
    return *slot;
}

// After a value was pushed: keeps `nulls` (empty, or one flag per row) in step.
void markNotNull(Column &column)
{
    if (!column.nulls.empty())
        column.nulls.push_back(0);
}

void appendInt(Column &column, int64_t value)
{
    column.ints.push_back(value);
    markNotNull(column);
}

void appendDouble(Column &column, double value)
{
    column.doubles.push_back(value);
    markNotNull(column);
}

} // namespace

void Aggregates::add(const AggregateSpecs &specs, const AggregateInputs &inputs, size_t row)
{
    for (size_t s = 0; s < specs.size(); ++s) {
        const AggregateSpec &spec = specs[s];
        Cell &cell = m_cells[s];
        const Column *column = inputs.column(s);
        if (!column) {
            ++cell.n;
            continue;
        }
        if (column->isNull(row))
            continue;
        switch (spec.fn) {
        case AggregateFn::CountDistinct:
            ensure(cell.distinct).insert(inputs.hash(s, row));
            break;
        case AggregateFn::ApproxCountDistinct:
            ensure(cell.sketch).addHash(inputs.hash(s, row));
            break;
        default:
            addValue(spec, cell, *column, row);
        }
    }
}

void Aggregates::addValue(const AggregateSpec &spec, Cell &cell, const Column &column, size_t row)
{
    const bool integral = isIntegral(column.type);
    const bool first = cell.n++ == 0;
    switch (spec.fn) {
    case AggregateFn::Sum:
    case AggregateFn::Avg:
        if (integral)
            cell.i = int64_t(uint64_t(cell.i) + uint64_t(column.ints[row])); // wraps, no UB
        else
            cell.d += column.doubles[row];
        break;
    case AggregateFn::Min:
    case AggregateFn::Max: {
        const bool isMin = spec.fn == AggregateFn::Min;
        if (integral) {
            const int64_t v = column.ints[row];
            if (first || (isMin ? v < cell.i : v > cell.i))
                cell.i = v;
        } else if (column.type == FieldType::Double) {
            const double v = column.doubles[row];
            if (first || (isMin ? lessThan(v, cell.d) : lessThan(cell.d, v)))
                cell.d = v;
        } else {
            const std::string_view v = column.strings[row];
            if (first || (isMin ? v < cell.text : v > cell.text))
                cell.text.assign(v);
        }
        break;
    }
    case AggregateFn::Percentile:
        ensure(cell.quantiles).add(integral ? double(column.ints[row]) : column.doubles[row]);
        break;
    default: // count of a field's non-null values: n alone
        break;
    }
}

void Aggregates::merge(const AggregateSpecs &specs, const Aggregates &other)
{
    for (size_t s = 0; s < specs.size(); ++s)
        mergeCell(specs[s], m_cells[s], other.m_cells[s]);
}

void Aggregates::mergeCell(const AggregateSpec &spec, Cell &cell, const Cell &other)
{
    const bool integral = isIntegral(spec.inputType);
    const bool isMin = spec.fn == AggregateFn::Min;
    switch (spec.fn) {
    case AggregateFn::CountDistinct:
        if (other.distinct)
            ensure(cell.distinct).merge(*other.distinct);
        break;
    case AggregateFn::ApproxCountDistinct:
        if (other.sketch)
            ensure(cell.sketch).merge(*other.sketch);
        break;
    case AggregateFn::Percentile:
        if (other.quantiles)
            ensure(cell.quantiles).merge(*other.quantiles);
        break;
    case AggregateFn::Sum:
    case AggregateFn::Avg:
        cell.i = int64_t(uint64_t(cell.i) + uint64_t(other.i));
        cell.d += other.d;
        break;
    case AggregateFn::Min:
    case AggregateFn::Max:
        if (other.n == 0)
            break;
        if (cell.n == 0) {
            cell.i = other.i;
            cell.d = other.d;
            cell.text = other.text;
        } else if (integral) {
            cell.i = isMin ? std::min(cell.i, other.i) : std::max(cell.i, other.i);
        } else if (spec.inputType == FieldType::Double) {
            if (isMin ? lessThan(other.d, cell.d) : lessThan(cell.d, other.d))
                cell.d = other.d;
        } else if (isMin ? other.text < cell.text : other.text > cell.text) {
            cell.text = other.text;
        }
        break;
    case AggregateFn::Count:
        break;
    }
    cell.n += other.n;
}

void Aggregates::serialize(const AggregateSpecs &specs, std::string &out) const
{
    ByteEncoder encoder(out);
    for (size_t s = 0; s < specs.size(); ++s)
        writeCell(specs[s], m_cells[s], encoder);
}

void Aggregates::writeCell(const AggregateSpec &spec, const Cell &cell, ByteEncoder &out)
{
    out.varint(uint64_t(cell.n));
    switch (spec.fn) {
    case AggregateFn::CountDistinct:
        out.u8(cell.distinct ? 1 : 0);
        if (cell.distinct)
            cell.distinct->serialize(out);
        break;
    case AggregateFn::ApproxCountDistinct:
        out.u8(cell.sketch ? 1 : 0);
        if (cell.sketch)
            cell.sketch->serialize(out);
        break;
    case AggregateFn::Percentile:
        out.u8(cell.quantiles ? 1 : 0);
        if (cell.quantiles)
            cell.quantiles->serialize(out);
        break;
    case AggregateFn::Sum:
    case AggregateFn::Avg:
    case AggregateFn::Min:
    case AggregateFn::Max:
        if (isTextual(spec.inputType))
            out.bytes(cell.text);
        else if (isIntegral(spec.inputType))
            out.i64(cell.i);
        else
            out.f64(cell.d);
        break;
    case AggregateFn::Count:
        break;
    }
}

bool Aggregates::deserialize(const AggregateSpecs &specs, std::string_view bytes)
{
    ByteDecoder decoder(bytes);
    m_cells = std::vector<Cell>(specs.size());
    for (size_t s = 0; s < specs.size(); ++s) {
        if (!readCell(specs[s], m_cells[s], decoder))
            return false;
    }
    return !decoder.failed() && decoder.atEnd();
}

bool Aggregates::readCell(const AggregateSpec &spec, Cell &cell, ByteDecoder &in)
{
    cell.n = int64_t(in.varint());
    switch (spec.fn) {
    case AggregateFn::CountDistinct:
        return in.u8() == 0 || ensure(cell.distinct).deserialize(in);
    case AggregateFn::ApproxCountDistinct:
        return in.u8() == 0 || ensure(cell.sketch).deserialize(in);
    case AggregateFn::Percentile:
        return in.u8() == 0 || ensure(cell.quantiles).deserialize(in);
    case AggregateFn::Sum:
    case AggregateFn::Avg:
    case AggregateFn::Min:
    case AggregateFn::Max:
        if (isTextual(spec.inputType))
            cell.text = std::string(in.bytes());
        else if (isIntegral(spec.inputType))
            cell.i = in.i64();
        else
            cell.d = in.f64();
        break;
    case AggregateFn::Count:
        break;
    }
    return !in.failed();
}

void Aggregates::writeResults(const AggregateSpecs &specs, Batch &out, size_t firstColumn) const
{
    for (size_t s = 0; s < specs.size(); ++s)
        resultOf(specs[s], m_cells[s], out.columns[firstColumn + s], out.strings());
}

void Aggregates::resultOf(const AggregateSpec &spec, const Cell &cell, Column &column,
                          StringArena &arena)
{
    const bool integral = isIntegral(spec.inputType);
    switch (spec.fn) {
    case AggregateFn::Count:
        return appendInt(column, cell.n);
    case AggregateFn::CountDistinct:
        return appendInt(column, cell.distinct ? int64_t(cell.distinct->size()) : 0);
    case AggregateFn::ApproxCountDistinct:
        return appendInt(column, cell.sketch ? std::llround(cell.sketch->estimate()) : 0);
    default:
        break;
    }
    if (cell.n == 0)
        return column.appendNull();
    switch (spec.fn) {
    case AggregateFn::Sum:
        return integral ? appendInt(column, cell.i) : appendDouble(column, cell.d);
    case AggregateFn::Avg:
        return appendDouble(column, (integral ? double(cell.i) : cell.d) / double(cell.n));
    case AggregateFn::Percentile:
        return appendDouble(column, cell.quantiles->quantile(spec.q));
    default: // min, max
        if (integral)
            return appendInt(column, cell.i);
        if (spec.inputType == FieldType::Double)
            return appendDouble(column, cell.d);
        column.strings.push_back(arena.store(cell.text));
        markNotNull(column);
    }
}

} // namespace weir
