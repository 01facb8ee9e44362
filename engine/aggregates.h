#pragma once

#include "aggregateinputs.h"
#include "aggregatespec.h"
#include "batch.h"
#include "distinctset.h"
#include "hyperloglog.h"
#include "quantilesketch.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

// The running aggregates of one window and group, one cell per AggregateSpec. The specs
// are not stored (every window of an operator shares them) and are passed to each call.
// Cells add rows, merge (session windows), serialize to bytes for checkpoints and write
// their results as one output row.
class Aggregates
{
public:
    Aggregates() = default;
    explicit Aggregates(const AggregateSpecs &specs)
        : m_cells(specs.size())
    {
    }

    void add(const AggregateSpecs &specs, const AggregateInputs &inputs, size_t row);
    void merge(const AggregateSpecs &specs, const Aggregates &other);

    void serialize(const AggregateSpecs &specs, std::string &out) const;
    // False when `bytes` was not written by serialize() with these specs.
    bool deserialize(const AggregateSpecs &specs, std::string_view bytes);

    // Appends one value to each of out.columns[firstColumn + i]; strings go to out's arena.
    void writeResults(const AggregateSpecs &specs, Batch &out, size_t firstColumn) const;

private:
    struct Cell
    {
        int64_t n = 0; // rows counted, or non-null values seen
        int64_t i = 0; // integer sum, min or max
        double d = 0; // double sum, min or max
        std::string text; // string min or max
        std::unique_ptr<DistinctSet> distinct;
        std::unique_ptr<HyperLogLog> sketch;
        std::unique_ptr<QuantileSketch> quantiles;
    };

    static void addValue(const AggregateSpec &spec, Cell &cell, const Column &column, size_t row);
    static void mergeCell(const AggregateSpec &spec, Cell &cell, const Cell &other);
    static void writeCell(const AggregateSpec &spec, const Cell &cell, ByteEncoder &out);
    static bool readCell(const AggregateSpec &spec, Cell &cell, ByteDecoder &in);
    static void resultOf(const AggregateSpec &spec, const Cell &cell, Column &column,
                         StringArena &arena);

    std::vector<Cell> m_cells;
};

} // namespace weir
