#pragma once

#include "expressionlexer.h"
#include "expressionnodes.h"

#include <string>
#include <vector>

namespace weir {

// A sub-expression being built, with how error messages refer to it.
struct Operand
{
    ExpressionPtr expr;
    std::string description; // "string field 'user_id'", "the number 5", "a condition"
    const ExpressionToken *literal = nullptr; // set when the operand is one literal token
    bool negativeLiteral = false; // the literal had a leading '-'

    size_t position() const { return expr->position(); }
    ValueType type() const { return expr->type(); }
};

// Type-checks operands and makes the node for each construct of the language.
// Errors are thrown as ExpressionError with the position of what is wrong.
class ExpressionBuilder
{
public:
    explicit ExpressionBuilder(const Schema &schema)
        : m_schema(schema)
    {
    }

    Operand field(const ExpressionToken &token) const;
    Operand literal(const ExpressionToken &token, bool negative = false) const;
    Operand comparison(CompareOp op, size_t opPosition, Operand lhs, Operand rhs) const;
    Operand inList(Operand operand, std::vector<Operand> items, bool negated) const;
    Operand isNull(Operand operand, bool negated) const;
    Operand logic(LogicOp op, Operand lhs, Operand rhs) const;
    Operand negation(size_t position, Operand operand) const; // not, !
    Operand arithmetic(ArithmeticOp op, Operand lhs, Operand rhs) const;
    Operand minus(size_t position, Operand operand) const; // unary -

private:
    const Schema &m_schema;
};

[[noreturn]] void throwExpressionError(size_t position, std::string message);

} // namespace weir
