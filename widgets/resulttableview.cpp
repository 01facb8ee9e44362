#include "resulttableview.h"

#include "resulttablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace weir {

ResultTableView::ResultTableView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResultTableModel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    m_count->setText(countText());
}

void ResultTableView::setResult(ResultTable table)
{
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setTable(std::move(table));
    m_view->resizeColumnsToContents();
    m_count->setText(countText());
}

const ResultTable &ResultTableView::result() const
{
    return m_model->table();
}

QString ResultTableView::countText() const
{
    const ResultTable &table = m_model->table();
    const QString text = table.rows.size() == 1
                             ? tr("1 row")
                             : tr("%1 rows").arg(QLocale().toString(qulonglong(table.rows.size())));
    if (table.source.empty())
        return text;
    return tr("%1 in %2").arg(text, QString::fromStdString(table.source));
}

} // namespace weir
