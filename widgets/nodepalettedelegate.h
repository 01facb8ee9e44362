#pragma once

#include <QStyledItemDelegate>

namespace weir {

// Draws a node type of the palette as its icon, its title and, under it in a quieter
// colour, the first sentence of its description (elided to the width).
class NodePaletteDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace weir
