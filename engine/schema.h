#pragma once

#include "fieldtype.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

struct Field
{
    std::string name;
    FieldType type = FieldType::String;
    bool operator==(const Field &) const = default;
};

// The columns of a stream, in order. Immutable once shared between operators.
class Schema
{
public:
    Schema() = default;
    explicit Schema(std::vector<Field> fields, size_t keyFields = 0)
        : m_fields(std::move(fields)), m_keyFields(keyFields) {}

    const std::vector<Field> &fields() const { return m_fields; }
    size_t size() const { return m_fields.size(); }
    const Field &at(size_t i) const { return m_fields[i]; }
    // -1 when there is no such field.
    int indexOf(std::string_view name) const;
    // The first keyFields() fields form the natural key of a row (window bounds and
    // group-by fields of a window output); upsert sinks use them by default.
    size_t keyFields() const { return m_keyFields; }
    bool operator==(const Schema &) const = default;

private:
    std::vector<Field> m_fields;
    size_t m_keyFields = 0;
};

using SchemaPtr = std::shared_ptr<const Schema>;

inline SchemaPtr makeSchema(std::vector<Field> fields, size_t keyFields = 0)
{
    return std::make_shared<const Schema>(std::move(fields), keyFields);
}

// Raw messages from a source: one `value` column holding the bytes, plus `key`.
SchemaPtr rawSchema();
// Records sent to an `errors` port: what failed, where it came from and why.
SchemaPtr deadLetterSchema();

} // namespace weir
