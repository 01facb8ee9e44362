#pragma once

// Shared by tst_parsejson and tst_parsejsonfuzz: one schema with every field type,
// raw input batches, and parsed rows as JSON for comparisons.

#include "collectingemitter.h"
#include "parsejsonoperator.h"

#include <string>
#include <vector>

namespace weir::testing {

inline const char *const kSchema = R"([
    {"name": "user_id", "type": "string"},
    {"name": "count", "type": "int", "required": false},
    {"name": "price", "type": "double", "required": false, "default": 1.5},
    {"name": "ok", "type": "bool", "required": false},
    {"name": "ts", "type": "timestamp"},
    {"name": "props", "type": "map<string,string>", "required": false},
    {"name": "n", "type": "int", "required": false, "default": 7}
])";

inline std::unique_ptr<Operator> makeParser(const std::string &unit = "ms")
{
    const Json params {{"schema", Json::parse(kSchema)}, {"timestamp_unit", unit}};
    return makeParseJson({"parse", {"gen", "kafka"}}, params, rawSchema());
}

inline Batch rawBatch(const std::vector<std::string> &values, uint32_t source = 0)
{
    Batch batch = Batch::withSchema(rawSchema(), values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        batch.columns[0].strings.push_back({});
        batch.columns[1].strings.push_back(batch.strings().store(values[i]));
        batch.origins.push_back({source, int32_t(i % 3), int64_t(100 + i)});
        ++batch.rows;
    }
    return batch;
}

// A parsed row as JSON: maps as their text, timestamps as epoch milliseconds.
inline Json rowJson(const Batch &batch, size_t row)
{
    Json json = Json::object();
    for (size_t c = 0; c < batch.columns.size(); ++c) {
        const Column &column = batch.columns[c];
        Json &value = json[batch.schema->at(c).name];
        if (column.isNull(row))
            continue;
        switch (column.type) {
        case FieldType::String:
        case FieldType::Map:
            value = std::string(column.strings[row]);
            break;
        case FieldType::Int:
        case FieldType::Timestamp:
            value = column.ints[row];
            break;
        case FieldType::Bool:
            value = column.ints[row] != 0;
            break;
        case FieldType::Double:
            value = column.doubles[row];
            break;
        }
    }
    return json;
}

struct Outcome
{
    std::vector<Json> rows;
    std::vector<std::string> reasons;
};

inline Outcome run(Operator &op, const std::vector<std::string> &values)
{
    CollectingEmitter out;
    op.process(rawBatch(values), out);
    Outcome outcome;
    for (const Batch *batch : out.on(Port::Out)) {
        for (size_t row = 0; row < batch->rows; ++row)
            outcome.rows.push_back(rowJson(*batch, row));
    }
    for (const Batch *batch : out.on(Port::Errors)) {
        for (size_t row = 0; row < batch->rows; ++row)
            outcome.reasons.emplace_back(batch->columns[1].strings[row]);
    }
    return outcome;
}

} // namespace weir::testing
