#include "nodepalettedelegate.h"

#include "nodepalettetree.h"

#include <QApplication>
#include <QPainter>

namespace weir {

namespace {

QString summaryOf(const QModelIndex &index)
{
    return index.data(NodePaletteTree::kSummaryRole).toString();
}

} // namespace

void NodePaletteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString summary = summaryOf(index);
    if (summary.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                           .adjusted(2, 0, -2, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QFontMetrics metrics(opt.font);
    const int top = text.center().y() - metrics.height();
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(text.left(), top, text.width(), metrics.height()), Qt::AlignLeft,
                      metrics.elidedText(title, Qt::ElideRight, text.width()));
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.88);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(selected ? palette.color(QPalette::HighlightedText)
                             : palette.color(QPalette::PlaceholderText));
    painter->drawText(
        QRect(text.left(), top + metrics.height(), text.width(), smallMetrics.height() + 2),
        Qt::AlignLeft, smallMetrics.elidedText(summary, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize NodePaletteDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!summaryOf(index).isEmpty())
        size.setHeight(std::max(size.height(), 2 * option.fontMetrics.height() + 10));
    return size;
}

} // namespace weir
