#pragma once

#include "expression.h"

#include <memory>
#include <string>
#include <vector>

// The nodes of a parsed expression. Each evaluates column-wise into buffers it owns.
namespace weir {

using ExpressionPtr = std::unique_ptr<Expression>;

enum class CompareOp { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };
enum class ArithmeticOp { Add, Subtract, Multiply, Divide };
enum class LogicOp { And, Or };

// How two operands are compared: both integral (Int, Timestamp), numbers, strings, booleans.
enum class CompareKind { Int, Double, String, Bool };

class FieldNode : public Expression
{
public:
    FieldNode(size_t column, ValueType type, size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    size_t m_column;
    std::vector<uint8_t> m_bools;
    std::vector<uint8_t> m_nulls;
};

class LiteralNode : public Expression
{
public:
    static std::unique_ptr<LiteralNode> makeBool(bool value, size_t position);
    static std::unique_ptr<LiteralNode> makeInt(int64_t value, ValueType type, size_t position);
    static std::unique_ptr<LiteralNode> makeDouble(double value, size_t position);
    static std::unique_ptr<LiteralNode> makeString(std::string value, size_t position);
    // A null of the given type (Null for the bare literal).
    static std::unique_ptr<LiteralNode> makeNull(ValueType type, size_t position);

    ValueVector evaluate(const Batch &batch) override;
    bool isNull() const { return m_null != 0; }
    bool boolValue() const { return m_bool != 0; }
    int64_t intValue() const { return m_int; }
    double doubleValue() const { return m_double; }
    const std::string &stringValue() const { return m_string; }

private:
    LiteralNode(ValueType type, size_t position)
        : Expression(type, position)
    {
    }

    uint8_t m_bool = 0;
    int64_t m_int = 0;
    double m_double = 0;
    std::string m_string;
    std::string_view m_view;
    uint8_t m_null = 0;
};

class CompareNode : public Expression
{
public:
    CompareNode(CompareOp op, CompareKind kind, ExpressionPtr lhs, ExpressionPtr rhs,
                size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    CompareOp m_op;
    CompareKind m_kind;
    ExpressionPtr m_lhs;
    ExpressionPtr m_rhs;
    std::vector<uint8_t> m_values;
    std::vector<uint8_t> m_nulls;
};

// The literal values of an `in (...)` list, converted to the operand's comparison kind.
struct InListValues
{
    std::vector<int64_t> ints;
    std::vector<double> doubles;
    std::vector<std::string> strings;
    bool trueListed = false;
    bool falseListed = false;
    bool hasNull = false;
};

class InListNode : public Expression
{
public:
    InListNode(ExpressionPtr operand, CompareKind kind, InListValues values, bool negated,
               size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    void findAll(const ValueVector &operand, size_t rows);

    ExpressionPtr m_operand;
    CompareKind m_kind;
    InListValues m_list;
    std::vector<std::string_view> m_sortedStrings;
    bool m_negated;
    std::vector<uint8_t> m_values;
    std::vector<uint8_t> m_nulls;
};

class IsNullNode : public Expression
{
public:
    IsNullNode(ExpressionPtr operand, bool negated, size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    ExpressionPtr m_operand;
    bool m_negated;
    std::vector<uint8_t> m_values;
};

class LogicNode : public Expression
{
public:
    LogicNode(LogicOp op, ExpressionPtr lhs, ExpressionPtr rhs, size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    LogicOp m_op;
    ExpressionPtr m_lhs;
    ExpressionPtr m_rhs;
    std::vector<uint8_t> m_values;
    std::vector<uint8_t> m_nulls;
};

class NotNode : public Expression
{
public:
    NotNode(ExpressionPtr operand, size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    ExpressionPtr m_operand;
    std::vector<uint8_t> m_values;
    std::vector<uint8_t> m_nulls;
};

// + - * on integers wrap around (two's complement); '/' always divides as doubles,
// and dividing by zero gives null.
class ArithmeticNode : public Expression
{
public:
    ArithmeticNode(ArithmeticOp op, ValueType type, ExpressionPtr lhs, ExpressionPtr rhs,
                   size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    ArithmeticOp m_op;
    ExpressionPtr m_lhs;
    ExpressionPtr m_rhs;
    std::vector<int64_t> m_ints;
    std::vector<double> m_doubles;
    std::vector<uint8_t> m_nulls;
};

class NegateNode : public Expression
{
public:
    NegateNode(ExpressionPtr operand, size_t position);
    ValueVector evaluate(const Batch &batch) override;

private:
    ExpressionPtr m_operand;
    std::vector<int64_t> m_ints;
    std::vector<double> m_doubles;
    std::vector<uint8_t> m_nulls;
};

} // namespace weir
