#include "paramtable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace weir {

namespace {

QToolButton *tableButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ParamTable::ParamTable(const ParamInfo &info, const ParamContext &context,
                       const QStringList &columns, QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_table(new QTableWidget(0, int(columns.size()), this))
{
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setAccessibleName(QString::fromStdString(info.name));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto add = tableButton(tr("+ Add"), tr("Add a row to %1").arg(m_table->accessibleName()), this);
    m_remove = tableButton(tr("− Remove"), tr("Remove the selected rows"), this);
    m_remove->setEnabled(false);
    auto buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QToolButton::clicked, this, &ParamTable::addRow);
    connect(m_remove, &QToolButton::clicked, this, &ParamTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commitTable();
    });
}

QWidget *ParamTable::focusTarget() const
{
    return m_table;
}

void ParamTable::addRow()
{
    m_filling = true;
    appendEmptyRow();
    m_filling = false;
    fitHeight();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    if (QTableWidgetItem *item = m_table->item(row, 0))
        m_table->editItem(item);
}

void ParamTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems()) {
        if (!rows.contains(item->row()))
            rows << item->row();
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
    fitHeight();
    commitTable();
}

void ParamTable::commitTable()
{
    if (!m_filling)
        commit(tableValue());
}

void ParamTable::fitHeight()
{
    const int rows = std::max(1, m_table->rowCount());
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize()
                            + 2 * m_table->frameWidth());
}

void ParamTable::showValue(const Json &value)
{
    m_filling = true;
    m_table->setRowCount(0);
    fillRows(value.is_null() ? info().defaultValue : value);
    m_filling = false;
    fitHeight();
}

} // namespace weir
