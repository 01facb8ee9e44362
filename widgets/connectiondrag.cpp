#include "connectiondrag.h"

#include "connectionitem.h"
#include "nodeitem.h"
#include "nodepainter.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QPen>
#include <QToolTip>
#include <QUndoStack>

namespace weir {

ConnectionDrag::ConnectionDrag(PipelineScene *scene)
    : m_scene(scene)
{
}

ConnectionDrag::~ConnectionDrag()
{
    cancel();
}

bool ConnectionDrag::begin(QPointF scenePos)
{
    NodeItem *node = m_scene->nodeItemAt(scenePos);
    return node && (beginAtOutput(node, scenePos) || beginAtInput(node, scenePos));
}

bool ConnectionDrag::beginAtOutput(NodeItem *node, QPointF scenePos)
{
    const QString port = node->geometry().outputAt(node->mapFromScene(scenePos));
    if (port.isEmpty())
        return false;
    m_detached.reset();
    start(node->id(), port, scenePos);
    return true;
}

// The input end of a connection: the selected one among the node's inputs, else the last.
bool ConnectionDrag::beginAtInput(NodeItem *node, QPointF scenePos)
{
    if (!node->geometry().isOnInput(node->mapFromScene(scenePos)))
        return false;
    std::optional<ConnectionId> chosen;
    for (const ConnectionId &c : m_scene->model()->connectionsOf(node->id())) {
        const ConnectionItem *item = m_scene->connectionItem(c);
        if (c.to == node->id() && (!chosen || (item && item->isSelected())))
            chosen = c;
    }
    if (!chosen)
        return false;
    m_detached = chosen;
    if (ConnectionItem *item = m_scene->connectionItem(*chosen))
        item->hide();
    start(chosen->from, chosen->port, scenePos);
    return true;
}

void ConnectionDrag::start(const QString &from, const QString &port, QPointF scenePos)
{
    m_from = from;
    m_port = port;
    m_preview = new QGraphicsPathItem;
    QColor colour = NodePainter::portColor(port, QApplication::palette());
    QPen pen(colour, 2, Qt::DashLine, Qt::RoundCap);
    m_preview->setPen(pen);
    m_preview->setZValue(2);
    m_scene->addItem(m_preview);
    move(scenePos, {});
}

void ConnectionDrag::move(QPointF scenePos, QPoint screenPos)
{
    NodeItem *from = m_scene->nodeItem(m_from);
    if (!m_preview || !from)
        return;
    NodeItem *target = targetAt(scenePos);
    setHovered(target);
    QPointF end = scenePos;
    if (target) {
        const QString refusal = m_scene->model()->connectionRefusal(candidate(target));
        if (refusal.isEmpty())
            end = target->inputScenePos();
        if (!screenPos.isNull())
            QToolTip::showText(screenPos, refusal);
    } else {
        QToolTip::hideText();
    }
    m_preview->setPath(ConnectionItem::curve(from->outputScenePos(m_port), end));
}

void ConnectionDrag::finish(QPointF scenePos)
{
    NodeItem *target = targetAt(scenePos);
    cancel();
    if (target)
        drop(target);
    else if (m_detached)
        m_scene->editor()->removeConnection(*m_detached);
    m_detached.reset();
}

void ConnectionDrag::drop(NodeItem *target)
{
    const ConnectionId connection = candidate(target);
    if (m_detached && connection == *m_detached)
        return;
    const QString refusal = m_scene->model()->connectionRefusal(connection);
    if (!refusal.isEmpty()) {
        emit m_scene->connectionRefused(refusal);
        return;
    }
    PipelineEditor *editor = m_scene->editor();
    if (!m_detached) {
        editor->addConnection(connection);
        return;
    }
    editor->undoStack()->beginMacro(
        QCoreApplication::translate("weir::ConnectionDrag", "Reconnect %1.%2 to %3")
            .arg(connection.from, connection.port, connection.to));
    editor->removeConnection(*m_detached);
    editor->addConnection(connection);
    editor->undoStack()->endMacro();
}

void ConnectionDrag::cancel()
{
    setHovered(nullptr);
    if (m_detached) {
        if (ConnectionItem *item = m_scene->connectionItem(*m_detached))
            item->show();
    }
    delete m_preview;
    m_preview = nullptr;
    QToolTip::hideText();
}

void ConnectionDrag::connectionRemoved(const ConnectionId &connection)
{
    if (m_detached == connection)
        m_detached.reset();
}

// The node the drag is over, other than the one it starts from.
NodeItem *ConnectionDrag::targetAt(QPointF scenePos) const
{
    NodeItem *node = m_scene->nodeItemAt(scenePos);
    return node && node->id() != m_from ? node : nullptr;
}

ConnectionId ConnectionDrag::candidate(const NodeItem *target) const
{
    return {m_from, m_port, target->id()};
}

void ConnectionDrag::setHovered(NodeItem *node)
{
    if (m_hovered && m_hovered != node)
        m_hovered->setDropLook(NodeLook::Drop::None);
    m_hovered = node;
    if (!node)
        return;
    const bool accepted = m_scene->model()->connectionRefusal(candidate(node)).isEmpty()
        || (m_detached && candidate(node) == *m_detached);
    node->setDropLook(accepted ? NodeLook::Drop::Accepted : NodeLook::Drop::Refused);
}

} // namespace weir
