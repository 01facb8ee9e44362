#pragma once

#include "batch.h"

#include <string>
#include <string_view>
#include <vector>

namespace weir {

// Turns the group_by values of a row into bytes and back. Per field: 0x00 for null, or
// 0x01 then the value: integers big-endian with the sign bit flipped, doubles in their
// order-preserving bit form (-0.0 as 0.0, one NaN), strings with 0x00 escaped as 0x00 0xFF
// and ended by 0x00 0x00. Comparing keys bytewise orders them like the values (nulls
// first), which keeps window output sorted by group without decoding.
class GroupKeyCodec
{
public:
    GroupKeyCodec(std::vector<int> fields, std::vector<FieldType> types);

    size_t fieldCount() const { return m_fields.size(); }
    // Replaces `key` with the key of `row`.
    void encode(const Batch &batch, size_t row, std::string &key) const;
    // Appends the decoded values to out.columns[firstColumn ...]; strings go to out's arena.
    // False when `key` is malformed.
    bool decode(std::string_view key, Batch &out, size_t firstColumn) const;

private:
    std::vector<int> m_fields;
    std::vector<FieldType> m_types;
};

} // namespace weir
