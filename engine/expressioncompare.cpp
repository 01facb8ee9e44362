#include "expressionnodes.h"

#include "expressionkernels.h"

#include <algorithm>

namespace weir {

using namespace kernels;

namespace {

template<typename L, typename R> void compareRows(CompareOp op, size_t rows, L a, R b, uint8_t *out)
{
    switch (op) {
    case CompareOp::Equal:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) == b(i);
        break;
    case CompareOp::NotEqual:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) != b(i);
        break;
    case CompareOp::Less:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) < b(i);
        break;
    case CompareOp::LessEqual:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) <= b(i);
        break;
    case CompareOp::Greater:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) > b(i);
        break;
    case CompareOp::GreaterEqual:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) >= b(i);
        break;
    }
}

// Short lists are scanned, longer ones (sorted) searched.
template<typename T, typename A>
void findRows(const std::vector<T> &sorted, A values, size_t rows, uint8_t *out)
{
    if (sorted.size() <= 8) {
        for (size_t i = 0; i < rows; ++i) {
            const T value = values(i);
            uint8_t found = 0;
            for (const T &candidate : sorted)
                found |= uint8_t(candidate == value);
            out[i] = found;
        }
    } else {
        for (size_t i = 0; i < rows; ++i)
            out[i] = std::binary_search(sorted.begin(), sorted.end(), values(i));
    }
}

} // namespace

CompareNode::CompareNode(CompareOp op, CompareKind kind, ExpressionPtr lhs, ExpressionPtr rhs,
                         size_t position)
    : Expression(ValueType::Bool, position)
    , m_op(op)
    , m_kind(kind)
    , m_lhs(std::move(lhs))
    , m_rhs(std::move(rhs))
{
}

ValueVector CompareNode::evaluate(const Batch &batch)
{
    const ValueVector l = m_lhs->evaluate(batch);
    const ValueVector r = m_rhs->evaluate(batch);
    const size_t rows = batch.rows;
    m_values.resize(rows);
    uint8_t *out = m_values.data();
    auto compareWith
        = [&](auto a) { return [&, a](auto b) { compareRows(m_op, rows, a, b, out); }; };
    switch (m_kind) {
    case CompareKind::Int:
        visit<int64_t>(l, [&](auto a) { visit<int64_t>(r, compareWith(a)); });
        break;
    case CompareKind::Double:
        visitAsDouble(l, [&](auto a) { visitAsDouble(r, compareWith(a)); });
        break;
    case CompareKind::String:
        visit<std::string_view>(l, [&](auto a) { visit<std::string_view>(r, compareWith(a)); });
        break;
    case CompareKind::Bool:
        visit<uint8_t>(l, [&](auto a) { visit<uint8_t>(r, compareWith(a)); });
        break;
    }
    const uint8_t *nulls = mergeNulls(l, r, rows, m_nulls);
    clearNullRows(m_values, nulls);
    ValueVector result;
    result.type = ValueType::Bool;
    result.bools = m_values.data();
    result.nulls = nulls;
    return result;
}

InListNode::InListNode(ExpressionPtr operand, CompareKind kind, InListValues values, bool negated,
                       size_t position)
    : Expression(ValueType::Bool, position)
    , m_operand(std::move(operand))
    , m_kind(kind)
    , m_list(std::move(values))
    , m_negated(negated)
{
    std::sort(m_list.ints.begin(), m_list.ints.end());
    std::sort(m_list.doubles.begin(), m_list.doubles.end());
    m_sortedStrings.assign(m_list.strings.begin(), m_list.strings.end());
    std::sort(m_sortedStrings.begin(), m_sortedStrings.end());
}

void InListNode::findAll(const ValueVector &operand, size_t rows)
{
    uint8_t *out = m_values.data();
    switch (m_kind) {
    case CompareKind::Int:
        visit<int64_t>(operand, [&](auto a) { findRows(m_list.ints, a, rows, out); });
        break;
    case CompareKind::Double:
        visitAsDouble(operand, [&](auto a) { findRows(m_list.doubles, a, rows, out); });
        break;
    case CompareKind::String:
        visit<std::string_view>(operand, [&](auto a) { findRows(m_sortedStrings, a, rows, out); });
        break;
    case CompareKind::Bool: {
        const uint8_t onTrue = m_list.trueListed;
        const uint8_t onFalse = m_list.falseListed;
        visit<uint8_t>(operand, [&](auto a) {
            for (size_t i = 0; i < rows; ++i)
                out[i] = a(i) ? onTrue : onFalse;
        });
        break;
    }
    }
}

// x in (...) is true when listed, null when x is null or when the list holds a null
// and x is not listed; `not in` negates that in three-valued logic.
ValueVector InListNode::evaluate(const Batch &batch)
{
    const ValueVector operand = m_operand->evaluate(batch);
    const size_t rows = batch.rows;
    m_values.resize(rows);
    findAll(operand, rows);
    ValueVector result;
    result.type = ValueType::Bool;
    result.bools = m_values.data();
    if (operand.nulls || m_list.hasNull) {
        m_nulls.resize(rows);
        const auto listNull = uint8_t(m_list.hasNull);
        visitNulls(operand, [&](auto nulls) {
            for (size_t i = 0; i < rows; ++i)
                m_nulls[i] = nulls(i) | (listNull & uint8_t(!m_values[i]));
        });
        result.nulls = m_nulls.data();
    }
    if (m_negated) {
        for (size_t i = 0; i < rows; ++i)
            m_values[i] = uint8_t(!m_values[i]);
    }
    clearNullRows(m_values, result.nulls);
    return result;
}

} // namespace weir
