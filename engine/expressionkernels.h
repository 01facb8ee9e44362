#pragma once

#include "expression.h"

#include <cstdint>
#include <string_view>
#include <vector>

// Column-wise loops for expression nodes. An operand is either a column (one value per
// row) or a constant; the loops are instantiated for each combination, so the inner
// loop has no branch on that.
namespace weir::kernels {

template<typename T> struct RowValues
{
    const T *data;
    T operator()(size_t row) const { return data[row]; }
};

template<typename T> struct ConstantValue
{
    T value;
    T operator()(size_t) const { return value; }
};

template<typename Inner> struct AsDouble
{
    Inner inner;
    double operator()(size_t row) const { return double(inner(row)); }
};

template<typename T> const T *valuesOf(const ValueVector &v);
template<> inline const uint8_t *valuesOf<uint8_t>(const ValueVector &v)
{
    return v.bools;
}
template<> inline const int64_t *valuesOf<int64_t>(const ValueVector &v)
{
    return v.ints;
}
template<> inline const double *valuesOf<double>(const ValueVector &v)
{
    return v.doubles;
}
template<> inline const std::string_view *valuesOf<std::string_view>(const ValueVector &v)
{
    return v.strings;
}

// Calls f with an accessor for the values of v as T.
template<typename T, typename F> void visit(const ValueVector &v, F &&f)
{
    const T *data = valuesOf<T>(v);
    if (v.constant)
        f(ConstantValue<T> {data[0]});
    else
        f(RowValues<T> {data});
}

// Calls f with an accessor reading an Int, Timestamp or Double operand as double.
template<typename F> void visitAsDouble(const ValueVector &v, F &&f)
{
    if (v.type == ValueType::Double)
        visit<double>(v, f);
    else
        visit<int64_t>(v, [&](auto ints) { f(AsDouble<decltype(ints)> {ints}); });
}

// Calls f with an accessor for the null flags of v (a constant 0 when nothing is null).
template<typename F> void visitNulls(const ValueVector &v, F &&f)
{
    if (!v.nulls)
        f(ConstantValue<uint8_t> {0});
    else if (v.constant)
        f(ConstantValue<uint8_t> {v.nulls[0]});
    else
        f(RowValues<uint8_t> {v.nulls});
}

// Null where either operand is null; nullptr when neither has nulls.
inline const uint8_t *mergeNulls(const ValueVector &a, const ValueVector &b, size_t rows,
                                 std::vector<uint8_t> &out)
{
    if (!a.nulls && !b.nulls)
        return nullptr;
    out.resize(rows);
    visitNulls(a, [&](auto an) {
        visitNulls(b, [&](auto bn) {
            for (size_t i = 0; i < rows; ++i)
                out[i] = an(i) | bn(i);
        });
    });
    return out.data();
}

// Clears the value of every null row, as ValueVector promises for booleans.
inline void clearNullRows(std::vector<uint8_t> &values, const uint8_t *nulls)
{
    if (!nulls)
        return;
    for (size_t i = 0; i < values.size(); ++i)
        values[i] &= uint8_t(!nulls[i]);
}

} // namespace weir::kernels
