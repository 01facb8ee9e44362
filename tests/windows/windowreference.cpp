#include "windowreference.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <sstream>

using namespace weir;

namespace {

const std::vector<std::string> kCountries {"br", "de", "fr", "jp", "us"};

std::vector<std::string> users()
{
    std::vector<std::string> names;
    for (int i = 0; i < 38; ++i)
        names.push_back("u" + std::to_string(i));
    names.push_back("");
    names.push_back(std::string("x\0y", 3));
    return names;
}

int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int64_t floorMod(int64_t value, int64_t divisor)
{
    return value - floorDiv(value, divisor) * divisor;
}

std::string inQuotes(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

ResultValue intValue(int64_t v)
{
    return {.null = false, .i = v};
}
ResultValue doubleValue(double v)
{
    return {.null = false, .d = v};
}
ResultValue stringValue(std::string v)
{
    return {.null = false, .s = std::move(v)};
}

template<typename T, typename F> std::vector<T> valuesOf(const std::vector<size_t> &rows, F get)
{
    std::vector<T> values;
    for (size_t row : rows) {
        if (const auto v = get(row))
            values.push_back(*v);
    }
    return values;
}

template<typename T> ResultValue minMax(std::vector<T> values, bool isMin, ResultValue (*make)(T))
{
    if (values.empty())
        return {};
    return make(isMin ? *std::min_element(values.begin(), values.end())
                      : *std::max_element(values.begin(), values.end()));
}

ResultValue percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return doubleValue(values[size_t(std::floor(q * double(values.size() - 1)))]);
}

bool near(double got, double expected, double relative, double absolute)
{
    return std::abs(got - expected) <= relative * std::abs(expected) + absolute;
}

} // namespace

std::vector<TestEvent> generateEvents(uint64_t seed, size_t count, int64_t delay)
{
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    const std::vector<std::string> names = users();
    std::vector<TestEvent> events;
    int64_t t = -20 * 60000;
    int64_t maxTs = INT64_MIN;
    for (size_t i = 0; i < count; ++i) {
        t += int64_t(unit(random) * 1500);
        if (unit(random) < 0.01) // an idle spell: sessions end
            t += 120000 + int64_t(unit(random) * 180000);
        TestEvent e;
        const double kind = unit(random);
        if (kind >= 0.01)
            e.ts = kind < 0.04 ? t - 300000 - int64_t(unit(random) * 1500000)
                : kind < 0.14  ? t - int64_t(unit(random) * 120000)
                               : t;
        if (e.ts) {
            *e.ts -= floorMod(*e.ts, 5000); // on a 5 s grid: bounds meet often
            maxTs = std::max(maxTs, *e.ts);
        }
        e.watermark = maxTs == INT64_MIN ? INT64_MIN : maxTs - delay;
        if (unit(random) >= 0.05)
            e.country = kCountries[size_t(unit(random) * double(kCountries.size()))];
        e.user = names[size_t(unit(random) * double(names.size()))];
        const double amount = unit(random);
        if (amount >= 0.08)
            e.amount = amount < 0.13 ? 0.0 : std::round((unit(random) * 250 - 50) * 100) / 100;
        if (unit(random) >= 0.05)
            e.qty = int64_t(unit(random) * 24) - 3;
        e.mobile = unit(random) < 0.3;
        events.push_back(std::move(e));
    }
    return events;
}

SchemaPtr eventSchema()
{
    static const SchemaPtr schema = makeSchema({{"ts", FieldType::Timestamp},
                                                {"country", FieldType::String},
                                                {"user", FieldType::String},
                                                {"amount", FieldType::Double},
                                                {"qty", FieldType::Int},
                                                {"mobile", FieldType::Bool}});
    return schema;
}

Batch eventBatch(const std::vector<TestEvent> &events, size_t begin, size_t end)
{
    Batch batch = Batch::withSchema(eventSchema(), end - begin);
    for (Column &column : batch.columns)
        column.nulls.assign(end - begin, 0);
    for (size_t i = begin; i < end; ++i) {
        const TestEvent &e = events[i];
        const size_t row = i - begin;
        batch.columns[0].ints.push_back(e.ts.value_or(0));
        batch.columns[0].nulls[row] = !e.ts;
        batch.columns[1].strings.push_back(batch.strings().store(e.country.value_or("")));
        batch.columns[1].nulls[row] = !e.country;
        batch.columns[2].strings.push_back(batch.strings().store(e.user));
        batch.columns[3].doubles.push_back(e.amount.value_or(0));
        batch.columns[3].nulls[row] = !e.amount;
        batch.columns[4].ints.push_back(e.qty.value_or(0));
        batch.columns[4].nulls[row] = !e.qty;
        batch.columns[5].ints.push_back(e.mobile);
        batch.origins.push_back({0, 0, int64_t(i)});
        batch.watermarks.push_back(e.watermark);
    }
    batch.rows = end - begin;
    batch.eventTimeColumn = 0;
    return batch;
}

Json windowParams(const WindowCase &c)
{
    Json params = Json::parse(R"({"aggregates": [
        {"fn": "count"}, {"fn": "count", "field": "amount", "as": "count_amount"},
        {"fn": "count_distinct", "field": "user"},
        {"fn": "approx_count_distinct", "field": "user"},
        {"fn": "sum", "field": "amount"}, {"fn": "sum", "field": "qty"},
        {"fn": "min", "field": "amount"}, {"fn": "max", "field": "amount"},
        {"fn": "min", "field": "qty"}, {"fn": "max", "field": "qty"},
        {"fn": "min", "field": "user"}, {"fn": "max", "field": "user"},
        {"fn": "avg", "field": "amount"}, {"fn": "avg", "field": "qty"},
        {"fn": "percentile", "field": "amount", "q": 0.5},
        {"fn": "percentile", "field": "qty", "q": 0.9},
        {"fn": "count_distinct", "field": "qty"}, {"fn": "max", "field": "ts"}]})");
    if (c.kind == "session") {
        params["gap"] = std::to_string(c.gap) + "ms";
    } else {
        params["size"] = std::to_string(c.size) + "ms";
        if (c.kind == "sliding")
            params["slide"] = std::to_string(c.slide) + "ms";
    }
    params["group_by"] = c.groupBy;
    params["output_mode"] = c.mode;
    return params;
}

std::vector<std::string> aggregateNames()
{
    return {"count",
            "count_amount",
            "count_distinct_user",
            "approx_count_distinct_user",
            "sum_amount",
            "sum_qty",
            "min_amount",
            "max_amount",
            "min_qty",
            "max_qty",
            "min_user",
            "max_user",
            "avg_amount",
            "avg_qty",
            "p50_amount",
            "p90_qty",
            "count_distinct_qty",
            "max_ts"};
}

std::vector<ResultRow> resultRows(const Batch &out, size_t groupFields)
{
    std::vector<ResultRow> rows;
    for (size_t r = 0; r < out.rows; ++r) {
        ResultRow row {.start = out.columns[0].ints[r], .end = out.columns[1].ints[r]};
        for (size_t c = 2; c < out.columns.size(); ++c) {
            const Column &column = out.columns[c];
            ResultValue v {.null = column.isNull(r)};
            if (!v.null && isIntegral(column.type))
                v.i = column.ints[r];
            else if (!v.null && column.type == FieldType::Double)
                v.d = column.doubles[r];
            else if (!v.null)
                v.s = std::string(column.strings[r]);
            if (c >= 2 + groupFields) {
                row.values.push_back(v);
                continue;
            }
            if (c > 2)
                row.group += "|";
            row.group += v.null                    ? "null"
                : column.type == FieldType::Bool   ? (v.i ? "true" : "false")
                : column.type == FieldType::String ? inQuotes(v.s)
                                                   : std::to_string(v.i);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string describe(const ResultRow &row)
{
    std::ostringstream out;
    out << "[" << row.start << ", " << row.end << ") " << row.group << ":";
    for (const ResultValue &v : row.values) {
        if (v.null)
            out << " null";
        else
            out << " " << v.i << "/" << v.d << "/" << inQuotes(v.s);
    }
    return out.str();
}

std::string compareToReference(const ResultRow &got, const ResultRow &expected)
{
    const std::vector<std::string> names = aggregateNames();
    if (got.key() != expected.key() || got.values.size() != names.size())
        return "different row: " + describe(got) + " vs " + describe(expected);
    for (size_t a = 0; a < names.size(); ++a) {
        const ResultValue &g = got.values[a];
        const ResultValue &e = expected.values[a];
        bool ok = g.null == e.null;
        if (ok && !e.null) {
            if (names[a] == "approx_count_distinct_user")
                ok = std::abs(g.i - e.i) <= std::max<int64_t>(1, e.i / 50);
            else if (names[a] == "sum_amount" || names[a].starts_with("avg"))
                ok = near(g.d, e.d, 1e-9, 1e-9);
            else if (names[a].starts_with("p"))
                ok = near(g.d, e.d, 0.01, 1e-9);
            else
                ok = g == e;
        }
        if (!ok)
            return names[a] + " differs: " + describe(got) + " vs expected " + describe(expected);
    }
    return {};
}

WindowReference::WindowReference(const WindowCase &c, const std::vector<TestEvent> &events,
                                 const std::vector<size_t> &batchOf)
    : m_case(c)
    , m_events(events)
    , m_batchOf(batchOf)
{
    for (size_t row = 0; row < events.size(); ++row) {
        const TestEvent &e = events[row];
        if (!e.ts) {
            m_late.insert(row);
            continue;
        }
        // Complete mode ignores the watermark (Spark keeps every window's state).
        const int64_t watermark = c.mode == "complete" ? INT64_MIN : e.watermark;
        if (c.kind == "session")
            addSession(row, *e.ts, watermark, groupOf(e));
        else
            addFixed(row, *e.ts, watermark, groupOf(e));
    }
}

std::string WindowReference::groupOf(const TestEvent &e) const
{
    std::string group;
    for (const std::string &field : m_case.groupBy) {
        if (!group.empty())
            group += "|";
        if (field == "country")
            group += e.country ? inQuotes(*e.country) : "null";
        else if (field == "user")
            group += inQuotes(e.user);
        else if (field == "mobile")
            group += e.mobile ? "true" : "false";
    }
    return group;
}

void WindowReference::addFixed(size_t row, int64_t ts, int64_t watermark, const std::string &group)
{
    const int64_t slide = m_case.kind == "sliding" ? m_case.slide : m_case.size;
    bool accepted = false;
    for (int64_t m = floorDiv(ts - m_case.size, slide) - 1; m <= floorDiv(ts, slide) + 1; ++m) {
        const int64_t start = m * slide;
        const int64_t end = start + m_case.size;
        if (!(start <= ts && ts < end) || end <= watermark)
            continue;
        accepted = true;
        auto window = std::find_if(m_windows.begin(), m_windows.end(), [&](const Window &w) {
            return w.start == start && w.group == group;
        });
        if (window == m_windows.end())
            window = m_windows.insert(m_windows.end(), Window {start, end, group, {}});
        window->rows.push_back(row);
    }
    if (!accepted)
        m_late.insert(row);
}

// A session is final once the watermark reaches its end; the record's own session
// [ts, ts + gap) merges with every open session of its group it overlaps or touches.
void WindowReference::addSession(size_t row, int64_t ts, int64_t watermark,
                                 const std::string &group)
{
    Window merged {ts, ts + m_case.gap, group, {row}};
    if (merged.end <= watermark) {
        m_late.insert(row);
        return;
    }
    for (auto w = m_windows.begin(); w != m_windows.end();) {
        const bool open = w->end > watermark;
        if (w->group == group && open && w->start <= merged.end && ts <= w->end) {
            merged.start = std::min(merged.start, w->start);
            merged.end = std::max(merged.end, w->end);
            merged.rows.insert(merged.rows.end(), w->rows.begin(), w->rows.end());
            w = m_windows.erase(w);
        } else {
            ++w;
        }
    }
    m_windows.push_back(std::move(merged));
}

std::vector<ResultRow> WindowReference::results() const
{
    std::vector<ResultRow> rows;
    for (const Window &w : m_windows)
        rows.push_back(aggregate(w));
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::set<std::tuple<int64_t, int64_t, std::string>> WindowReference::touchedIn(size_t batch) const
{
    std::set<std::tuple<int64_t, int64_t, std::string>> keys;
    for (const Window &w : m_windows) {
        for (size_t row : w.rows) {
            if (m_batchOf[row] == batch)
                keys.emplace(w.start, w.end, w.group);
        }
    }
    return keys;
}

ResultRow WindowReference::aggregate(const Window &w) const
{
    const auto &e = m_events;
    const auto amounts = valuesOf<double>(w.rows, [&](size_t r) { return e[r].amount; });
    const auto qtys = valuesOf<int64_t>(w.rows, [&](size_t r) { return e[r].qty; });
    const auto names = valuesOf<std::string>(
        w.rows, [&](size_t r) { return std::optional<std::string>(e[r].user); });
    const auto times = valuesOf<int64_t>(w.rows, [&](size_t r) { return e[r].ts; });
    const std::set<std::string> distinctUsers(names.begin(), names.end());
    const std::set<int64_t> distinctQtys(qtys.begin(), qtys.end());
    double amountSum = 0;
    for (double a : amounts)
        amountSum += a;
    int64_t qtySum = 0;
    for (int64_t q : qtys)
        qtySum += q;
    ResultRow row {.start = w.start, .end = w.end, .group = w.group};
    auto &v = row.values;
    v.push_back(intValue(int64_t(w.rows.size())));
    v.push_back(intValue(int64_t(amounts.size())));
    v.push_back(intValue(int64_t(distinctUsers.size())));
    v.push_back(intValue(int64_t(distinctUsers.size())));
    v.push_back(amounts.empty() ? ResultValue() : doubleValue(amountSum));
    v.push_back(qtys.empty() ? ResultValue() : intValue(qtySum));
    v.push_back(minMax<double>(amounts, true, doubleValue));
    v.push_back(minMax<double>(amounts, false, doubleValue));
    v.push_back(minMax<int64_t>(qtys, true, intValue));
    v.push_back(minMax<int64_t>(qtys, false, intValue));
    v.push_back(minMax<std::string>(names, true, stringValue));
    v.push_back(minMax<std::string>(names, false, stringValue));
    v.push_back(amounts.empty() ? ResultValue() : doubleValue(amountSum / double(amounts.size())));
    v.push_back(qtys.empty() ? ResultValue() : doubleValue(double(qtySum) / double(qtys.size())));
    v.push_back(percentile(amounts, 0.5));
    v.push_back(percentile(std::vector<double>(qtys.begin(), qtys.end()), 0.9));
    v.push_back(intValue(int64_t(distinctQtys.size())));
    v.push_back(minMax<int64_t>(times, false, intValue));
    return row;
}
