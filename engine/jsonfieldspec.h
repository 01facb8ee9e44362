#pragma once

#include "fieldtype.h"
#include "operator.h"
#include "pipeline.h"

#include <cstdint>
#include <string>
#include <vector>

namespace weir {

// How transform.parse_json reads numeric timestamps.
enum class TimestampUnit { Milliseconds, Seconds };

// One entry of transform.parse_json's `schema` parameter.
struct JsonFieldSpec
{
    std::string name;
    FieldType type = FieldType::String;
    bool required = true;
    bool hasDefault = false; // optional fields: the value when missing or null
    int64_t defaultInt = 0; // Int, Bool, Timestamp
    double defaultDouble = 0;
    std::string defaultText; // String, Map (as JSON text)
};

struct JsonParseSettings
{
    std::vector<JsonFieldSpec> fields;
    TimestampUnit timestampUnit = TimestampUnit::Milliseconds;
};

// Reads `schema` and `timestamp_unit`; throws PipelineError naming what is wrong.
JsonParseSettings parseJsonParseSettings(const NodeContext &ctx, const Json &params);

// A numeric timestamp in `unit` as epoch milliseconds; nullopt when out of range.
std::optional<int64_t> epochToMs(double value, TimestampUnit unit);
std::optional<int64_t> epochToMs(int64_t value, TimestampUnit unit);

} // namespace weir
