#include "nodeitem.h"
#include "catalogtext.h"

#include "nodeicon.h"
#include "noderegistry.h"
#include "pipelinescene.h"

#include <QCoreApplication>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

namespace weir {

namespace {

QString htmlList(const QStringList &messages)
{
    QString list;
    for (const QString &message : messages)
        list += QStringLiteral("<li>%1</li>").arg(message.toHtmlEscaped());
    return QStringLiteral("<ul>%1</ul>").arg(list);
}

} // namespace

NodeItem::NodeItem(const QString &id, const QString &type)
    : m_type(type)
    , m_info(NodeRegistry::instance().find(type.toStdString()))
    , m_geometry(m_info)
{
    m_look.id = id;
    m_look.title = m_info ? catalogText(m_info->title) : type;
    m_look.category = m_info ? QString::fromStdString(m_info->category) : QString();
    m_look.icon = nodeIcon(type);
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
}

QRectF NodeItem::boundingRect() const
{
    return m_geometry.boundingRect();
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill); // the port circles overlap the body
    path.addRoundedRect(m_geometry.bodyRect(), 8, 8);
    const qreal r = NodeGeometry::kPortHitRadius;
    if (m_geometry.hasInput())
        path.addEllipse(m_geometry.inputPort(), r, r);
    for (const QString &port : m_geometry.outputs())
        path.addEllipse(m_geometry.outputPort(port), r, r);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    m_look.hovered = option->state & QStyle::State_MouseOver;
    const QPalette palette = widget ? widget->palette() : option->palette;
    NodePainter(painter, m_geometry, m_look, palette).paint();
}

void NodeItem::setId(const QString &id)
{
    m_look.id = id;
    update();
}

bool NodeItem::isSink() const
{
    return m_look.category == QLatin1String("sink");
}

bool NodeItem::isSource() const
{
    return m_look.category == QLatin1String("source");
}

QPointF NodeItem::inputScenePos() const
{
    return mapToScene(m_geometry.inputPort());
}

QPointF NodeItem::outputScenePos(const QString &port) const
{
    return mapToScene(m_geometry.outputPort(port));
}

void NodeItem::setModelPosition(QPointF position)
{
    m_followingModel = true;
    setPos(position);
    m_followingModel = false;
}

void NodeItem::setProblems(const QStringList &messages)
{
    if (messages == m_look.problems)
        return;
    m_look.problems = messages;
    update();
}

void NodeItem::setAlerts(const QStringList &messages)
{
    if (messages == m_look.alerts)
        return;
    m_look.alerts = messages;
    update();
}

void NodeItem::setRunFigures(const QStringList &lines, quint64 errors)
{
    setGeometryShowsFigures(true);
    m_look.figures = lines;
    m_look.errors = errors;
    update();
}

void NodeItem::clearRunFigures()
{
    setGeometryShowsFigures(false);
    m_look.figures.clear();
    m_look.errors = 0;
    update();
}

void NodeItem::setGeometryShowsFigures(bool on)
{
    if (m_geometry.showsFigures() == on)
        return;
    prepareGeometryChange();
    m_geometry.setShowsFigures(on);
    if (PipelineScene *scene = pipelineScene())
        scene->nodeItemMoved(this); // the ports moved
}

void NodeItem::setDropLook(NodeLook::Drop drop)
{
    if (m_look.drop == drop)
        return;
    m_look.drop = drop;
    update();
}

PipelineScene *NodeItem::pipelineScene() const
{
    return qobject_cast<PipelineScene *>(scene());
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    PipelineScene *scene = pipelineScene();
    if (change == ItemPositionChange && scene && !m_followingModel)
        return scene->snapped(value.toPointF());
    if (change == ItemPositionHasChanged && scene)
        scene->nodeItemMoved(this);
    if (change == ItemSelectedHasChanged) {
        m_look.selected = value.toBool();
        update();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    setToolTip(toolTipAt(event->pos()));
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const QString output = m_geometry.outputAt(event->pos());
    setCursor(output.isEmpty() ? Qt::ArrowCursor : Qt::CrossCursor);
    setToolTip(toolTipAt(event->pos()));
    QGraphicsItem::hoverMoveEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    unsetCursor();
    QGraphicsItem::hoverLeaveEvent(event);
}

QString NodeItem::toolTipAt(QPointF point) const
{
    if (!m_info)
        return tr("Unknown node type '%1'").arg(m_type);
    if (const QString port = m_geometry.outputAt(point); !port.isEmpty()) {
        const PortInfo *info = m_info->output(port.toStdString());
        return QStringLiteral("<b>%1</b><br>%2").arg(port, info ? catalogText(info->help).toHtmlEscaped() : QString());
    }
    if (m_geometry.isOnInput(point))
        return tr("<b>Input</b><br>Drag an output port here to feed this node.");
    const int problemSlot = m_look.errors > 0 ? 1 : 0;
    if (!m_look.problems.isEmpty() && m_geometry.badgeRect(problemSlot).contains(point))
        return QCoreApplication::translate("weir::NodeItem", "<b>%n problem(s)</b>", nullptr,
                                           int(m_look.problems.size()))
            + htmlList(m_look.problems);
    const int alertSlot = problemSlot + (m_look.problems.isEmpty() ? 0 : 1);
    if (!m_look.alerts.isEmpty() && m_geometry.badgeRect(alertSlot).contains(point))
        return QCoreApplication::translate("weir::NodeItem", "<b>%n alert(s) firing</b>", nullptr,
                                           int(m_look.alerts.size()))
            + htmlList(m_look.alerts);
    return QStringLiteral("<b>%1</b> <small>(%2)</small><p>%3</p>")
        .arg(catalogText(m_info->title).toHtmlEscaped(), m_type.toHtmlEscaped(),
             catalogText(m_info->description).toHtmlEscaped());
}

} // namespace weir
