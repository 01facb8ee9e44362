#pragma once

#include "nodegeometry.h"
#include "nodepainter.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace weir {

class PipelineScene;
struct NodeTypeInfo;

// The graphics item of one node: thin. Where things are is NodeGeometry's, how they look
// NodePainter's; the item holds the look (selection, problems, run figures) and reports
// position changes to its scene. Its position is the model's, except during a drag.
class NodeItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(weir::NodeItem)

public:
    enum { Type = UserType + 1 };

    NodeItem(const QString &id, const QString &type);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString id() const { return m_look.id; }
    void setId(const QString &id);
    QString nodeType() const { return m_type; }
    const NodeGeometry &geometry() const { return m_geometry; }
    const NodeTypeInfo *typeInfo() const { return m_info; }
    bool isSink() const;
    bool isSource() const;

    // Scene positions of the ports.
    QPointF inputScenePos() const;
    QPointF outputScenePos(const QString &port) const;

    // Follows the model: no snapping, no edit.
    void setModelPosition(QPointF position);

    void setProblems(const QStringList &messages);
    QStringList problems() const { return m_look.problems; }
    void setAlerts(const QStringList &messages);
    QStringList alerts() const { return m_look.alerts; }
    void setRunFigures(const QStringList &lines, quint64 errors);
    void clearRunFigures();
    QString figuresText() const { return m_look.figures.join(QLatin1Char('\n')); }
    bool hasErrors() const { return m_look.errors > 0; }
    quint64 errorCount() const { return m_look.errors; }
    void setDropLook(NodeLook::Drop drop);
    NodeLook::Drop dropLook() const { return m_look.drop; }
    // What hovering at `point` (item coordinates) explains: a port's help, the problems
    // on the badge, else the type's title and description.
    QString toolTipAt(QPointF point) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    PipelineScene *pipelineScene() const;
    void setGeometryShowsFigures(bool on);

    QString m_type;
    const NodeTypeInfo *m_info;
    NodeGeometry m_geometry;
    NodeLook m_look;
    bool m_followingModel = false;
};

} // namespace weir
