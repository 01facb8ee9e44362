#pragma once

#include "batch.h"
#include "schema.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace weir {

// What an expression computes. Map fields take part as their JSON text (String);
// timestamps are epoch milliseconds that also compare with ISO-8601 literals.
enum class ValueType { Bool, Int, Double, String, Timestamp, Null };

std::string_view valueTypeName(ValueType type);

// The values of an expression for every row of a batch, column by column. The pointer
// that matches `type` is set (Int and Timestamp use `ints`); a constant holds one value
// that stands for every row. Booleans follow SQL's three-valued logic: a row is true,
// false or null (unknown), and `bools` is 0 wherever `nulls` says null.
struct ValueVector
{
    ValueType type = ValueType::Null;
    const uint8_t *bools = nullptr;
    const int64_t *ints = nullptr;
    const double *doubles = nullptr;
    const std::string_view *strings = nullptr;
    const uint8_t *nulls = nullptr; // one flag per row (one if constant); nullptr: no nulls
    bool constant = false;

    bool isNull(size_t row) const { return nulls && nulls[constant ? 0 : row]; }
};

// A parsed, type-checked expression over the fields of one schema. Evaluating it
// reuses buffers the expression owns, so it allocates only when batches grow.
class Expression
{
public:
    Expression(ValueType type, size_t position)
        : m_type(type)
        , m_position(position)
    {
    }
    virtual ~Expression() = default;
    Expression(const Expression &) = delete;
    Expression &operator=(const Expression &) = delete;

    ValueType type() const { return m_type; }
    // Where the expression starts in the text it was parsed from.
    size_t position() const { return m_position; }
    // Computes the expression for every row of `batch`, which must have the schema
    // the expression was parsed with. The result is valid until the next evaluate().
    virtual ValueVector evaluate(const Batch &batch) = 0;

private:
    ValueType m_type;
    size_t m_position;
};

// Why text is not a valid expression; `position` is the 0-based byte offset.
struct ExpressionError
{
    size_t position = 0;
    std::string message;
};

// Parses a filter expression, resolving field names against `schema`:
//   comparisons  = == != <> < <= > >=      logic  and or not, && || !
//   membership   x in ('a', 'b'), x not in (1, 2)     nulls  x is null, x is not null
//   literals     'text' "text" 42 1.5 true false null   arithmetic  + - * / and ( )
// Keywords are case-insensitive; `back quotes` name fields that look like keywords.
// A comparison involving null is null, and a filter keeps only rows that are true.
std::variant<std::unique_ptr<Expression>, ExpressionError> parseExpression(std::string_view text,
                                                                           const Schema &schema);

} // namespace weir
