#pragma once

#include "schema.h"
#include "stringarena.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace weir {

// One column of a batch. Which vector holds the values depends on the type
// (see fieldtype.h); `nulls` is either empty (no nulls) or one flag per row.
struct Column
{
    FieldType type = FieldType::String;
    std::vector<int64_t> ints;
    std::vector<double> doubles;
    std::vector<std::string_view> strings;
    std::vector<uint8_t> nulls;

    bool isNull(size_t row) const { return !nulls.empty() && nulls[row]; }
    void reserve(size_t rows);
    void clear();
    // Appends row `row` of `other` (same type); string bytes must outlive this column.
    void appendFrom(const Column &other, size_t row);
    void appendNull();
};

// Where a record came from: the source node (index in the running pipeline),
// its partition and its position there (offset, line, event index).
struct Origin
{
    uint32_t source = 0;
    int32_t partition = 0;
    int64_t offset = 0;
    bool operator==(const Origin &) const = default;
};

// Records travel in batches, column by column. Strings are views into bytes the
// batch keeps alive: its own arena, or buffers of the batches it was made from.
struct Batch
{
    SchemaPtr schema;
    std::vector<Column> columns;
    size_t rows = 0;
    std::vector<Origin> origins;      // one per row; empty for derived rows (window output)
    std::vector<int64_t> watermarks;  // per row, set once a watermark node has run upstream
    int eventTimeColumn = -1;         // set by the watermark node
    int64_t ingestNs = 0;             // steady-clock time the oldest record entered the engine
    std::shared_ptr<StringArena> arena;
    std::vector<std::shared_ptr<const void>> keepAlive;

    static Batch withSchema(SchemaPtr schema, size_t reserveRows = 0);
    StringArena &strings();
    // A batch of the same schema holding the rows listed in `selection`, in order.
    Batch select(const std::vector<uint32_t> &selection) const;
    // Copies row `row` of `other` (same schema) to the end of this batch.
    void appendRow(const Batch &other, size_t row);
    int64_t watermark() const { return watermarks.empty() ? INT64_MIN : watermarks.back(); }
};

} // namespace weir
