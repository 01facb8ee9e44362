#pragma once

#include "connectionid.h"

#include <QPoint>
#include <QPointF>
#include <QString>

#include <optional>

class QGraphicsPathItem;

namespace weir {

class NodeItem;
class PipelineScene;

// A connection being drawn on the canvas: from a press on an output port, or from a
// press on the input end of an existing connection (which detaches it), to the release.
// A temporary curve follows the mouse; the node under it shows whether it would accept
// the connection (model->connectionRefusal), with the refusal as a tooltip. The result
// goes through the scene's PipelineEditor as one undo step.
class ConnectionDrag
{
public:
    explicit ConnectionDrag(PipelineScene *scene);
    ~ConnectionDrag();

    bool begin(QPointF scenePos); // false when the press starts no connection
    bool isActive() const { return m_preview != nullptr; }
    void move(QPointF scenePos, QPoint screenPos);
    void finish(QPointF scenePos);
    void cancel();
    void connectionRemoved(const ConnectionId &connection);

private:
    bool beginAtOutput(NodeItem *node, QPointF scenePos);
    bool beginAtInput(NodeItem *node, QPointF scenePos);
    void start(const QString &from, const QString &port, QPointF scenePos);
    NodeItem *targetAt(QPointF scenePos) const;
    ConnectionId candidate(const NodeItem *target) const;
    void setHovered(NodeItem *node);
    void drop(NodeItem *target);

    PipelineScene *m_scene;
    QGraphicsPathItem *m_preview = nullptr;
    QString m_from;
    QString m_port;
    std::optional<ConnectionId> m_detached;
    NodeItem *m_hovered = nullptr;
};

} // namespace weir
