#include "resultdiff.h"

#include "debugpipeline.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>

namespace weir {

namespace {

// One side of a diff seen through the diff's union of columns.
class DiffSide
{
public:
    DiffSide(const ResultTable &table, const std::vector<std::string> &columns)
        : m_table(table)
    {
        for (const std::string &name : columns)
            m_map.push_back(table.columnIndex(name));
        m_order.resize(table.rows.size());
        std::iota(m_order.begin(), m_order.end(), size_t(0));
    }

    bool has(size_t column) const { return m_map[column] >= 0; }
    const Json &value(size_t row, size_t column) const
    {
        static const Json null;
        return m_map[column] < 0 ? null : m_table.rows[row][size_t(m_map[column])];
    }
    ResultTable::Row project(size_t row) const
    {
        ResultTable::Row out;
        out.reserve(m_map.size());
        for (size_t c = 0; c < m_map.size(); ++c)
            out.push_back(value(row, c));
        return out;
    }
    std::vector<size_t> &order() { return m_order; }
    const ResultTable &table() const { return m_table; }

private:
    const ResultTable &m_table;
    std::vector<int> m_map;
    std::vector<size_t> m_order;
};

int compareOn(const DiffSide &a, size_t ra, const DiffSide &b, size_t rb,
              const std::vector<size_t> &columns)
{
    for (size_t c : columns) {
        if (const int r = compareResultValues(a.value(ra, c), b.value(rb, c)))
            return r;
    }
    return 0;
}

// The union of columns (a key column neither side has is still listed, so that rows of an
// empty side can be addressed) and the key rows are matched by.
ResultDiff layout(const ResultTable &before, const ResultTable &after, std::vector<std::string> key)
{
    ResultDiff diff;
    diff.columns = before.columns;
    for (const std::string &name : after.columns) {
        if (before.columnIndex(name) < 0)
            diff.columns.push_back(name);
    }
    diff.key = !key.empty() ? std::move(key) : !before.key.empty() ? before.key : after.key;
    for (const std::string &name : diff.key) {
        for (const ResultTable *table : {&before, &after}) {
            if (!table->columns.empty() && table->columnIndex(name) < 0)
                throw std::runtime_error("cannot match rows by key column '" + name + "': "
                                         + table->source + " has no such column");
        }
        if (std::find(diff.columns.begin(), diff.columns.end(), name) == diff.columns.end())
            diff.columns.push_back(name);
    }
    return diff;
}

class Differ
{
public:
    Differ(const ResultTable &before, const ResultTable &after, std::vector<std::string> key);
    ResultDiff run();

private:
    void chooseColumns();
    void sortSide(DiffSide &side) const;
    void diffGroup(size_t b0, size_t b1, size_t a0, size_t a1);
    void pairLeftovers(std::vector<size_t> &before, std::vector<size_t> &after);

    ResultDiff m_diff;
    DiffSide m_before;
    DiffSide m_after;
    std::vector<size_t> m_keyColumns;   // indexes into m_diff.columns
    std::vector<size_t> m_valueColumns; // on both sides, not key
};

Differ::Differ(const ResultTable &before, const ResultTable &after, std::vector<std::string> key)
    : m_diff(layout(before, after, std::move(key)))
    , m_before(before, m_diff.columns)
    , m_after(after, m_diff.columns)
{
    chooseColumns();
}

void Differ::chooseColumns()
{
    for (const std::string &name : m_diff.key)
        m_keyColumns.push_back(size_t(std::find(m_diff.columns.begin(), m_diff.columns.end(), name)
                                      - m_diff.columns.begin()));
    const bool beforeExists = !m_before.table().columns.empty();
    const bool afterExists = !m_after.table().columns.empty();
    for (size_t c = 0; c < m_diff.columns.size(); ++c) {
        const bool before = m_before.has(c), after = m_after.has(c);
        if (before && !after && afterExists)
            m_diff.onlyBefore.push_back(m_diff.columns[c]);
        if (after && !before && beforeExists)
            m_diff.onlyAfter.push_back(m_diff.columns[c]);
        if (before && after && !m_diff.isKeyColumn(c))
            m_valueColumns.push_back(c);
    }
}

// By key, then by the compared values, then in order of appearance.
void Differ::sortSide(DiffSide &side) const
{
    std::sort(side.order().begin(), side.order().end(), [&](size_t x, size_t y) {
        if (const int r = compareOn(side, x, side, y, m_keyColumns))
            return r < 0;
        if (const int r = compareOn(side, x, side, y, m_valueColumns))
            return r < 0;
        return x < y;
    });
}

ResultDiff Differ::run()
{
    sortSide(m_before);
    sortSide(m_after);
    const std::vector<size_t> &b = m_before.order();
    const std::vector<size_t> &a = m_after.order();
    size_t i = 0, j = 0;
    while (i < b.size() || j < a.size()) {
        int r = i == b.size() ? 1 : j == a.size() ? -1 : 0;
        if (r == 0)
            r = compareOn(m_before, b[i], m_after, a[j], m_keyColumns);
        size_t i1 = i, j1 = j;
        if (r <= 0)
            while (i1 < b.size() && compareOn(m_before, b[i1], m_before, b[i], m_keyColumns) == 0)
                ++i1;
        if (r >= 0)
            while (j1 < a.size() && compareOn(m_after, a[j1], m_after, a[j], m_keyColumns) == 0)
                ++j1;
        diffGroup(i, i1, j, j1);
        i = i1;
        j = j1;
    }
    return std::move(m_diff);
}

// Rows under one key (all rows when there is no key): equal ones match first; the rest pair
// up in order of appearance as changed rows when there is a key.
void Differ::diffGroup(size_t b0, size_t b1, size_t a0, size_t a1)
{
    const std::vector<size_t> &b = m_before.order();
    const std::vector<size_t> &a = m_after.order();
    std::vector<size_t> leftBefore, leftAfter;
    while (b0 < b1 || a0 < a1) {
        int r = b0 == b1 ? 1 : a0 == a1 ? -1 : 0;
        if (r == 0)
            r = compareOn(m_before, b[b0], m_after, a[a0], m_valueColumns);
        if (r == 0) {
            ++m_diff.unchanged;
            ++b0;
            ++a0;
        } else if (r < 0) {
            leftBefore.push_back(b[b0++]);
        } else {
            leftAfter.push_back(a[a0++]);
        }
    }
    pairLeftovers(leftBefore, leftAfter);
}

void Differ::pairLeftovers(std::vector<size_t> &before, std::vector<size_t> &after)
{
    const size_t pairs = m_keyColumns.empty() ? 0 : std::min(before.size(), after.size());
    if (pairs > 0) {
        std::sort(before.begin(), before.end());
        std::sort(after.begin(), after.end());
    }
    for (size_t p = 0; p < pairs; ++p) {
        ChangedRow row{m_before.project(before[p]), m_after.project(after[p]), {}};
        for (size_t c : m_valueColumns) {
            if (compareResultValues(row.before[c], row.after[c]) != 0)
                row.changedColumns.push_back(c);
        }
        m_diff.changed.push_back(std::move(row));
    }
    for (size_t p = pairs; p < before.size(); ++p)
        m_diff.removed.push_back(m_before.project(before[p]));
    for (size_t p = pairs; p < after.size(); ++p)
        m_diff.added.push_back(m_after.project(after[p]));
}

ResultTable absentSink()
{
    return ResultTable{};
}

} // namespace

bool ResultDiff::isKeyColumn(size_t column) const
{
    return column < columns.size()
           && std::find(key.begin(), key.end(), columns[column]) != key.end();
}

std::string ResultDiff::summary() const
{
    return std::to_string(added.size()) + " added, " + std::to_string(removed.size())
           + " removed, " + std::to_string(changed.size()) + " changed, "
           + std::to_string(unchanged) + " unchanged";
}

ResultDiff diffResults(const ResultTable &before, const ResultTable &after,
                       const std::vector<std::string> &key)
{
    ResultDiff diff = Differ(before, after, key).run();
    diff.timeColumns = before.timeColumns;
    diff.timeColumns.insert(after.timeColumns.begin(), after.timeColumns.end());
    return diff;
}

std::vector<SinkDiff> diffResultDirs(const std::vector<SinkRedirect> &before,
                                     const std::vector<SinkRedirect> &after)
{
    std::map<std::string, const SinkRedirect *> afterByNode;
    for (const SinkRedirect &redirect : after)
        afterByNode[redirect.node] = &redirect;
    std::vector<SinkDiff> diffs;
    for (const SinkRedirect &redirect : before) {
        const ResultTable b = readResult(redirect);
        const auto it = afterByNode.find(redirect.node);
        const ResultTable a = it == afterByNode.end() ? absentSink() : readResult(*it->second);
        diffs.push_back({redirect.node, b.source, a.source, diffResults(b, a)});
        if (it != afterByNode.end())
            afterByNode.erase(it);
    }
    for (const SinkRedirect &redirect : after) {
        if (!afterByNode.count(redirect.node))
            continue;
        const ResultTable a = readResult(redirect);
        diffs.push_back({redirect.node, {}, a.source, diffResults(absentSink(), a)});
    }
    return diffs;
}

} // namespace weir
