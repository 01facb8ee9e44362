#include "expressionnodes.h"

#include "expressionkernels.h"

namespace weir {

using namespace kernels;

namespace {

// Two's complement wrap-around, without the undefined behaviour of signed overflow.
template<typename L, typename R>
void integerRows(ArithmeticOp op, size_t rows, L a, R b, int64_t *out)
{
    switch (op) {
    case ArithmeticOp::Add:
        for (size_t i = 0; i < rows; ++i)
            out[i] = int64_t(uint64_t(a(i)) + uint64_t(b(i)));
        break;
    case ArithmeticOp::Subtract:
        for (size_t i = 0; i < rows; ++i)
            out[i] = int64_t(uint64_t(a(i)) - uint64_t(b(i)));
        break;
    case ArithmeticOp::Multiply:
        for (size_t i = 0; i < rows; ++i)
            out[i] = int64_t(uint64_t(a(i)) * uint64_t(b(i)));
        break;
    case ArithmeticOp::Divide:
        break; // always done in doubles
    }
}

template<typename L, typename R>
void doubleRows(ArithmeticOp op, size_t rows, L a, R b, double *out)
{
    switch (op) {
    case ArithmeticOp::Add:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) + b(i);
        break;
    case ArithmeticOp::Subtract:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) - b(i);
        break;
    case ArithmeticOp::Multiply:
        for (size_t i = 0; i < rows; ++i)
            out[i] = a(i) * b(i);
        break;
    case ArithmeticOp::Divide:
        for (size_t i = 0; i < rows; ++i)
            out[i] = b(i) == 0 ? 0.0 : a(i) / b(i);
        break;
    }
}

} // namespace

ArithmeticNode::ArithmeticNode(ArithmeticOp op, ValueType type, ExpressionPtr lhs,
                               ExpressionPtr rhs, size_t position)
    : Expression(type, position)
    , m_op(op)
    , m_lhs(std::move(lhs))
    , m_rhs(std::move(rhs))
{
}

ValueVector ArithmeticNode::evaluate(const Batch &batch)
{
    const ValueVector l = m_lhs->evaluate(batch);
    const ValueVector r = m_rhs->evaluate(batch);
    const size_t rows = batch.rows;
    ValueVector result;
    result.type = type();
    if (type() == ValueType::Double) {
        m_doubles.resize(rows);
        visitAsDouble(l, [&](auto a) {
            visitAsDouble(r, [&](auto b) { doubleRows(m_op, rows, a, b, m_doubles.data()); });
        });
        result.doubles = m_doubles.data();
    } else {
        m_ints.resize(rows);
        visit<int64_t>(l, [&](auto a) {
            visit<int64_t>(r, [&](auto b) { integerRows(m_op, rows, a, b, m_ints.data()); });
        });
        result.ints = m_ints.data();
    }
    result.nulls = mergeNulls(l, r, rows, m_nulls);
    if (m_op == ArithmeticOp::Divide) {
        if (!result.nulls)
            m_nulls.assign(rows, 0);
        visitAsDouble(r, [&](auto b) {
            for (size_t i = 0; i < rows; ++i)
                m_nulls[i] |= uint8_t(b(i) == 0);
        });
        result.nulls = m_nulls.data();
    }
    return result;
}

NegateNode::NegateNode(ExpressionPtr operand, size_t position)
    : Expression(operand->type() == ValueType::Double ? ValueType::Double : ValueType::Int,
                 position)
    , m_operand(std::move(operand))
{
}

ValueVector NegateNode::evaluate(const Batch &batch)
{
    const ValueVector operand = m_operand->evaluate(batch);
    const size_t rows = batch.rows;
    ValueVector result;
    result.type = type();
    if (type() == ValueType::Double) {
        m_doubles.resize(rows);
        visit<double>(operand, [&](auto a) {
            for (size_t i = 0; i < rows; ++i)
                m_doubles[i] = -a(i);
        });
        result.doubles = m_doubles.data();
    } else {
        m_ints.resize(rows);
        visit<int64_t>(operand, [&](auto a) {
            for (size_t i = 0; i < rows; ++i)
                m_ints[i] = int64_t(0 - uint64_t(a(i)));
        });
        result.ints = m_ints.data();
    }
    if (operand.nulls) {
        m_nulls.resize(rows);
        visitNulls(operand, [&](auto nulls) {
            for (size_t i = 0; i < rows; ++i)
                m_nulls[i] = nulls(i);
        });
        result.nulls = m_nulls.data();
    }
    return result;
}

} // namespace weir
