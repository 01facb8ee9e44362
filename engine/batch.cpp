#include "batch.h"

namespace weir {

void Column::reserve(size_t rows)
{
    if (isIntegral(type))
        ints.reserve(rows);
    else if (type == FieldType::Double)
        doubles.reserve(rows);
    else
        strings.reserve(rows);
}

void Column::clear()
{
    ints.clear();
    doubles.clear();
    strings.clear();
    nulls.clear();
}

void Column::appendFrom(const Column &other, size_t row)
{
    const size_t at = isIntegral(type) ? ints.size()
                      : type == FieldType::Double ? doubles.size()
                                                  : strings.size();
    if (isIntegral(type))
        ints.push_back(other.ints[row]);
    else if (type == FieldType::Double)
        doubles.push_back(other.doubles[row]);
    else
        strings.push_back(other.strings[row]);
    if (other.isNull(row)) {
        nulls.resize(at, 0);
        nulls.push_back(1);
    } else if (!nulls.empty()) {
        nulls.push_back(0);
    }
}

void Column::appendNull()
{
    const size_t at = isIntegral(type) ? ints.size()
                      : type == FieldType::Double ? doubles.size()
                                                  : strings.size();
    if (isIntegral(type))
        ints.push_back(0);
    else if (type == FieldType::Double)
        doubles.push_back(0);
    else
        strings.emplace_back();
    nulls.resize(at, 0);
    nulls.push_back(1);
}

Batch Batch::withSchema(SchemaPtr schema, size_t reserveRows)
{
    Batch batch;
    batch.columns.resize(schema->size());
    for (size_t i = 0; i < schema->size(); ++i) {
        batch.columns[i].type = schema->at(i).type;
        batch.columns[i].reserve(reserveRows);
    }
    batch.schema = std::move(schema);
    return batch;
}

StringArena &Batch::strings()
{
    if (!arena)
        arena = std::make_shared<StringArena>();
    return *arena;
}

Batch Batch::select(const std::vector<uint32_t> &selection) const
{
    Batch out = withSchema(schema, selection.size());
    for (size_t c = 0; c < columns.size(); ++c) {
        for (uint32_t row : selection)
            out.columns[c].appendFrom(columns[c], row);
    }
    if (!origins.empty()) {
        out.origins.reserve(selection.size());
        for (uint32_t row : selection)
            out.origins.push_back(origins[row]);
    }
    if (!watermarks.empty()) {
        out.watermarks.reserve(selection.size());
        for (uint32_t row : selection)
            out.watermarks.push_back(watermarks[row]);
    }
    out.rows = selection.size();
    out.eventTimeColumn = eventTimeColumn;
    out.ingestNs = ingestNs;
    out.keepAlive = keepAlive;
    if (arena)
        out.keepAlive.push_back(arena);
    return out;
}

void Batch::appendRow(const Batch &other, size_t row)
{
    for (size_t c = 0; c < columns.size(); ++c)
        columns[c].appendFrom(other.columns[c], row);
    if (!other.origins.empty())
        origins.push_back(other.origins[row]);
    if (!other.watermarks.empty())
        watermarks.push_back(other.watermarks[row]);
    ++rows;
}

} // namespace weir
