#include "resulttablemodel.h"

#include <QFont>

#include <algorithm>
#include <numeric>

namespace weir {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultTableModel::setTable(ResultTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_order.resize(m_table.rows.size());
    std::iota(m_order.begin(), m_order.end(), size_t(0));
    endResetModel();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Json &value = m_table.rows[tableRow(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(resultValueText(value, isTime(index.column())));
    case Qt::ToolTipRole:
        return QString::fromStdString(resultValueText(value));
    case Qt::TextAlignmentRole:
        return value.is_number() ? int(Qt::AlignRight | Qt::AlignVCenter)
                                 : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || size_t(section) >= m_table.columns.size())
        return {};
    const QString name = QString::fromStdString(m_table.columns[size_t(section)]);
    if (role == Qt::DisplayRole)
        return name;
    if (role == Qt::ToolTipRole && isKey(section))
        return tr("%1 (part of the table's primary key)").arg(name);
    if (role == Qt::FontRole && isKey(section)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

void ResultTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || size_t(column) >= m_table.columns.size())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<size_t> oldOrder = m_order;
    const size_t c = size_t(column);
    std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
        const int r = compareResultValues(m_table.rows[a][c], m_table.rows[b][c]);
        return order == Qt::AscendingOrder ? r < 0 : r > 0;
    });
    std::vector<int> newPosition(m_order.size());
    for (size_t i = 0; i < m_order.size(); ++i)
        newPosition[m_order[i]] = int(i);
    for (const QModelIndex &index : before)
        changePersistentIndex(index, createIndex(newPosition[oldOrder[size_t(index.row())]],
                                                 index.column()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool ResultTableModel::isTime(int column) const
{
    return m_table.timeColumns.contains(m_table.columns[size_t(column)]);
}

bool ResultTableModel::isKey(int column) const
{
    const std::string &name = m_table.columns[size_t(column)];
    return std::find(m_table.key.begin(), m_table.key.end(), name) != m_table.key.end();
}

} // namespace weir
