#include "choicedelegate.h"

#include <QComboBox>

namespace weir {

ChoiceDelegate::ChoiceDelegate(std::function<QStringList()> choices, bool editable, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_editable(editable)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(m_choices ? m_choices() : QStringList());
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto self = const_cast<ChoiceDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto combo = qobject_cast<QComboBox *>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    if (combo->findText(text) < 0 && !text.isEmpty() && !m_editable)
        combo->addItem(text);
    combo->setCurrentText(text);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, qobject_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace weir
