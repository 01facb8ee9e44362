#include "monitorplotitem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QObject>
#include <QPainter>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace weir {

// The pool thread posts its finished frame to `receiver` (on the GUI thread) under the
// lock; the item's destructor clears `receiver` under the same lock, so a drawing that
// ends after the item is gone is dropped.
struct MonitorPlotItem::Mailbox
{
    std::mutex mutex;
    QObject *receiver = nullptr;
};

MonitorPlotItem::MonitorPlotItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_mailbox(std::make_shared<Mailbox>())
{
    setZValue(50); // over the chart's grid, under a hover label
    m_mailbox->receiver = new QObject;
}

MonitorPlotItem::~MonitorPlotItem()
{
    std::lock_guard lock(m_mailbox->mutex);
    delete m_mailbox->receiver;
    m_mailbox->receiver = nullptr;
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

void MonitorPlotItem::renderLines()
{
    if (m_drawing) {
        m_drawAgain = true;
        return;
    }
    m_drawing = true;
    QThreadPool::globalInstance()->start(
        [frame = frame(), mailbox = m_mailbox, item = this]() mutable {
            draw(frame);
            std::lock_guard lock(mailbox->mutex);
            if (mailbox->receiver)
                QMetaObject::invokeMethod(
                    mailbox->receiver,
                    [item, frame = std::move(frame)]() mutable { item->show(std::move(frame)); },
                    Qt::QueuedConnection);
        });
}

void MonitorPlotItem::renderLinesNow()
{
    drawHere();
    update();
}

void MonitorPlotItem::drawHere()
{
    Frame now = frame();
    draw(now);
    m_shown = std::move(now);
}

void MonitorPlotItem::show(Frame frame)
{
    m_drawing = false;
    m_shown = std::move(frame);
    update();
    if (m_drawAgain) {
        m_drawAgain = false;
        renderLines();
    }
}

MonitorPlotItem::Frame MonitorPlotItem::frame() const
{
    Frame f;
    f.lines = m_lines; // the point lists are implicitly shared: no copy of the points
    f.size = m_plot.size();
    const QGraphicsScene *s = scene();
    f.pixelRatio = s && !s->views().isEmpty() ? s->views().first()->devicePixelRatioF() : 1;
    f.labelHeight = m_labelHeight;
    f.font = m_font;
    f.textColour = m_text;
    f.gridColour = m_grid;
    f.x0 = m_x0;
    f.x1 = m_x1;
    std::copy(std::begin(m_yMin), std::end(m_yMin), std::begin(f.yMin));
    std::copy(std::begin(m_yMax), std::end(m_yMax), std::begin(f.yMax));
    return f;
}

void MonitorPlotItem::draw(Frame &f)
{
    const QSizeF area(f.size.width(), f.size.height() + f.labelHeight);
    const QSize pixels = (area * f.pixelRatio).toSize();
    if (f.size.isEmpty() || pixels.isEmpty() || !(f.x1 > f.x0))
        return;
    f.image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    f.image.setDevicePixelRatio(f.pixelRatio);
    f.image.fill(Qt::transparent);
    QPainter painter(&f.image);
    drawTimeGrid(painter, f);
    painter.setClipRect(QRectF(QPointF(0, 0), f.size));
    painter.setRenderHint(QPainter::Antialiasing);
    const double sx = f.size.width() / (f.x1 - f.x0);
    QPolygonF polyline;
    for (const Line &line : f.lines) {
        const int axis = line.rightAxis ? 1 : 0;
        if (line.points.isEmpty() || !(f.yMax[axis] > f.yMin[axis]))
            continue;
        const double sy = f.size.height() / (f.yMax[axis] - f.yMin[axis]);
        polyline.resize(line.points.size());
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF &p = line.points[i];
            polyline[i]
                = QPointF((p.x() - f.x0) * sx, f.size.height() - (p.y() - f.yMin[axis]) * sy);
        }
        painter.setPen(line.pen);
        painter.drawPolyline(polyline);
    }
}

// The vertical grid at round times and their labels in the row under the plot.
void MonitorPlotItem::drawTimeGrid(QPainter &painter, const Frame &f)
{
    const double step = tickStep(f.x1 - f.x0);
    const bool withHours = f.x1 >= 3600;
    const double sx = f.size.width() / (f.x1 - f.x0);
    painter.setFont(f.font);
    const QFontMetricsF metrics(f.font);
    for (double t = std::ceil(f.x0 / step) * step; t <= f.x1; t += step) {
        const double x = (t - f.x0) * sx;
        painter.setPen(QPen(f.gridColour, 0));
        painter.drawLine(QPointF(x, 0), QPointF(x, f.size.height()));
        const QString label = timeLabel(t, withHours);
        const double width = metrics.horizontalAdvance(label);
        const double left = std::clamp(x - width / 2, 0.0, f.size.width() - width);
        painter.setPen(f.textColour);
        painter.drawText(QPointF(left, f.size.height() + 2 + metrics.ascent()), label);
    }
}

void MonitorPlotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_plot.isEmpty() || !(m_x1 > m_x0))
        return;
    // The first paint, or one after a resize the pool has not caught up with yet.
    if (m_shown.size != m_plot.size() || m_shown.labelHeight != m_labelHeight)
        drawHere();
    if (!m_shown.image.isNull())
        painter->drawImage(m_plot.topLeft(), m_shown.image);
}

} // namespace weir
