#pragma once

#include "connectionid.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace weir {

// The graphics item of one connection: a cubic curve from an output port to an input
// port, coloured by the port (out, errors, late), with a label for the run's throughput
// at its middle. The scene sets its ends; it is selectable on a wide band along the curve.
class ConnectionItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    explicit ConnectionItem(const ConnectionId &connection);

    // The curve between two ports, leaving and entering horizontally.
    static QPainterPath curve(QPointF from, QPointF to);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const ConnectionId &connection() const { return m_connection; }
    void setConnection(const ConnectionId &connection);
    void setEnds(QPointF from, QPointF to);
    QPointF fromPos() const { return m_from; }
    QPointF toPos() const { return m_to; }

    // The run figure at the middle of the curve; `detail` says what it counts (tooltip).
    void setLabel(const QString &label, const QString &detail = {});
    QString label() const { return m_label; }

private:
    QRectF labelRect() const;
    void updateToolTip();

    ConnectionId m_connection;
    QPointF m_from;
    QPointF m_to;
    QPainterPath m_path;
    QString m_label;
    QString m_detail;
};

} // namespace weir
