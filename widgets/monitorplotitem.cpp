#include "monitorplotitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace weir {

MonitorPlotItem::MonitorPlotItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(50); // over the chart's grid, under a hover label
}

void MonitorPlotItem::setPlotArea(const QRectF &plot, qreal labelHeight)
{
    prepareGeometryChange();
    m_plot = plot;
    m_labelHeight = labelHeight;
}

void MonitorPlotItem::setTimeWindow(double x0, double x1)
{
    m_x0 = x0;
    m_x1 = x1;
}

void MonitorPlotItem::setYRange(bool rightAxis, double min, double max)
{
    m_yMin[rightAxis] = min;
    m_yMax[rightAxis] = max;
}

void MonitorPlotItem::setColours(const QColor &text, const QColor &grid)
{
    m_text = text;
    m_grid = grid;
}

void MonitorPlotItem::setLabelFont(const QFont &font)
{
    m_font = font;
}

double MonitorPlotItem::tickStep(double span)
{
    for (double step : {1., 2., 5., 10., 15., 30., 60., 120., 300., 600., 900., 1800., 3600., 7200.,
                        10800., 21600., 43200.})
        if (span / step <= 6)
            return step;
    return 86400;
}

QString MonitorPlotItem::timeLabel(double seconds, bool withHours)
{
    const long long total = std::llround(seconds);
    const long long s = total % 60;
    const long long m = withHours ? (total / 60) % 60 : total / 60;
    const auto two
        = [](long long n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (withHours)
        return QStringLiteral("%1:%2:%3").arg(total / 3600).arg(two(m), two(s));
    return QStringLiteral("%1:%2").arg(m).arg(two(s));
}

QRectF MonitorPlotItem::boundingRect() const
{
    // Only the plot and the label row under it: a redraw then repaints none of the
    // chart's own text items (axis labels, legend), which are slow to paint.
    return m_plot.adjusted(-1, -1, 1, m_labelHeight);
}

void MonitorPlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_plot.isEmpty() || !(m_x1 > m_x0))
        return;
    painter->save();
    paintTimeGrid(painter);
    painter->setClipRect(m_plot);
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Line &line : m_lines)
        paintLine(painter, line);
    painter->restore();
}

void MonitorPlotItem::paintTimeGrid(QPainter *painter) const
{
    const double step = tickStep(m_x1 - m_x0);
    const bool withHours = m_x1 >= 3600;
    const double sx = m_plot.width() / (m_x1 - m_x0);
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    for (double t = std::ceil(m_x0 / step) * step; t <= m_x1; t += step) {
        const double x = m_plot.left() + (t - m_x0) * sx;
        painter->setPen(QPen(m_grid, 0));
        painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        const QString label = timeLabel(t, withHours);
        const double width = metrics.horizontalAdvance(label);
        const double left = std::clamp(x - width / 2, m_plot.left(), m_plot.right() - width);
        painter->setPen(m_text);
        painter->drawText(QPointF(left, m_plot.bottom() + 2 + metrics.ascent()), label);
    }
}

void MonitorPlotItem::paintLine(QPainter *painter, const Line &line)
{
    const int axis = line.rightAxis ? 1 : 0;
    if (line.points.isEmpty() || !(m_yMax[axis] > m_yMin[axis]))
        return;
    const double sx = m_plot.width() / (m_x1 - m_x0);
    const double sy = m_plot.height() / (m_yMax[axis] - m_yMin[axis]);
    m_polyline.resize(line.points.size());
    for (qsizetype i = 0; i < line.points.size(); ++i) {
        const QPointF &p = line.points[i];
        m_polyline[i] = QPointF(m_plot.left() + (p.x() - m_x0) * sx,
                                m_plot.bottom() - (p.y() - m_yMin[axis]) * sy);
    }
    painter->setPen(line.pen);
    painter->drawPolyline(m_polyline);
}

} // namespace weir
