#pragma once

#include "resultdiff.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPalette>

#include <vector>

namespace weir {

// The rows of a ResultDiff that the filter lets through: added, then removed, then changed.
// With a key, each non-key column shows twice, "col (before)" and "col (after)" (once for a
// column only one run has); without one (rows only added or removed), once.
class ResultDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Kind { Added = 1, Removed = 2, Changed = 4 };
    Q_DECLARE_FLAGS(Kinds, Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // the row's Kind
        CellChangedRole,             // true on both halves of a changed value
    };

    explicit ResultDiffModel(QObject *parent = nullptr);

    void setDiff(const ResultDiff *diff); // not owned; nullptr clears
    void setFilter(Kinds kinds);
    Kinds filter() const { return m_filter; }
    // The view's colours: row tints are mixed into its base; nulls are its text, faded.
    void setPalette(const QPalette &palette);
    static QString kindName(Kind kind); // "added", "removed", "changed"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // By the column's values (an absent value first), stable; column 0 sorts by kind.
    void sort(int column, Qt::SortOrder order) override;

private:
    enum class Side { Key, Before, After, Both };
    struct ColumnRef
    {
        size_t column; // into ResultDiff::columns
        Side side;
    };
    struct Entry
    {
        Kind kind;
        size_t index; // into added, removed or changed
    };

    void rebuild();
    void sortEntries();
    size_t keyColumnCount() const;
    void addValueColumns(size_t column);
    const Json *value(const Entry &entry, const ColumnRef &column) const;
    bool cellChanged(const Entry &entry, const ColumnRef &column) const;
    QVariant background(const Entry &entry, const ColumnRef *column) const;
    static QString kindText(Kind kind);

    const ResultDiff *m_diff = nullptr;
    Kinds m_filter = Kinds(Added | Removed | Changed);
    QColor m_base = Qt::white;
    QColor m_nullText = Qt::gray;
    std::vector<ColumnRef> m_columns; // after the first column, which shows the kind
    std::vector<Entry> m_entries;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ResultDiffModel::Kinds)

} // namespace weir
