#pragma once

#include "canvasitems.h"
#include "connectionid.h"

#include <QGraphicsScene>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace weir {

class ConnectionDrag;
class ConnectionItem;
class NodeItem;
class PipelineEditor;
class PipelineModel;
struct MetricsSnapshot;

// The canvas's scene, built from a PipelineModel and only mirroring it: one NodeItem per
// node, one ConnectionItem per connection, updated from the model's signals. Every edit
// made on the canvas (moving, connecting, deleting) goes through the PipelineEditor, so
// it can be undone; the items then follow the model.
class PipelineScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr qreal kGridSize = 20;

    explicit PipelineScene(PipelineEditor *editor, QObject *parent = nullptr);
    ~PipelineScene() override;

    PipelineEditor *editor() const { return m_editor; }
    PipelineModel *model() const { return m_model; }

    QStringList selectedNodeIds() const; // in model order
    std::vector<ConnectionId> selectedConnections() const;
    void selectNodes(const QStringList &ids); // replaces the selection
    void deleteSelection(); // selected nodes and connections, one undo step
    QRectF nodeRect(const QString &id) const; // scene rect of a node's body, null if none
    QRectF nodesBoundingRect() const;

    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool on) { m_snapToGrid = on; }
    QPointF snapped(QPointF position) const;

    // Run figures, by node id; they stay until clearRunFigures() (New/Open).
    void showRunFigures(const MetricsSnapshot &snapshot);
    // The monitor's firing alerts by node id; nodes not named lose their alert badge.
    void setNodeAlerts(const QHash<QString, QStringList> &alerts);
    void clearRunFigures();
    bool showsRunFigures() const { return m_showsRunFigures; }

    NodeItem *nodeItem(const QString &id) const { return m_items.node(id); }
    NodeItem *nodeItemAt(QPointF scenePos) const;
    ConnectionItem *connectionItem(const ConnectionId &c) const { return m_items.connection(c); }

    // From the items: a node item moved (by a drag or the model), so its edges follow.
    void nodeItemMoved(NodeItem *item);

signals:
    void nodeSelectionChanged(const QStringList &ids);
    void nodeDoubleClicked(const QString &id);
    void connectionRefused(const QString &reason); // a port drag dropped on an incompatible port

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void updateProblems();
    void updateSceneRect();
    void commitNodeDrag();

    PipelineEditor *m_editor;
    PipelineModel *m_model;
    CanvasItems m_items;
    std::unique_ptr<ConnectionDrag> m_connectionDrag;
    bool m_snapToGrid = true;
    bool m_showsRunFigures = false;
    bool m_draggingNodes = false;
    int m_dragId = 0;
};

} // namespace weir
