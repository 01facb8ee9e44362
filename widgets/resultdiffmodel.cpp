#include "resultdiffmodel.h"

#include "chartstyle.h"

#include <QFont>

#include <algorithm>
#include <map>

namespace weir {

namespace {

// Hues mixed into the palette's base colour: light on a light base, dark on a dark one, so
// the palette's text colour stays readable on both.
const QColor kAddedHue(46, 160, 67);
const QColor kRemovedHue(215, 58, 60);
const QColor kChangedHue(230, 160, 20);
constexpr double kRowTint = 0.22;
constexpr double kCellTint = 0.35;
constexpr double kNullFade = 0.3;

} // namespace

ResultDiffModel::ResultDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResultDiffModel::setDiff(const ResultDiff *diff)
{
    beginResetModel();
    m_diff = diff;
    m_columns.clear();
    if (m_diff) {
        for (size_t c = 0; c < m_diff->columns.size(); ++c) {
            if (m_diff->key.empty())
                m_columns.push_back({c, Side::Both});
            else if (m_diff->isKeyColumn(c))
                m_columns.insert(m_columns.begin() + qsizetype(keyColumnCount()), {c, Side::Key});
            else
                addValueColumns(c);
        }
    }
    rebuild();
    endResetModel();
}

// Before and after side by side; a column one run lacks shows only on the other's side.
void ResultDiffModel::addValueColumns(size_t column)
{
    const auto lacks = [&](const std::vector<std::string> &names) {
        return std::find(names.begin(), names.end(), m_diff->columns[column]) != names.end();
    };
    if (!lacks(m_diff->onlyAfter))
        m_columns.push_back({column, Side::Before});
    if (!lacks(m_diff->onlyBefore))
        m_columns.push_back({column, Side::After});
}

size_t ResultDiffModel::keyColumnCount() const
{
    size_t keys = 0;
    while (keys < m_columns.size() && m_columns[keys].side == Side::Key)
        ++keys;
    return keys;
}

void ResultDiffModel::setFilter(Kinds kinds)
{
    if (kinds == m_filter)
        return;
    beginResetModel();
    m_filter = kinds;
    rebuild();
    endResetModel();
}

void ResultDiffModel::setPalette(const QPalette &palette)
{
    m_base = palette.color(QPalette::Base);
    // Not the placeholder colour: on a dark palette it is too dim on the tints.
    m_nullText = chartstyle::mix(palette.color(QPalette::Text), m_base, kNullFade);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ForegroundRole});
}

void ResultDiffModel::rebuild()
{
    m_entries.clear();
    if (!m_diff)
        return;
    const auto add = [this](Kind kind, size_t count) {
        if (m_filter.testFlag(kind)) {
            for (size_t i = 0; i < count; ++i)
                m_entries.push_back({kind, i});
        }
    };
    add(Added, m_diff->added.size());
    add(Removed, m_diff->removed.size());
    add(Changed, m_diff->changed.size());
    sortEntries();
}

void ResultDiffModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<std::pair<int, size_t>> held; // (kind, index) of each persistent row
    for (const QModelIndex &index : persistent)
        held.emplace_back(m_entries[size_t(index.row())].kind, m_entries[size_t(index.row())].index);
    m_sortColumn = column;
    m_sortOrder = order;
    sortEntries();
    std::map<std::pair<int, size_t>, int> rowOf;
    for (size_t row = 0; row < m_entries.size(); ++row)
        rowOf[{m_entries[row].kind, m_entries[row].index}] = int(row);
    for (qsizetype i = 0; i < persistent.size(); ++i)
        changePersistentIndex(persistent[i], index(rowOf[held[size_t(i)]], persistent[i].column()));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ResultDiffModel::sortEntries()
{
    if (m_sortColumn < 0 || m_sortColumn > int(m_columns.size()))
        return;
    const ColumnRef *column = m_sortColumn == 0 ? nullptr : &m_columns[size_t(m_sortColumn - 1)];
    const auto compare = [&](const Entry &a, const Entry &b) {
        if (!column)
            return int(a.kind) - int(b.kind);
        const Json *x = value(a, *column), *y = value(b, *column);
        if (!x || !y)
            return int(bool(x)) - int(bool(y));
        return compareResultValues(*x, *y);
    };
    std::stable_sort(m_entries.begin(), m_entries.end(), [&](const Entry &a, const Entry &b) {
        const int r = compare(a, b);
        return m_sortOrder == Qt::AscendingOrder ? r < 0 : r > 0;
    });
}

int ResultDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ResultDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_diff ? 0 : int(m_columns.size()) + 1;
}

const Json *ResultDiffModel::value(const Entry &entry, const ColumnRef &column) const
{
    const size_t c = column.column;
    switch (entry.kind) {
    case Added:
        return column.side == Side::Before ? nullptr : &m_diff->added[entry.index][c];
    case Removed:
        return column.side == Side::After ? nullptr : &m_diff->removed[entry.index][c];
    case Changed:
        break;
    }
    const ChangedRow &row = m_diff->changed[entry.index];
    return column.side == Side::After ? &row.after[c] : &row.before[c];
}

bool ResultDiffModel::cellChanged(const Entry &entry, const ColumnRef &column) const
{
    if (entry.kind != Changed || column.side == Side::Key)
        return false;
    const std::vector<size_t> &changed = m_diff->changed[entry.index].changedColumns;
    return std::binary_search(changed.begin(), changed.end(), column.column);
}

QVariant ResultDiffModel::background(const Entry &entry, const ColumnRef *column) const
{
    switch (entry.kind) {
    case Added:
        return chartstyle::mix(m_base, kAddedHue, kRowTint);
    case Removed:
        return chartstyle::mix(m_base, kRemovedHue, kRowTint);
    case Changed:
        break;
    }
    if (!column)
        return chartstyle::mix(m_base, kChangedHue, kRowTint);
    return cellChanged(entry, *column) ? QVariant(chartstyle::mix(m_base, kChangedHue, kCellTint))
                                       : QVariant();
}

QVariant ResultDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_diff)
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    if (role == KindRole)
        return int(entry.kind);
    const ColumnRef *column = index.column() == 0 ? nullptr : &m_columns[size_t(index.column() - 1)];
    if (role == Qt::BackgroundRole)
        return background(entry, column);
    if (!column)
        return role == Qt::DisplayRole   ? kindText(entry.kind)
               : role == Qt::ToolTipRole ? kindName(entry.kind)
                                         : QVariant();
    const bool changed = cellChanged(entry, *column);
    if (role == CellChangedRole)
        return changed;
    const Json *v = value(entry, *column);
    switch (role) {
    case Qt::DisplayRole:
        return !v                ? QString()
               : v->is_null()    ? tr("null")
                                 : QString::fromStdString(resultValueText(
                                     *v, m_diff->timeColumns.contains(m_diff->columns[column->column])));
    case Qt::ToolTipRole:
        if (changed) {
            const ChangedRow &row = m_diff->changed[entry.index];
            // As JSON, so that "1" and 1 or "" and null tell apart.
            const auto json = [](const Json &v) {
                return QString::fromStdString(v.dump(-1, ' ', false, Json::error_handler_t::replace));
            };
            return tr("before: %1\nafter: %2")
                .arg(json(row.before[column->column]), json(row.after[column->column]));
        }
        return v ? QString::fromStdString(resultValueText(*v)) : QVariant();
    case Qt::ForegroundRole:
        if (v && v->is_null())
            return m_nullText;
        return {};
    case Qt::FontRole: {
        if (!changed && !(v && v->is_null()))
            return {};
        QFont font;
        font.setBold(changed);
        font.setItalic(v && v->is_null());
        return font;
    }
    case Qt::TextAlignmentRole:
        return v && v->is_number() ? int(Qt::AlignRight | Qt::AlignVCenter)
                                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ResultDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || !m_diff || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return role == Qt::ToolTipRole ? tr("+ added, − removed, ~ changed") : QVariant();
    const ColumnRef &column = m_columns[size_t(section - 1)];
    const QString name = QString::fromStdString(m_diff->columns[column.column]);
    if (role == Qt::FontRole && column.side == Side::Key) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column.side == Side::Key)
        return tr("%1: rows are matched by this key").arg(name);
    if (role != Qt::DisplayRole)
        return {};
    switch (column.side) {
    case Side::Before:
        return tr("%1 (before)").arg(name);
    case Side::After:
        return tr("%1 (after)").arg(name);
    default:
        return name;
    }
}

QString ResultDiffModel::kindName(Kind kind)
{
    switch (kind) {
    case Added:
        return tr("added");
    case Removed:
        return tr("removed");
    case Changed:
        break;
    }
    return tr("changed");
}

QString ResultDiffModel::kindText(Kind kind)
{
    switch (kind) {
    case Added:
        return QStringLiteral("+");
    case Removed:
        return QStringLiteral("−");
    case Changed:
        break;
    }
    return QStringLiteral("~");
}

} // namespace weir
