#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QPen>

namespace weir {

// A chart's hover read-out: a dashed vertical line across the plot at the hovered
// sample and a box beside it with that sample's values (flipped left near the right edge).
class MonitorHoverItem : public QGraphicsItem
{
public:
    explicit MonitorHoverItem(QGraphicsItem *parent = nullptr);

    // `x` in the parent's coordinates, `plot` the plot area, `text` one line per row.
    void showAt(double x, const QRectF &plot, const QString &text);
    void clear(); // hides and forgets the text
    QString text() const { return m_text; }

    void setColours(const QColor &line, const QColor &box, const QColor &border,
                    const QColor &text);
    void setFont(const QFont &font);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_line; // zero width: the line's extent
    QRectF m_box;
    QString m_text;
    QFont m_font;
    QColor m_lineColour;
    QColor m_boxColour;
    QColor m_borderColour;
    QColor m_textColour;
};

} // namespace weir
