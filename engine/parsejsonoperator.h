#pragma once

#include "jsonrecordparser.h"
#include "operator.h"
#include "pipeline.h"

#include <memory>
#include <string>
#include <vector>

namespace weir {

// transform.parse_json: raw records (rawSchema's `value`) in, typed rows out. Records
// that cannot be read go to `errors` as dead letters that say why. Both outputs keep
// the input's origins, watermarks and ingest time.
class ParseJsonOperator : public Operator
{
public:
    ParseJsonOperator(const NodeContext &ctx, JsonParseSettings settings, SchemaPtr input);

    SchemaPtr outputSchema(Port port) const override;
    void process(const Batch &in, Emitter &out) override;

private:
    void appendParsed(Batch &parsed, const Batch &in, size_t row) const;
    void appendDeadLetter(Batch &errors, const Batch &in, size_t row,
                          std::string_view reason) const;

    // Field specs (default texts) and names (node id, source ids) outlive the batches
    // whose strings view them: the batches keep these alive.
    std::shared_ptr<const std::vector<JsonFieldSpec>> m_fields;
    std::shared_ptr<const std::vector<std::string>> m_names; // node id, then source ids
    SchemaPtr m_schema;
    int m_valueColumn;
    JsonRecordParser m_parser;
};

// Parameters: schema (array of {name, type, required, default}), timestamp_unit (ms|s).
std::unique_ptr<Operator> makeParseJson(const NodeContext &ctx, const Json &params,
                                        SchemaPtr input);

} // namespace weir
