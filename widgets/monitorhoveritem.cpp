#include "monitorhoveritem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace weir {

namespace {

constexpr double kPadding = 6;
constexpr double kGap = 8; // between the line and the box

} // namespace

MonitorHoverItem::MonitorHoverItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(100); // over the lines
    hide();
}

void MonitorHoverItem::showAt(double x, const QRectF &plot, const QString &text)
{
    prepareGeometryChange();
    m_text = text;
    m_line = QRectF(x, plot.top(), 0, plot.height());
    const QSizeF textSize = QFontMetricsF(m_font).size(0, text);
    const QSizeF size(textSize.width() + 2 * kPadding, textSize.height() + 2 * kPadding);
    double left = x + kGap;
    if (left + size.width() > plot.right())
        left = std::max(plot.left(), x - kGap - size.width());
    m_box = QRectF(QPointF(left, plot.top() + 4), size);
    show();
    update();
}

void MonitorHoverItem::clear()
{
    m_text.clear();
    hide();
}

void MonitorHoverItem::setColours(const QColor &line, const QColor &box, const QColor &border,
                                  const QColor &text)
{
    m_lineColour = line;
    m_boxColour = box;
    m_borderColour = border;
    m_textColour = text;
    update();
}

void MonitorHoverItem::setFont(const QFont &font)
{
    m_font = font;
}

QRectF MonitorHoverItem::boundingRect() const
{
    return m_line.united(m_box).adjusted(-1, -1, 1, 1);
}

void MonitorHoverItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setPen(QPen(m_lineColour, 1, Qt::DashLine));
    painter->drawLine(m_line.topLeft(), m_line.bottomLeft());
    painter->setPen(m_borderColour);
    painter->setBrush(m_boxColour);
    painter->drawRect(m_box);
    painter->setPen(m_textColour);
    painter->setFont(m_font);
    painter->drawText(m_box.adjusted(kPadding, kPadding, -kPadding, -kPadding),
                      Qt::AlignLeft | Qt::AlignTop, m_text);
    painter->restore();
}

} // namespace weir
