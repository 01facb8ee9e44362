#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QImage>
#include <QPen>
#include <QPolygonF>

#include <memory>
#include <vector>

namespace weir {

// What a MonitorChart draws itself on the plot area: the thinned lines, the time grid and
// the time labels under it. Qt Charts (6.4) does both too slowly for a live monitor: a
// QLineSeries strokes a hit-test shape of its whole line on every replace() (about 4 ms a
// thousand points) and a moving axis re-lays out every label as a text document. Here a
// redraw is one polyline per line and a few drawText() calls; the chart's own series
// stay empty (legend entries) and its time axis stays still.
//
// The lines, the time grid and its labels are drawn into an image on a pool thread
// (renderLines()); paint() only puts the last finished image on screen, so a redraw or a
// hover costs the GUI thread a blit.
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
    ~MonitorPlotItem() override;

    // The plot area in the parent's coordinates; labels go in `labelHeight` below it.
    void setPlotArea(const QRectF &plot, qreal labelHeight);
    void setTimeWindow(double x0, double x1);
    void setYRange(bool rightAxis, double min, double max);
    std::vector<Line> &lines() { return m_lines; } // call renderLines() after changing them
    void setColours(const QColor &text, const QColor &grid);
    void setLabelFont(const QFont &font);

    // The time grid's step for a window `span` seconds wide: a round number, ~5 labels.
    static double tickStep(double span);
    // "0:42", "12:05", "1:02:03"
    static QString timeLabel(double seconds, bool withHours);

    // Draws the lines as they are now on a pool thread and shows them when done; while a
    // drawing is under way, a further call draws again once it finishes (the latest data).
    void renderLines();
    // The same, on this thread, before returning (exports, first paints, tests).
    void renderLinesNow();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // What a drawing of the lines needs, copied, so a pool thread can work on it.
    struct Frame
    {
        std::vector<Line> lines;
        QSizeF size; // the plot area's; the time labels go in labelHeight under it
        qreal labelHeight = 0;
        qreal pixelRatio = 1;
        QFont font;
        QColor textColour;
        QColor gridColour;
        double x0 = 0;
        double x1 = 1;
        double yMin[2] = {0, 0};
        double yMax[2] = {1, 1};
        QImage image; // the result
    };
    struct Mailbox; // pool thread -> GUI thread, safe against the item going away

    Frame frame() const;
    void drawHere(); // draws the frame on this thread and shows it
    static void draw(Frame &frame);
    static void drawTimeGrid(QPainter &painter, const Frame &frame);
    void show(Frame frame);

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
    Frame m_shown;          // the lines on screen, drawn for m_shown's window
    bool m_drawing = false; // a pool thread is drawing
    bool m_drawAgain = false;
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace weir
