#pragma once

// Random pairs of results (a "before" run and an "after" run of the same sink) and the
// engine's own sinks to write them: SqliteSink (upsert on the schema's natural key, or
// append) and FileSink (NDJSON).

#include "filesink.h"
#include "resulttable.h"
#include "sqlitesink.h"

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace randomresults {

using weir::FieldType;
using weir::Json;
using weir::ResultTable;

struct Spec
{
    unsigned seed = 1;
    int rows = 200;
    int keyFields = 1;     // 0: no key (rows repeat), 1: k0, 2: k0 and k1
    int valueRange = 50;   // small: many equal rows
    bool dropColumn = false;
    bool addColumn = false;
    bool nulls = false;
    bool repeatKeys = false; // several rows per key (not for an upsert table)
};

inline FieldType typeOf(const std::string &column)
{
    if (column == "k1" || column == "v_text")
        return FieldType::String;
    return column == "v_real" ? FieldType::Double : FieldType::Int;
}

inline std::vector<std::string> keyColumns(const Spec &spec)
{
    std::vector<std::string> key = {"k0", "k1"};
    key.resize(size_t(spec.keyFields));
    return key;
}

class Generator
{
public:
    explicit Generator(const Spec &spec) : m_spec(spec), m_rng(spec.seed) {}

    Json value(const std::string &column)
    {
        if (m_spec.nulls && m_rng() % 10 == 0)
            return Json();
        const int v = int(m_rng() % unsigned(m_spec.valueRange));
        switch (typeOf(column)) {
        case FieldType::String:
            return Json("t" + std::to_string(v));
        case FieldType::Double:
            return Json(v / 4.0);
        default:
            return Json(int64_t(v));
        }
    }

    ResultTable::Row row(const std::vector<std::string> &columns, int keyId)
    {
        ResultTable::Row row;
        for (const std::string &c : columns) {
            if (c == "k0")
                row.push_back(Json(int64_t(m_spec.keyFields == 2 ? keyId / 7 : keyId)));
            else if (c == "k1")
                row.push_back(Json("s" + std::to_string(keyId % 7)));
            else
                row.push_back(value(c));
        }
        return row;
    }

    unsigned roll(unsigned n) { return m_rng() % n; }
    std::mt19937 &rng() { return m_rng; }

private:
    Spec m_spec;
    std::mt19937 m_rng;
};

// before and after share most rows; after drops some, changes some and adds new ones.
inline std::pair<ResultTable, ResultTable> makePair(const Spec &spec)
{
    Generator gen(spec);
    ResultTable before, after;
    before.columns = keyColumns(spec);
    for (const char *c : {"v_int", "v_real", "v_text", "v_gone"})
        before.columns.push_back(c);
    after.columns = before.columns;
    if (spec.dropColumn)
        after.columns.pop_back();
    if (spec.addColumn)
        after.columns.push_back("v_new");
    std::vector<int> ids(size_t(spec.rows) * 2);
    for (size_t i = 0; i < ids.size(); ++i)
        ids[i] = spec.keyFields ? int(spec.repeatKeys ? i % 9 : i) : 0;
    std::shuffle(ids.begin(), ids.end(), gen.rng());
    for (int r = 0; r < spec.rows; ++r) {
        before.rows.push_back(gen.row(before.columns, ids[size_t(r)]));
        const unsigned fate = gen.roll(20);
        if (fate < 3)
            continue; // removed
        ResultTable::Row copy;
        for (const std::string &c : after.columns) {
            const int i = before.columnIndex(c);
            const bool redraw = fate < 9 && c[0] == 'v' && gen.roll(2) == 0;
            copy.push_back(i < 0 || redraw ? gen.value(c) : before.rows.back()[size_t(i)]);
        }
        after.rows.push_back(std::move(copy));
    }
    for (int r = 0; r < spec.rows / 6; ++r)
        after.rows.push_back(gen.row(after.columns, ids[size_t(spec.rows + r)]));
    std::shuffle(after.rows.begin(), after.rows.end(), gen.rng());
    return {before, after};
}

// The type of a column's first value (the generator's type when all are null).
inline FieldType columnType(const ResultTable &table, size_t column)
{
    for (const ResultTable::Row &row : table.rows) {
        if (row[column].is_string())
            return FieldType::String;
        if (row[column].is_number_float())
            return FieldType::Double;
        if (row[column].is_number())
            return FieldType::Int;
    }
    return typeOf(table.columns[column]);
}

inline weir::Batch toBatch(const ResultTable &table, size_t keyFields)
{
    std::vector<weir::Field> fields;
    for (size_t c = 0; c < table.columns.size(); ++c)
        fields.push_back({table.columns[c], columnType(table, c)});
    weir::Batch batch = weir::Batch::withSchema(weir::makeSchema(fields, keyFields));
    for (const ResultTable::Row &row : table.rows) {
        for (size_t c = 0; c < row.size(); ++c) {
            weir::Column &col = batch.columns[c];
            col.nulls.resize(batch.rows + 1, 0);
            col.nulls[batch.rows] = row[c].is_null();
            if (col.type == FieldType::String)
                col.strings.push_back(batch.strings().store(row[c].is_null() ? "" : row[c].get<std::string>()));
            else if (col.type == FieldType::Double)
                col.doubles.push_back(row[c].is_null() ? 0.0 : row[c].get<double>());
            else
                col.ints.push_back(row[c].is_null() ? 0 : row[c].get<int64_t>());
        }
        ++batch.rows;
    }
    return batch;
}

inline void writeWith(weir::Sink &sink, const weir::Batch &batch)
{
    sink.open(batch.schema);
    sink.beginBatch(0);
    sink.write(batch);
    sink.commitBatch();
    sink.close();
}

// Through the engine's SQLite sink: upsert on the first keyFields columns, append without.
inline void writeSqlite(const ResultTable &table, size_t keyFields, const std::string &path,
                        const std::string &tableName)
{
    weir::SqliteSink sink("sink", {{"path", path}, {"table", tableName},
                                   {"mode", keyFields ? "upsert" : "append"}});
    writeWith(sink, toBatch(table, keyFields));
}

inline void writeNdjson(const ResultTable &table, const std::string &path)
{
    weir::FileSink sink("sink", {{"path", path}});
    writeWith(sink, toBatch(table, 0));
}

} // namespace randomresults
