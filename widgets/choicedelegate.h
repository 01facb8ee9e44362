#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace weir {

// Edits a table cell with a combo box of choices (field types, aggregate functions,
// upstream fields), shown only while editing so the cells stay plain text. Picking an
// entry writes it at once; an editable combo also takes any text.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(std::function<QStringList()> choices, bool editable, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    std::function<QStringList()> m_choices;
    bool m_editable;
};

} // namespace weir
