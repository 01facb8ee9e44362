#pragma once

// Shared by tst_expression and tst_filter: seeded random rows with nulls in every
// column, and valid expressions with an oracle written directly in C++ (SQL
// three-valued logic: std::nullopt is "unknown").

#include "batch.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace weir::testing {

using Tri = std::optional<bool>;
constexpr int64_t kLanding = 1795621337000; // 2026-11-25T15:42:17Z

struct Row
{
    std::optional<std::string> user_id;
    std::optional<std::string> event_type;
    std::optional<double> amount;
    std::optional<int64_t> qty;
    std::optional<bool> active;
    std::optional<int64_t> ts;
    std::optional<std::string> props;
    std::optional<int64_t> score;
};

inline SchemaPtr testSchema()
{
    return makeSchema({{"user_id", FieldType::String},
                       {"event_type", FieldType::String},
                       {"amount", FieldType::Double},
                       {"qty", FieldType::Int},
                       {"active", FieldType::Bool},
                       {"ts", FieldType::Timestamp},
                       {"props", FieldType::Map},
                       {"score", FieldType::Int}});
}

template<typename A, typename B, typename F>
Tri cmp(const std::optional<A> &a, const std::optional<B> &b, F f)
{
    if (!a || !b)
        return std::nullopt;
    return f(*a, *b);
}

template<typename A, typename F> Tri cmp(const std::optional<A> &a, F f)
{
    return a ? Tri(f(*a)) : std::nullopt;
}

inline Tri all(Tri a, Tri b)
{
    if (a == false || b == false)
        return false;
    return a && b ? Tri(true) : std::nullopt;
}

inline Tri any(Tri a, Tri b)
{
    if (a == true || b == true)
        return true;
    return a && b ? Tri(false) : std::nullopt;
}

inline Tri neg(Tri a)
{
    return a ? Tri(!*a) : std::nullopt;
}

template<typename T> std::optional<T> maybe(std::mt19937_64 &rng, T value)
{
    return rng() % 10 == 0 ? std::nullopt : std::optional<T>(value);
}

inline std::vector<Row> randomRows(std::mt19937_64 &rng, size_t count)
{
    static const std::vector<std::string> words {"a",    "b", "click", "page_view",
                                                 "it's", "",  "Zed",   "\xc3\xbcnicode"};
    std::vector<Row> rows(count);
    for (Row &r : rows) {
        r.user_id = maybe(rng, words[rng() % words.size()]);
        r.event_type = maybe(rng, words[rng() % words.size()]);
        r.amount = maybe(rng, double(int(rng() % 21) - 10) * 0.5);
        r.qty = maybe(rng, int64_t(rng() % 11) - 5);
        r.active = maybe(rng, rng() % 2 == 0);
        r.ts = maybe(rng, kLanding + (int64_t(rng() % 7) - 3) * 1000);
        r.props = maybe(rng, std::string(rng() % 2 ? "{}" : "{\"k\":\"v\"}"));
        r.score = maybe(rng, int64_t(rng() % 11) - 5);
    }
    return rows;
}

template<typename T, typename Put> void fill(Column &column, const std::optional<T> &value, Put put)
{
    if (value)
        put(*value);
    else
        column.appendNull();
    if (value && !column.nulls.empty())
        column.nulls.push_back(0);
}

inline Batch toBatch(const std::vector<Row> &rows)
{
    Batch batch = Batch::withSchema(testSchema(), rows.size());
    auto &c = batch.columns;
    auto text = [&](Column &column) {
        return [&](const std::string &s) { column.strings.push_back(batch.strings().store(s)); };
    };
    auto ints = [](Column &column) { return [&](int64_t v) { column.ints.push_back(v); }; };
    for (const Row &r : rows) {
        fill(c[0], r.user_id, text(c[0]));
        fill(c[1], r.event_type, text(c[1]));
        fill(c[2], r.amount, [&](double v) { c[2].doubles.push_back(v); });
        fill(c[3], r.qty, ints(c[3]));
        fill(c[4], r.active, [&](bool v) { c[4].ints.push_back(v ? 1 : 0); });
        fill(c[5], r.ts, ints(c[5]));
        fill(c[6], r.props, text(c[6]));
        fill(c[7], r.score, ints(c[7]));
        batch.origins.push_back({0, 0, int64_t(batch.rows)});
        ++batch.rows;
    }
    return batch;
}

using Oracle = std::function<Tri(const Row &)>;

// A test of one field (unknown when it is null), of two fields, and combinations.
template<typename T, typename F> Oracle on(std::optional<T> Row::*field, F test)
{
    return [=](const Row &r) { return cmp(r.*field, test); };
}

template<typename A, typename B, typename F>
Oracle on(std::optional<A> Row::*a, std::optional<B> Row::*b, F test)
{
    return [=](const Row &r) { return cmp(r.*a, r.*b, test); };
}

inline Oracle flag()
{
    return [](const Row &r) { return Tri(r.active); };
}

template<typename T> Oracle isNull(std::optional<T> Row::*field)
{
    return [=](const Row &r) { return Tri(!(r.*field)); };
}

inline Oracle always(Tri value)
{
    return [=](const Row &) { return value; };
}

inline Oracle both(Oracle a, Oracle b)
{
    return [=](const Row &r) { return all(a(r), b(r)); };
}

inline Oracle either(Oracle a, Oracle b)
{
    return [=](const Row &r) { return any(a(r), b(r)); };
}

inline Oracle negation(Oracle a)
{
    return [=](const Row &r) { return neg(a(r)); };
}

struct ValidCase
{
    const char *text;
    Oracle oracle;
};

inline const std::vector<ValidCase> &validCases()
{
    using I = int64_t;
    using S = std::string;
    const auto qtyAbove0 = on(&Row::qty, [](I q) { return q > 0; });
    const auto amountAbove0 = on(&Row::amount, [](double a) { return a > 0; });
    const auto userIsA = on(&Row::user_id, [](const S &s) { return s == "a"; });
    const auto eq = [](const auto &a, const auto &b) { return a == b; };
    static const std::vector<ValidCase> cases {
        {"qty = 3", on(&Row::qty, [](I q) { return q == 3; })},
        {"qty == 3", on(&Row::qty, [](I q) { return q == 3; })},
        {"qty != 3", on(&Row::qty, [](I q) { return q != 3; })},
        {"qty <> 3", on(&Row::qty, [](I q) { return q != 3; })},
        {"qty < 0", on(&Row::qty, [](I q) { return q < 0; })},
        {"qty <= 0", on(&Row::qty, [](I q) { return q <= 0; })},
        {"qty > 2", on(&Row::qty, [](I q) { return q > 2; })},
        {"qty >= -2", on(&Row::qty, [](I q) { return q >= -2; })},
        {"3 < qty", on(&Row::qty, [](I q) { return 3 < q; })},
        {"qty < score", on(&Row::qty, &Row::score, [](I a, I b) { return a < b; })},
        {"amount > 1.5", on(&Row::amount, [](double a) { return a > 1.5; })},
        {"amount >= 2", on(&Row::amount, [](double a) { return a >= 2; })},
        {"amount < qty", on(&Row::amount, &Row::qty, [](double a, I q) { return a < double(q); })},
        {"qty = amount", on(&Row::qty, &Row::amount, [](I q, double a) { return double(q) == a; })},
        {"user_id = 'click'", on(&Row::user_id, [](const S &s) { return s == "click"; })},
        {"user_id = \"click\"", on(&Row::user_id, [](const S &s) { return s == "click"; })},
        {"user_id != 'click'", on(&Row::user_id, [](const S &s) { return s != "click"; })},
        {"user_id < 'b'", on(&Row::user_id, [](const S &s) { return s < S("b"); })},
        {"user_id = ''", on(&Row::user_id, [](const S &s) { return s.empty(); })},
        {"user_id = 'it''s'", on(&Row::user_id, [](const S &s) { return s == "it's"; })},
        {"user_id = 'it\\'s'", on(&Row::user_id, [](const S &s) { return s == "it's"; })},
        {"user_id = '\xc3\xbcnicode'",
         on(&Row::user_id, [](const S &s) { return s == "\xc3\xbcnicode"; })},
        {"user_id = event_type", on(&Row::user_id, &Row::event_type, eq)},
        {"user_id >= event_type",
         on(&Row::user_id, &Row::event_type, [](const S &a, const S &b) { return a >= b; })},
        {"active", flag()},
        {"not active", negation(flag())},
        {"!active", negation(flag())},
        {"active = true", on(&Row::active, [](bool b) { return b; })},
        {"active != false", on(&Row::active, [](bool b) { return b; })},
        {"ts > '2026-11-25T15:42:17Z'", on(&Row::ts, [](I t) { return t > kLanding; })},
        {"ts >= '2026-11-25T16:42:16+01:00'",
         on(&Row::ts, [](I t) { return t >= kLanding - 1000; })},
        {"'2026-11-25 15:42:17' = ts", on(&Row::ts, [](I t) { return t == kLanding; })},
        {"ts > '2026-11-25'", on(&Row::ts, [](I t) { return t > kLanding - 56537000; })},
        {"ts < 1795621337000", on(&Row::ts, [](I t) { return t < kLanding; })},
        {"ts <= 1795621337000.5", on(&Row::ts, [](I t) { return double(t) <= 1795621337000.5; })},
        {"ts - 60000 > '2026-11-25T15:41:17Z'", on(&Row::ts, [](I t) { return t > kLanding; })},
        {"qty in (1, 2, 3)", on(&Row::qty, [](I q) { return q >= 1 && q <= 3; })},
        {"qty not in (1, 2, 3)", on(&Row::qty, [](I q) { return q < 1 || q > 3; })},
        {"qty in (-5, -4, -3, -2, -1, 0, 1, 2, 3, 4)", on(&Row::qty, [](I q) { return q < 5; })},
        {"qty in (1, 2.5)", on(&Row::qty, [](I q) { return q == 1; })},
        {"qty in (1, null)", [](const Row &r) { return r.qty == 1 ? Tri(true) : std::nullopt; }},
        {"qty not in (1, null)",
         [](const Row &r) { return r.qty == 1 ? Tri(false) : std::nullopt; }},
        {"user_id in (null)", always(std::nullopt)},
        {"user_id not in (null, null)", always(std::nullopt)},
        {"active in (null) or qty = 1",
         either(always(std::nullopt), on(&Row::qty, [](I q) { return q == 1; }))},
        {"user_id in (null)", always(std::nullopt)},
        {"user_id not in (null, null)", always(std::nullopt)},
        {"active in (null) or qty = 1",
         either(always(std::nullopt), on(&Row::qty, [](I q) { return q == 1; }))},
        {"user_id in ('a', 'click')",
         on(&Row::user_id, [](const S &s) { return s == "a" || s == "click"; })},
        {"user_id not in ('a')", on(&Row::user_id, [](const S &s) { return s != "a"; })},
        {"user_id in ('q','w','e','r','t','y','u','i','o','page_view','Zed')",
         on(&Row::user_id, [](const S &s) { return s == "page_view" || s == "Zed"; })},
        {"amount in (1.5, 2, -0.5)",
         on(&Row::amount, [](double a) { return a == 1.5 || a == 2 || a == -0.5; })},
        {"active in (true)", on(&Row::active, [](bool b) { return b; })},
        {"active not in (false, true)", on(&Row::active, [](bool) { return false; })},
        {"ts in ('2026-11-25T15:42:17Z', 1795621338000)",
         on(&Row::ts, [](I t) { return t == kLanding || t == kLanding + 1000; })},
        {"user_id is null", isNull(&Row::user_id)},
        {"user_id is not null", negation(isNull(&Row::user_id))},
        {"props IS NULL", isNull(&Row::props)},
        {"props = '{}'", on(&Row::props, [](const S &p) { return p == "{}"; })},
        {"qty + score is null", either(isNull(&Row::qty), isNull(&Row::score))},
        {"active is null", isNull(&Row::active)},
        {"qty > 0 and amount > 0", both(qtyAbove0, amountAbove0)},
        {"qty > 0 && amount > 0", both(qtyAbove0, amountAbove0)},
        {"qty>2 AND amount>0", both(on(&Row::qty, [](I q) { return q > 2; }), amountAbove0)},
        {"qty > 0 or user_id = 'a'", either(qtyAbove0, userIsA)},
        {"qty > 0 || active", either(qtyAbove0, flag())},
        {"not (qty > 0 and active)", negation(both(qtyAbove0, flag()))},
        {"not qty > 0", negation(qtyAbove0)},
        {"qty > 0 and not active or user_id = 'a'",
         either(both(qtyAbove0, negation(flag())), userIsA)},
        {"(qty > 0 or active) and amount < 0",
         both(either(qtyAbove0, flag()), on(&Row::amount, [](double a) { return a < 0; }))},
        {"qty > 0 AND amount > 0 OR active", either(both(qtyAbove0, amountAbove0), flag())},
        {"active and active = false", both(flag(), on(&Row::active, [](bool b) { return !b; }))},
        {"active or not active", either(flag(), negation(flag()))},
        {"qty + score > 3", on(&Row::qty, &Row::score, [](I a, I b) { return a + b > 3; })},
        {"qty * 2 = score", on(&Row::qty, &Row::score, [](I a, I b) { return a * 2 == b; })},
        {"qty - score < 0", on(&Row::qty, &Row::score, [](I a, I b) { return a - b < 0; })},
        {"qty + 2 * 3 = 7", on(&Row::qty, [](I q) { return q == 1; })},
        {"(qty + 1) * 2 > 4", on(&Row::qty, [](I q) { return (q + 1) * 2 > 4; })},
        {"amount / 2 > 1", on(&Row::amount, [](double a) { return a / 2 > 1; })},
        {"qty / 2 = 1.5", on(&Row::qty, [](I q) { return q == 3; })},
        {"qty / score > 1",
         [](const Row &r) {
             if (r.score == 0)
                 return Tri();
             return cmp(r.qty, r.score, [](I a, I b) { return double(a) / double(b) > 1; });
         }},
        {"qty / 0 is null", always(true)},
        {"-qty > 2", on(&Row::qty, [](I q) { return -q > 2; })},
        {"-amount < -1", on(&Row::amount, [](double a) { return -a < -1; })},
        {"qty * -1 = -qty", on(&Row::qty, [](I) { return true; })},
        {"amount * qty >= 2.5",
         on(&Row::amount, &Row::qty, [](double a, I q) { return a * double(q) >= 2.5; })},
        {"1 = 1", always(true)},
        {"1 = 2", always(false)},
        {"true", always(true)},
        {"false", always(false)},
        {"null is null", always(true)},
        {"qty = null", always(std::nullopt)},
        {"not (qty = null)", always(std::nullopt)},
        {"qty = null or active", either(always(std::nullopt), flag())},
        {"user_id = user_id", on(&Row::user_id, [](const S &) { return true; })},
        {"`qty` > 2", on(&Row::qty, [](I q) { return q > 2; })},
        {"  ((qty))>2  ", on(&Row::qty, [](I q) { return q > 2; })},
    };
    return cases;
}

} // namespace weir::testing
