#pragma once

#include "pipeline.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

struct SinkRedirect;

// The rows one sink wrote in a debug run, read back from its SQLite table or NDJSON file.
struct ResultTable
{
    using Row = std::vector<Json>; // one value per column, null where the row had none

    std::string source;               // "<path>" or "<path> table '<table>'", for messages
    std::vector<std::string> columns;
    std::vector<std::string> key;     // the SQLite table's primary key; empty for NDJSON
    std::set<std::string> timeColumns; // SQLite columns declared TIMESTAMP (epoch ms)
    std::vector<Row> rows;

    // -1 when there is no such column.
    int columnIndex(std::string_view name) const;
};

// All rows of `table` in the SQLite database at `path`, with the table's primary key from
// PRAGMA table_info. Throws std::runtime_error naming the file or table when either is
// missing.
ResultTable readSqliteResult(const std::string &path, const std::string &table);

// One row per non-blank line of an NDJSON file; the columns are the union of the objects'
// keys in the order they were first seen. Throws std::runtime_error naming the file (and
// the line number for a line that is not a JSON object).
ResultTable readNdjsonResult(const std::string &path);

// What a redirected sink wrote (sink.sqlite: its table; sink.file: its NDJSON file).
ResultTable readResult(const SinkRedirect &redirect);

// A total order on result values that agrees with equality as a user reads it: null <
// bool < number < string < array < object; integers and reals compare by value (an
// INTEGER 2 equals a REAL 2.0).
int compareResultValues(const Json &a, const Json &b);

// A value as one line of text: strings without quotes, null as an empty string; with
// `asTime`, an integer as the ISO-8601 UTC time of that many epoch milliseconds.
std::string resultValueText(const Json &value, bool asTime = false);

} // namespace weir
