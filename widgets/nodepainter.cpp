#include "nodepainter.h"

#include "fontfit.h"
#include "nodegeometry.h"
#include "runfigures.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace weir {

namespace {

constexpr qreal kCornerRadius = 8;

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

NodePainter::NodePainter(QPainter *painter, const NodeGeometry &geometry, const NodeLook &look,
                         const QPalette &palette)
    : m_painter(painter)
    , m_geometry(geometry)
    , m_look(look)
    , m_palette(palette)
{
}

void NodePainter::paint()
{
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing);
    drawBody();
    drawCaption();
    drawFigures();
    drawPorts();
    drawStatusBadge();
    m_painter->restore();
}

QFont NodePainter::subtitleFont(const QFont &base, const QString &title, qreal width)
{
    QFont font = base;
    font.setPointSizeF(8.5);
    return shrunkToFit(font, 7 / 8.5, width,
                       [&title](const QFontMetricsF &m) { return m.horizontalAdvance(title); });
}

QColor NodePainter::portColor(const QString &port, const QPalette &palette)
{
    if (port == QLatin1String("errors"))
        return errorColor();
    if (port == QLatin1String("late"))
        return warningColor();
    return palette.color(QPalette::Highlight);
}

QColor NodePainter::categoryColor(const QString &category)
{
    if (category == QLatin1String("source"))
        return QColor(0x2e, 0x86, 0xc1);
    if (category == QLatin1String("transform"))
        return QColor(0x8e, 0x5c, 0xc9);
    if (category == QLatin1String("window"))
        return QColor(0x17, 0xa2, 0x8f);
    if (category == QLatin1String("sink"))
        return QColor(0x3d, 0xa3, 0x4a);
    return QColor(0x80, 0x80, 0x80);
}

void NodePainter::drawPortShape(QPainter *painter, const QString &port, QPointF centre,
                                qreal radius)
{
    if (port == QLatin1String("errors")) {
        const qreal r = radius * 1.3;
        painter->drawPolygon(QPolygonF({centre + QPointF(0, -r), centre + QPointF(r, 0),
                                        centre + QPointF(0, r), centre + QPointF(-r, 0)}));
    } else if (port == QLatin1String("late")) {
        const qreal r = radius * 0.95;
        painter->drawRect(QRectF(centre - QPointF(r, r), centre + QPointF(r, r)));
    } else {
        painter->drawEllipse(centre, radius, radius);
    }
}

void NodePainter::drawBody()
{
    const QRectF body = m_geometry.bodyRect();
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    QPainterPath shape;
    shape.addRoundedRect(body, kCornerRadius, kCornerRadius);

    // A soft shadow under the card.
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(withAlpha(Qt::black, isDark(m_palette) ? 90 : 28));
    m_painter->drawRoundedRect(body.translated(0, 2).adjusted(-0.5, 0, 0.5, 1), kCornerRadius,
                               kCornerRadius);

    m_painter->setBrush(isDark(m_palette) ? mix(base, text, 0.07) : base);
    m_painter->drawPath(shape);

    // The category's accent along the top edge.
    m_painter->save();
    m_painter->setClipPath(shape);
    m_painter->fillRect(QRectF(body.left(), body.top(), body.width(), 4),
                        categoryColor(m_look.category));
    m_painter->restore();

    QPen border(withAlpha(text, m_look.hovered ? 110 : 55), 1);
    if (m_look.errors > 0)
        border = QPen(errorColor(), 2);
    if (m_look.selected)
        border = QPen(m_palette.color(QPalette::Highlight), 2.5);
    m_painter->setPen(border);
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawPath(shape);
}

void NodePainter::drawCaption()
{
    const QRectF iconRect = m_geometry.iconRect();
    const QColor accent = categoryColor(m_look.category);
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(withAlpha(accent, isDark(m_palette) ? 70 : 36));
    m_painter->drawRoundedRect(iconRect.adjusted(-4, -4, 4, 4), 7, 7);
    if (!m_look.icon.isNull()) {
        m_look.icon.paint(m_painter, iconRect.toRect());
    } else {
        QFont font = m_painter->font();
        font.setBold(true);
        m_painter->setFont(font);
        m_painter->setPen(accent);
        m_painter->drawText(iconRect, Qt::AlignCenter, m_look.title.left(1).toUpper());
    }

    QFont title = m_painter->font();
    title.setBold(true);
    title.setPointSizeF(10);
    m_painter->setFont(title);
    m_painter->setPen(m_palette.color(QPalette::Text));
    const QRectF titleRect = m_geometry.titleRect();
    m_painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        m_painter->fontMetrics().elidedText(m_look.id, Qt::ElideRight, int(titleRect.width())));

    const QRectF subtitleRect = m_geometry.subtitleRect();
    QFont base = title;
    base.setBold(false);
    m_painter->setFont(subtitleFont(base, m_look.title, subtitleRect.width()));
    m_painter->setPen(withAlpha(m_palette.color(QPalette::Text), 150));
    m_painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                        m_painter->fontMetrics().elidedText(m_look.title, Qt::ElideRight,
                                                            int(subtitleRect.width())));
}

void NodePainter::drawFigures()
{
    const QRectF area = m_geometry.figuresRect();
    if (area.isEmpty())
        return;
    const QColor text = m_palette.color(QPalette::Text);
    m_painter->setPen(Qt::NoPen);
    m_painter->setBrush(withAlpha(text, 14));
    m_painter->drawRoundedRect(area.adjusted(-4, -1, 4, 2), 4, 4);
    QFont font = m_painter->font();
    font.setBold(false);
    font.setPointSizeF(8);
    m_painter->setFont(font);
    m_painter->setPen(withAlpha(text, 210));
    const int lines = std::min<int>(int(m_look.figures.size()), NodeGeometry::kFigureLines);
    const qreal top = area.center().y() - lines * NodeGeometry::kFigureLineHeight / 2;
    for (int i = 0; i < lines; ++i) {
        const QRectF line(area.left(), top + i * NodeGeometry::kFigureLineHeight, area.width(),
                          NodeGeometry::kFigureLineHeight);
        m_painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                            m_painter->fontMetrics().elidedText(m_look.figures[i], Qt::ElideRight,
                                                                int(line.width())));
    }
}

void NodePainter::drawPorts()
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    if (m_geometry.hasInput()) {
        QColor ring = withAlpha(text, 150);
        qreal radius = NodeGeometry::kPortRadius;
        if (m_look.drop != NodeLook::Drop::None) {
            ring
                = m_look.drop == NodeLook::Drop::Accepted ? QColor(0x2f, 0xa8, 0x4f) : errorColor();
            radius += 2.5;
        }
        m_painter->setPen(QPen(ring, m_look.drop == NodeLook::Drop::None ? 1.5 : 3));
        m_painter->setBrush(base);
        m_painter->drawEllipse(m_geometry.inputPort(), radius, radius);
    }
    QFont font = m_painter->font();
    font.setBold(false);
    font.setPointSizeF(8);
    m_painter->setFont(font);
    if (m_geometry.hasInput()) {
        m_painter->setPen(withAlpha(text, 130));
        // Like the output ports' names (out, errors, late), an identifier: not translated.
        m_painter->drawText(m_geometry.inputLabelRect(), Qt::AlignLeft | Qt::AlignVCenter,
                            QStringLiteral("in"));
    }
    const QStringList &outputs = m_geometry.outputs();
    for (int i = 0; i < outputs.size(); ++i) {
        const QColor colour = portColor(outputs[i], m_palette);
        const bool neutral = outputs[i] == QLatin1String("out");
        m_painter->setPen(neutral ? withAlpha(text, 170) : colour);
        m_painter->drawText(m_geometry.outputLabelRect(i), Qt::AlignRight | Qt::AlignVCenter,
                            outputs[i]);
        m_painter->setPen(QPen(base, 1.5));
        m_painter->setBrush(colour);
        drawPortShape(m_painter, outputs[i], m_geometry.outputPort(outputs[i]),
                      NodeGeometry::kPortRadius);
    }
}

void NodePainter::drawStatusBadge()
{
    int slot = 0;
    if (m_look.errors > 0)
        drawBadge(slot++, errorColor(), compactCount(m_look.errors), Sign::Error);
    if (!m_look.problems.isEmpty())
        drawBadge(slot++, warningColor(), QString::number(m_look.problems.size()), Sign::Warning);
    if (!m_look.alerts.isEmpty())
        drawBadge(slot, alertColor(), QString::number(m_look.alerts.size()), Sign::Alert);
}

void NodePainter::drawBadge(int slot, const QColor &colour, const QString &text, Sign sign)
{
    const QRectF rect = m_geometry.badgeRect(slot);
    m_painter->setPen(QPen(m_palette.color(QPalette::Base), 1.5));
    m_painter->setBrush(colour);
    m_painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    const QColor ink = sign == Sign::Warning ? QColor(0x2b, 0x20, 0x00) : QColor(Qt::white);
    drawSign(sign, rect, ink);
    QRectF textRect = rect.adjusted(6, 0, -6, 0);
    textRect.setLeft(rect.left() + (sign == Sign::Warning ? 19 : 18));
    QFont font = m_painter->font();
    font.setBold(true);
    font.setPointSizeF(7.5);
    m_painter->setFont(font);
    m_painter->setPen(ink);
    m_painter->drawText(textRect, Qt::AlignCenter, text);
}

// A shape beside the count, so no badge relies on colour alone: an x in a circle for
// errors, a warning triangle for problems, a bell for alerts.
void NodePainter::drawSign(Sign sign, const QRectF &rect, const QColor &ink)
{
    m_painter->setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_painter->setBrush(Qt::NoBrush);
    if (sign == Sign::Warning) {
        const QPointF top(rect.left() + 12, rect.top() + 3.5);
        m_painter->drawPolygon(QPolygonF({top, top + QPointF(6, 11), top + QPointF(-6, 11)}));
        m_painter->drawLine(top + QPointF(0, 4), top + QPointF(0, 7));
        m_painter->drawPoint(top + QPointF(0, 9));
        return;
    }
    const QPointF c(rect.left() + 11, rect.center().y());
    if (sign == Sign::Error) {
        m_painter->drawEllipse(c, 5, 5);
        m_painter->drawLine(c + QPointF(-2, -2), c + QPointF(2, 2));
        m_painter->drawLine(c + QPointF(-2, 2), c + QPointF(2, -2));
        return;
    }
    QPainterPath bell(c + QPointF(-4.5, 3));
    bell.cubicTo(c + QPointF(-3.5, 1), c + QPointF(-4.5, -5), c + QPointF(0, -5));
    bell.cubicTo(c + QPointF(4.5, -5), c + QPointF(3.5, 1), c + QPointF(4.5, 3));
    bell.closeSubpath();
    m_painter->drawPath(bell);
    m_painter->drawPoint(c + QPointF(0, 5));
}

} // namespace weir
