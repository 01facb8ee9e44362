#include "fieldlistedit.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace weir {

FieldListEdit::FieldListEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    const QString name = QString::fromStdString(info.name);
    m_list->setAccessibleName(name);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_add->setText(tr("+ Add"));
    m_add->setToolTip(tr("Add a name to %1").arg(name));
    m_add->setAccessibleName(m_add->toolTip());
    m_add->setAutoRaise(true);
    m_remove->setText(tr("− Remove"));
    m_remove->setToolTip(tr("Remove the selected names"));
    m_remove->setAccessibleName(m_remove->toolTip());
    m_remove->setAutoRaise(true);
    m_remove->setEnabled(false);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    connect(m_add, &QToolButton::clicked, this, &FieldListEdit::showAddMenu);
    connect(m_remove, &QToolButton::clicked, this, &FieldListEdit::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            commitList();
    });
}

QWidget *FieldListEdit::focusTarget() const
{
    return m_list;
}

QStringList FieldListEdit::offeredFields() const
{
    return context().upstreamFields ? context().upstreamFields() : QStringList();
}

void FieldListEdit::addField(const QString &name)
{
    m_filling = true;
    auto item = new QListWidgetItem(name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_filling = false;
    fitHeight();
    if (!name.isEmpty())
        commitList();
}

void FieldListEdit::addOther()
{
    addField(QString());
    QListWidgetItem *item = m_list->item(m_list->count() - 1);
    m_list->setCurrentItem(item);
    m_list->editItem(item);
}

void FieldListEdit::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    fitHeight();
    commitList();
}

void FieldListEdit::showAddMenu()
{
    if (offeredFields().isEmpty())
        return addOther();
    std::unique_ptr<QMenu> menu(createAddMenu());
    menu->exec(m_add->mapToGlobal(QPoint(0, m_add->height())));
}

QMenu *FieldListEdit::createAddMenu()
{
    QStringList present;
    for (int i = 0; i < m_list->count(); ++i)
        present << m_list->item(i)->text();
    auto menu = new QMenu(this);
    for (const QString &field : offeredFields()) {
        QAction *action = menu->addAction(field, this, [this, field] { addField(field); });
        action->setEnabled(!present.contains(field));
    }
    menu->addSeparator();
    menu->addAction(tr("Other…"), this, &FieldListEdit::addOther);
    return menu;
}

void FieldListEdit::commitList()
{
    Json names = Json::array();
    for (int i = 0; i < m_list->count(); ++i) {
        const QString name = m_list->item(i)->text().trimmed();
        if (!name.isEmpty())
            names.push_back(name.toStdString());
    }
    commit(names);
}

void FieldListEdit::fitHeight()
{
    const int rows = std::max(1, m_list->count());
    const int row = m_list->fontMetrics().height() + 8;
    m_list->setFixedHeight(rows * row + 2 * m_list->frameWidth() + 2);
}

void FieldListEdit::showValue(const Json &)
{
    m_filling = true;
    m_list->clear();
    const Json shown = effectiveValue();
    if (shown.is_array()) {
        for (const Json &name : shown) {
            auto item = new QListWidgetItem(jsonText(name), m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    m_filling = false;
    fitHeight();
}

} // namespace weir
