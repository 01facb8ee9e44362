#pragma once

// A brute-force diff written apart from the engine's: nested loops over the rows, nlohmann's
// own equality, and a canonical text form of the outcome that two diffs can be compared by.

#include "resultdiff.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace reference {

using weir::Json;
using weir::ResultTable;

struct Outcome
{
    std::vector<std::string> added, removed, changed; // canonical rows, sorted
    size_t unchanged = 0;
    bool operator==(const Outcome &) const = default;
};

inline std::string text(const Json &v)
{
    if (v.is_null())
        return "~";
    if (v.is_number()) {
        char buffer[40];
        std::snprintf(buffer, sizeof buffer, "%.17g", v.get<double>());
        return buffer;
    }
    return v.dump();
}

inline std::string rowText(const std::vector<Json> &row)
{
    std::string out;
    for (const Json &v : row)
        out += text(v) + "|";
    return out;
}

inline Json cell(const ResultTable &t, size_t row, const std::string &column)
{
    for (size_t c = 0; c < t.columns.size(); ++c) {
        if (t.columns[c] == column)
            return t.rows[row][c];
    }
    return Json();
}

inline bool has(const ResultTable &t, const std::string &column)
{
    return std::find(t.columns.begin(), t.columns.end(), column) != t.columns.end();
}

inline Outcome diff(const ResultTable &before, const ResultTable &after,
                    const std::vector<std::string> &key)
{
    std::vector<std::string> all = before.columns, values;
    for (const std::string &c : after.columns)
        if (!has(before, c))
            all.push_back(c);
    for (const std::string &c : all)
        if (has(before, c) && has(after, c) && std::find(key.begin(), key.end(), c) == key.end())
            values.push_back(c);
    auto project = [&](const ResultTable &t, size_t r) {
        std::vector<Json> row;
        for (const std::string &c : all)
            row.push_back(cell(t, r, c));
        return row;
    };
    auto same = [&](size_t i, size_t j, const std::vector<std::string> &columns) {
        for (const std::string &c : columns)
            if (!(cell(before, i, c) == cell(after, j, c)))
                return false;
        return true;
    };
    Outcome out;
    std::vector<bool> usedB(before.rows.size()), usedA(after.rows.size());
    for (size_t i = 0; i < before.rows.size(); ++i)
        for (size_t j = 0; j < after.rows.size() && !usedB[i]; ++j)
            if (!usedA[j] && same(i, j, key) && same(i, j, values)) {
                usedB[i] = usedA[j] = true;
                ++out.unchanged;
            }
    for (size_t i = 0; i < before.rows.size() && !key.empty(); ++i)
        for (size_t j = 0; j < after.rows.size() && !usedB[i]; ++j)
            if (!usedA[j] && same(i, j, key)) {
                usedB[i] = usedA[j] = true;
                std::string changed;
                for (const std::string &c : values)
                    if (!(cell(before, i, c) == cell(after, j, c)))
                        changed += c + ",";
                out.changed.push_back(rowText(project(before, i)) + " -> "
                                      + rowText(project(after, j)) + " @" + changed);
            }
    for (size_t i = 0; i < before.rows.size(); ++i)
        if (!usedB[i])
            out.removed.push_back(rowText(project(before, i)));
    for (size_t j = 0; j < after.rows.size(); ++j)
        if (!usedA[j])
            out.added.push_back(rowText(project(after, j)));
    std::sort(out.added.begin(), out.added.end());
    std::sort(out.removed.begin(), out.removed.end());
    std::sort(out.changed.begin(), out.changed.end());
    return out;
}

// The engine's diff in the same canonical form.
inline Outcome canonical(const weir::ResultDiff &d)
{
    Outcome out;
    for (const auto &row : d.added)
        out.added.push_back(rowText(row));
    for (const auto &row : d.removed)
        out.removed.push_back(rowText(row));
    for (const weir::ChangedRow &row : d.changed) {
        std::string changed;
        for (size_t c : row.changedColumns)
            changed += d.columns[c] + ",";
        out.changed.push_back(rowText(row.before) + " -> " + rowText(row.after) + " @" + changed);
    }
    out.unchanged = d.unchanged;
    std::sort(out.added.begin(), out.added.end());
    std::sort(out.removed.begin(), out.removed.end());
    std::sort(out.changed.begin(), out.changed.end());
    return out;
}

} // namespace reference
