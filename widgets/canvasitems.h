#pragma once

#include "connectionid.h"

#include <QHash>
#include <QPointF>
#include <QRectF>

class QGraphicsScene;

namespace weir {

class ConnectionItem;
class NodeItem;
class PipelineModel;

// The graphics items of a pipeline scene by model id: creates them from the model, finds,
// renames and deletes them, and keeps each connection's ends on its ports. It never
// changes the model.
class CanvasItems
{
public:
    CanvasItems(QGraphicsScene *scene, const PipelineModel *model);

    NodeItem *node(const QString &id) const { return m_nodes.value(id); }
    ConnectionItem *connection(const ConnectionId &c) const { return m_connections.value(c); }
    const QHash<QString, NodeItem *> &nodes() const { return m_nodes; }
    const QHash<ConnectionId, ConnectionItem *> &connections() const { return m_connections; }
    QRectF nodesBoundingRect() const;

    void forget(); // after the scene deleted every item
    void addNode(const QString &id);
    void removeNode(const QString &id); // with its connections
    void moveNode(const QString &id, QPointF position);
    void renameNode(const QString &from, const QString &to);
    void addConnection(const ConnectionId &connection);
    void removeConnection(const ConnectionId &connection);
    void updateEndsOf(const QString &id); // the connections into and out of a node

private:
    void updateEnds(ConnectionItem *item);

    QGraphicsScene *m_scene;
    const PipelineModel *m_model;
    QHash<QString, NodeItem *> m_nodes;
    QHash<ConnectionId, ConnectionItem *> m_connections;
};

} // namespace weir
