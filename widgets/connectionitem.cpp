#include "connectionitem.h"

#include "nodepainter.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <cmath>

namespace weir {

namespace {

constexpr qreal kHitWidth = 12;

QFont labelFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(7.5);
    font.setBold(true);
    return font;
}

} // namespace

ConnectionItem::ConnectionItem(const ConnectionId &connection)
    : m_connection(connection)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
    updateToolTip();
}

void ConnectionItem::updateToolTip()
{
    QString text
        = QStringLiteral("%1.%2 → %3").arg(m_connection.from, m_connection.port, m_connection.to);
    if (!m_detail.isEmpty())
        text += QLatin1Char('\n') + m_detail;
    setToolTip(text);
}

QPainterPath ConnectionItem::curve(QPointF from, QPointF to)
{
    const qreal dx = to.x() - from.x();
    // Forward edges bend gently; backward ones swing out around the nodes.
    const qreal reach = dx >= 0 ? std::max(30.0, dx / 2) : std::max(80.0, -dx / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(reach, 0), to - QPointF(reach, 0), to);
    return path;
}

QRectF ConnectionItem::boundingRect() const
{
    QRectF rect = m_path.boundingRect().adjusted(-kHitWidth, -kHitWidth, kHitWidth, kHitWidth);
    if (!m_label.isEmpty())
        rect |= labelRect().adjusted(-2, -2, 2, 2);
    return rect;
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidth);
    stroker.setCapStyle(Qt::RoundCap);
    return stroker.createStroke(m_path);
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : option->palette;
    QColor colour = NodePainter::portColor(m_connection.port, palette);
    const bool hovered = option->state & QStyle::State_MouseOver;
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected()) {
        QColor glow = palette.color(QPalette::Highlight);
        glow.setAlpha(90);
        painter->setPen(QPen(glow, 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(m_path);
    }
    if (m_connection.port == QLatin1String("out") && !isSelected())
        colour.setAlpha(hovered ? 255 : 200);
    QPen pen(colour, isSelected() || hovered ? 2.6 : 2, Qt::SolidLine, Qt::RoundCap);
    if (m_connection.port == QLatin1String("late"))
        pen.setStyle(Qt::DashLine); // shape, not colour alone
    else if (m_connection.port == QLatin1String("errors"))
        pen.setDashPattern({1, 2.5});
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    if (m_label.isEmpty())
        return;
    const QRectF rect = labelRect();
    painter->setPen(QPen(colour, 1));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setFont(labelFont());
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(rect, Qt::AlignCenter, m_label);
}

void ConnectionItem::setConnection(const ConnectionId &connection)
{
    m_connection = connection;
    updateToolTip();
    update();
}

void ConnectionItem::setEnds(QPointF from, QPointF to)
{
    if (from == m_from && to == m_to && !m_path.isEmpty())
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_path = curve(from, to);
}

void ConnectionItem::setLabel(const QString &label, const QString &detail)
{
    m_detail = detail;
    updateToolTip();
    if (label == m_label)
        return;
    prepareGeometryChange();
    m_label = label;
}

QRectF ConnectionItem::labelRect() const
{
    const QFontMetricsF metrics(labelFont());
    const QSizeF size(metrics.horizontalAdvance(m_label) + 12, metrics.height() + 4);
    // Above a level curve, so the ports at its ends stay clear; on a steep one, centred.
    QPointF middle = m_path.pointAtPercent(0.5);
    if (std::abs(m_to.y() - m_from.y()) < 2 * size.height())
        middle.ry() -= size.height() / 2 + 5;
    return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

} // namespace weir
