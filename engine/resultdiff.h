#pragma once

#include "resulttable.h"

#include <set>
#include <string>
#include <vector>

namespace weir {

struct SinkRedirect;

// A row matched by key on both sides whose other values differ.
struct ChangedRow
{
    ResultTable::Row before;            // in ResultDiff::columns order
    ResultTable::Row after;
    std::vector<size_t> changedColumns; // indexes into ResultDiff::columns, ascending
};

// How the rows of one result differ from another's. Rows are compared on the columns both
// sides have; a column on one side only is listed and its values read null on the other.
struct ResultDiff
{
    std::vector<std::string> columns;    // the before side's, then those only after has
    std::vector<std::string> key;        // what rows were matched by; empty: whole rows
    std::vector<std::string> onlyBefore; // columns the after side lacks
    std::vector<std::string> onlyAfter;  // columns the before side lacks
    std::set<std::string> timeColumns;   // either side's TIMESTAMP columns (epoch ms)
    std::vector<ResultTable::Row> added; // in `columns` order, sorted by key
    std::vector<ResultTable::Row> removed;
    std::vector<ChangedRow> changed;
    size_t unchanged = 0;

    bool isKeyColumn(size_t column) const;
    // "12 added, 3 removed, 5 changed, 980 unchanged"
    std::string summary() const;
};

// Matches rows by `key` (when empty: the before table's primary key, else the after's);
// with no key at all the rows are compared as multisets, so they are only added or removed.
// Several rows under one key are matched equal ones first, then in their order of appearance.
// O(n log n). Throws std::runtime_error when a key column is missing from a side that has
// columns.
ResultDiff diffResults(const ResultTable &before, const ResultTable &after,
                       const std::vector<std::string> &key = {});

// One sink's diff between two debug runs.
struct SinkDiff
{
    std::string node;
    std::string beforeSource; // empty when the sink was not in the before run
    std::string afterSource;  // empty when the sink was not in the after run
    ResultDiff diff;
};

// Reads both runs' results and diffs them sink by sink, matched by node id: the before
// run's sinks in order, then those only the after run has. A sink on one side only has
// all its rows added or removed.
std::vector<SinkDiff> diffResultDirs(const std::vector<SinkRedirect> &before,
                                     const std::vector<SinkRedirect> &after);

} // namespace weir
