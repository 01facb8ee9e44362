#include "expressionnodes.h"

#include "expressionkernels.h"

namespace weir {

using namespace kernels;

namespace {

// The operand's null flags as one flag per row (nullptr when nothing is null).
const uint8_t *rowNulls(const ValueVector &v, size_t rows, std::vector<uint8_t> &scratch)
{
    if (!v.nulls)
        return nullptr;
    if (!v.constant)
        return v.nulls;
    scratch.assign(rows, v.nulls[0]);
    return scratch.data();
}

ValueVector boolResult(const std::vector<uint8_t> &values, const uint8_t *nulls)
{
    ValueVector result;
    result.type = ValueType::Bool;
    result.bools = values.data();
    result.nulls = nulls;
    return result;
}

} // namespace

FieldNode::FieldNode(size_t column, ValueType type, size_t position)
    : Expression(type, position)
    , m_column(column)
{
}

ValueVector FieldNode::evaluate(const Batch &batch)
{
    const Column &column = batch.columns[m_column];
    const size_t rows = batch.rows;
    ValueVector result;
    result.type = type();
    if (!column.nulls.empty()) {
        // Columns may end their null flags early; the missing rows are not null.
        if (column.nulls.size() >= rows) {
            result.nulls = column.nulls.data();
        } else {
            m_nulls.assign(column.nulls.begin(), column.nulls.end());
            m_nulls.resize(rows, 0);
            result.nulls = m_nulls.data();
        }
    }
    switch (type()) {
    case ValueType::Bool:
        m_bools.resize(rows);
        for (size_t i = 0; i < rows; ++i)
            m_bools[i] = uint8_t(column.ints[i] != 0);
        clearNullRows(m_bools, result.nulls);
        result.bools = m_bools.data();
        break;
    case ValueType::Int:
    case ValueType::Timestamp:
        result.ints = column.ints.data();
        break;
    case ValueType::Double:
        result.doubles = column.doubles.data();
        break;
    case ValueType::String:
    case ValueType::Null:
        result.strings = column.strings.data();
        break;
    }
    return result;
}

std::unique_ptr<LiteralNode> LiteralNode::makeBool(bool value, size_t position)
{
    std::unique_ptr<LiteralNode> node(new LiteralNode(ValueType::Bool, position));
    node->m_bool = value;
    return node;
}

std::unique_ptr<LiteralNode> LiteralNode::makeInt(int64_t value, ValueType type, size_t position)
{
    std::unique_ptr<LiteralNode> node(new LiteralNode(type, position));
    node->m_int = value;
    node->m_double = double(value);
    return node;
}

std::unique_ptr<LiteralNode> LiteralNode::makeDouble(double value, size_t position)
{
    std::unique_ptr<LiteralNode> node(new LiteralNode(ValueType::Double, position));
    node->m_double = value;
    return node;
}

std::unique_ptr<LiteralNode> LiteralNode::makeString(std::string value, size_t position)
{
    std::unique_ptr<LiteralNode> node(new LiteralNode(ValueType::String, position));
    node->m_string = std::move(value);
    node->m_view = node->m_string;
    return node;
}

std::unique_ptr<LiteralNode> LiteralNode::makeNull(ValueType type, size_t position)
{
    std::unique_ptr<LiteralNode> node(new LiteralNode(type, position));
    node->m_null = 1;
    return node;
}

ValueVector LiteralNode::evaluate(const Batch &)
{
    ValueVector result;
    result.type = type();
    result.bools = &m_bool;
    result.ints = &m_int;
    result.doubles = &m_double;
    result.strings = &m_view;
    result.nulls = m_null ? &m_null : nullptr;
    result.constant = true;
    return result;
}

IsNullNode::IsNullNode(ExpressionPtr operand, bool negated, size_t position)
    : Expression(ValueType::Bool, position)
    , m_operand(std::move(operand))
    , m_negated(negated)
{
}

ValueVector IsNullNode::evaluate(const Batch &batch)
{
    const ValueVector operand = m_operand->evaluate(batch);
    const size_t rows = batch.rows;
    const auto flip = uint8_t(m_negated);
    m_values.resize(rows);
    visitNulls(operand, [&](auto nulls) {
        for (size_t i = 0; i < rows; ++i)
            m_values[i] = nulls(i) ^ flip;
    });
    return boolResult(m_values, nullptr);
}

LogicNode::LogicNode(LogicOp op, ExpressionPtr lhs, ExpressionPtr rhs, size_t position)
    : Expression(ValueType::Bool, position)
    , m_op(op)
    , m_lhs(std::move(lhs))
    , m_rhs(std::move(rhs))
{
}

// Three-valued: false and null = false, true or null = true, otherwise null wins.
ValueVector LogicNode::evaluate(const Batch &batch)
{
    const ValueVector l = m_lhs->evaluate(batch);
    const ValueVector r = m_rhs->evaluate(batch);
    const size_t rows = batch.rows;
    const bool isAnd = m_op == LogicOp::And;
    m_values.resize(rows);
    visit<uint8_t>(l, [&](auto a) {
        visit<uint8_t>(r, [&](auto b) {
            for (size_t i = 0; i < rows; ++i)
                m_values[i] = isAnd ? (a(i) & b(i)) : (a(i) | b(i));
        });
    });
    if (!l.nulls && !r.nulls)
        return boolResult(m_values, nullptr);
    m_nulls.resize(rows);
    const std::vector<uint8_t> &values = m_values;
    visit<uint8_t>(l, [&](auto a) {
        visit<uint8_t>(r, [&](auto b) {
            visitNulls(l, [&](auto an) {
                visitNulls(r, [&](auto bn) {
                    for (size_t i = 0; i < rows; ++i) {
                        const uint8_t eitherNull = an(i) | bn(i);
                        m_nulls[i] = isAnd ? eitherNull & (a(i) | an(i)) & (b(i) | bn(i))
                                           : eitherNull & uint8_t(!values[i]);
                    }
                });
            });
        });
    });
    return boolResult(m_values, m_nulls.data());
}

NotNode::NotNode(ExpressionPtr operand, size_t position)
    : Expression(ValueType::Bool, position)
    , m_operand(std::move(operand))
{
}

ValueVector NotNode::evaluate(const Batch &batch)
{
    const ValueVector operand = m_operand->evaluate(batch);
    const size_t rows = batch.rows;
    const uint8_t *nulls = rowNulls(operand, rows, m_nulls);
    m_values.resize(rows);
    visit<uint8_t>(operand, [&](auto a) {
        for (size_t i = 0; i < rows; ++i)
            m_values[i] = uint8_t(!a(i));
    });
    clearNullRows(m_values, nulls);
    return boolResult(m_values, nulls);
}

} // namespace weir
