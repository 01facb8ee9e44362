#pragma once

#include <optional>
#include <string_view>

namespace weir {

// The value types a schema field can have. Timestamps are epoch milliseconds;
// maps (map<string,string>) are carried as the JSON text of the object.
enum class FieldType { String, Int, Double, Bool, Timestamp, Map };

std::string_view fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(std::string_view name);

// Int, Timestamp and Bool live in a column's ints; Double in doubles; String and Map in strings.
inline bool isIntegral(FieldType t)
{
    return t == FieldType::Int || t == FieldType::Timestamp || t == FieldType::Bool;
}
inline bool isTextual(FieldType t) { return t == FieldType::String || t == FieldType::Map; }

} // namespace weir
