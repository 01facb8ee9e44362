#include "canvasitems.h"

#include "connectionitem.h"
#include "nodeitem.h"
#include "pipelinemodel.h"

#include <QGraphicsScene>

namespace weir {

CanvasItems::CanvasItems(QGraphicsScene *scene, const PipelineModel *model)
    : m_scene(scene)
    , m_model(model)
{
}

QRectF CanvasItems::nodesBoundingRect() const
{
    QRectF rect;
    for (const NodeItem *item : m_nodes)
        rect |= item->mapRectToScene(item->boundingRect());
    return rect;
}

void CanvasItems::forget()
{
    m_nodes.clear();
    m_connections.clear();
}

void CanvasItems::addNode(const QString &id)
{
    const PipelineNode *node = m_model->node(id);
    if (!node || m_nodes.contains(id))
        return;
    auto item = new NodeItem(id, node->type);
    item->setModelPosition(node->position);
    m_nodes.insert(id, item);
    m_scene->addItem(item);
}

void CanvasItems::removeNode(const QString &id)
{
    for (const ConnectionId &connection : m_connections.keys()) {
        if (connection.from == id || connection.to == id)
            removeConnection(connection);
    }
    delete m_nodes.take(id);
}

void CanvasItems::moveNode(const QString &id, QPointF position)
{
    if (NodeItem *item = node(id))
        item->setModelPosition(position);
}

void CanvasItems::renameNode(const QString &from, const QString &to)
{
    NodeItem *item = m_nodes.take(from);
    if (!item)
        return;
    item->setId(to);
    m_nodes.insert(to, item);
    for (ConnectionId connection : m_connections.keys()) {
        if (connection.from != from && connection.to != from)
            continue;
        ConnectionItem *edge = m_connections.take(connection);
        connection.from = connection.from == from ? to : connection.from;
        connection.to = connection.to == from ? to : connection.to;
        edge->setConnection(connection);
        m_connections.insert(connection, edge);
    }
}

void CanvasItems::addConnection(const ConnectionId &connection)
{
    if (m_connections.contains(connection) || !node(connection.from) || !node(connection.to))
        return;
    auto item = new ConnectionItem(connection);
    m_connections.insert(connection, item);
    m_scene->addItem(item);
    updateEnds(item);
}

void CanvasItems::removeConnection(const ConnectionId &connection)
{
    delete m_connections.take(connection);
}

void CanvasItems::updateEndsOf(const QString &id)
{
    for (ConnectionItem *edge : std::as_const(m_connections)) {
        if (edge->connection().from == id || edge->connection().to == id)
            updateEnds(edge);
    }
}

void CanvasItems::updateEnds(ConnectionItem *item)
{
    const NodeItem *from = node(item->connection().from);
    const NodeItem *to = node(item->connection().to);
    if (from && to)
        item->setEnds(from->outputScenePos(item->connection().port), to->inputScenePos());
}

} // namespace weir
