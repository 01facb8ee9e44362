#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>

#include <vector>

namespace weir {

// What a MonitorChart draws itself on the plot area: the thinned lines, the time grid and
// the time labels under it. Qt Charts (6.4) does both too slowly for a live monitor: a
// QLineSeries strokes a hit-test shape of its whole line on every replace() (about 4 ms a
// thousand points) and a moving axis re-lays out every label as a text document. Here a
// redraw is one polyline per line and a few drawText() calls; the chart's own series
// stay empty (legend entries) and its time axis stays still.
class MonitorPlotItem : public QGraphicsItem
{
public:
    struct Line
    {
        QList<QPointF> points; // sorted by x
        QPen pen;
        bool rightAxis = false;
    };

    explicit MonitorPlotItem(QGraphicsItem *parent = nullptr);

    // The plot area in the parent's coordinates; labels go in `labelHeight` below it.
    void setPlotArea(const QRectF &plot, qreal labelHeight);
    void setTimeWindow(double x0, double x1);
    void setYRange(bool rightAxis, double min, double max);
    std::vector<Line> &lines() { return m_lines; } // call update() after changing them
    void setColours(const QColor &text, const QColor &grid);
    void setLabelFont(const QFont &font);

    // The time grid's step for a window `span` seconds wide: a round number, ~5 labels.
    static double tickStep(double span);
    // "0:42", "12:05", "1:02:03"
    static QString timeLabel(double seconds, bool withHours);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintTimeGrid(QPainter *painter) const;
    void paintLine(QPainter *painter, const Line &line);

    QRectF m_plot;
    qreal m_labelHeight = 0;
    double m_x0 = 0;
    double m_x1 = 1;
    double m_yMin[2] = {0, 0};
    double m_yMax[2] = {1, 1};
    std::vector<Line> m_lines;
    QColor m_text;
    QColor m_grid;
    QFont m_font;
    QPolygonF m_polyline; // reused, so a paint allocates nothing
};

} // namespace weir
