#include "fieldtype.h"

#include <array>
#include <utility>

namespace weir {

namespace {
constexpr std::array<std::pair<FieldType, std::string_view>, 6> kNames{{
    {FieldType::String, "string"},
    {FieldType::Int, "int"},
    {FieldType::Double, "double"},
    {FieldType::Bool, "bool"},
    {FieldType::Timestamp, "timestamp"},
    {FieldType::Map, "map<string,string>"},
}};
} // namespace

std::string_view fieldTypeName(FieldType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return name;
    }
    return "unknown";
}

std::optional<FieldType> fieldTypeFromName(std::string_view name)
{
    for (const auto &[t, n] : kNames) {
        if (n == name)
            return t;
    }
    if (name == "map")
        return FieldType::Map;
    return std::nullopt;
}

} // namespace weir
