#pragma once

#include <QPointF>
#include <QRectF>
#include <QStringList>

namespace weir {

struct NodeTypeInfo;

// Where everything of a node sits, in the node item's coordinates (the body's top-left
// corner is the origin, which is also the model's position of the node): the body, the
// caption, the run-figures lines, the input port on the left and one row per output
// port on the right. It answers hit tests too; it paints nothing.
class NodeGeometry
{
public:
    static constexpr qreal kWidth = 180;
    static constexpr qreal kCaptionHeight = 50;
    static constexpr qreal kFigureLineHeight = 15;
    static constexpr int kFigureLines = 2;
    static constexpr qreal kPortRowHeight = 20;
    static constexpr qreal kPortRadius = 5;
    static constexpr qreal kPortHitRadius = 11;
    static constexpr qreal kBadgeHeight = 18;
    static constexpr qreal kBadgeWidth = 50;

    explicit NodeGeometry(const NodeTypeInfo *info = nullptr);

    void setShowsFigures(bool on) { m_showsFigures = on; }
    bool showsFigures() const { return m_showsFigures; }

    QRectF bodyRect() const;
    QRectF boundingRect() const; // the body with the ports and badges that stick out
    QRectF iconRect() const;
    QRectF titleRect() const;
    QRectF subtitleRect() const;
    QRectF figuresRect() const; // empty unless showsFigures()
    // The status badges hang on the top edge, right-aligned; slot 0 is the rightmost.
    QRectF badgeRect(int slot) const;

    bool hasInput() const { return m_hasInput; }
    QPointF inputPort() const;
    const QStringList &outputs() const { return m_outputs; }
    QPointF outputPort(const QString &port) const; // inputPort() row for an unknown port
    QRectF outputLabelRect(int index) const;
    QRectF inputLabelRect() const;

    // Hit tests, in item coordinates.
    QString outputAt(QPointF point) const; // empty when not on an output port
    bool isOnInput(QPointF point) const;

private:
    qreal portsTop() const;
    QPointF outputPort(int index) const;

    bool m_hasInput = true;
    QStringList m_outputs;
    bool m_showsFigures = false;
};

} // namespace weir
