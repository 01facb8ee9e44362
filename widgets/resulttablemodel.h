#pragma once

#include "resulttable.h"

#include <QAbstractTableModel>

#include <vector>

namespace weir {

// The rows of one sink's result, as read back from a debug run. Sorting reorders a list of
// row indexes by the engine's value order (numbers as numbers), so it stays O(n log n) and
// leaves the table untouched.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ResultTableModel(QObject *parent = nullptr);

    void setTable(ResultTable table);
    const ResultTable &table() const { return m_table; }
    // The table row shown at `row`.
    size_t tableRow(int row) const { return m_order[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    bool isKey(int column) const;
    bool isTime(int column) const; // shown as an ISO time (the tooltip keeps the number)

    ResultTable m_table;
    std::vector<size_t> m_order;
};

} // namespace weir
