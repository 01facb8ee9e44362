#include "pipelinescene.h"

#include "canvasitems.h"
#include "connectiondrag.h"
#include "connectionitem.h"
#include "metricssnapshot.h"
#include "nodeitem.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "runfigures.h"

#include <QGraphicsSceneMouseEvent>
#include <QUndoStack>

#include <cmath>

namespace weir {

namespace {

constexpr qreal kSceneMargin = 400;

QString problemText(const Problem &problem)
{
    const QString message = QString::fromStdString(problem.message);
    return problem.param.empty()
        ? message
        : QString::fromStdString(problem.param) + QStringLiteral(": ") + message;
}

} // namespace

PipelineScene::PipelineScene(PipelineEditor *editor, QObject *parent)
    : QGraphicsScene(parent)
    , m_editor(editor)
    , m_model(editor->model())
    , m_items(this, m_model)
    , m_connectionDrag(std::make_unique<ConnectionDrag>(this))
{
    connect(m_model, &PipelineModel::modelReset, this, &PipelineScene::rebuild);
    connect(m_model, &PipelineModel::nodeCreated, this, [this](const QString &id) {
        m_items.addNode(id);
        updateSceneRect();
    });
    connect(m_model, &PipelineModel::nodeRemoved, this,
            [this](const QString &id) { m_items.removeNode(id); });
    connect(m_model, &PipelineModel::nodeMoved, this,
            [this](const QString &id, QPointF position) { m_items.moveNode(id, position); });
    connect(m_model, &PipelineModel::nodeRenamed, this,
            [this](const QString &from, const QString &to) {
                m_items.renameNode(from, to);
                updateProblems();
            });
    connect(m_model, &PipelineModel::nodeParamsChanged, this, [this](const QString &id) {
        if (NodeItem *item = nodeItem(id))
            item->update();
    });
    connect(m_model, &PipelineModel::connectionCreated, this,
            [this](const ConnectionId &c) { m_items.addConnection(c); });
    connect(m_model, &PipelineModel::connectionRemoved, this, [this](const ConnectionId &c) {
        m_connectionDrag->connectionRemoved(c);
        m_items.removeConnection(c);
    });
    connect(m_model, &PipelineModel::problemsChanged, this, &PipelineScene::updateProblems);
    connect(this, &QGraphicsScene::selectionChanged, this,
            [this] { emit nodeSelectionChanged(selectedNodeIds()); });
    rebuild();
}

PipelineScene::~PipelineScene()
{
    m_connectionDrag->cancel();
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void PipelineScene::rebuild()
{
    m_connectionDrag->cancel();
    clear();
    m_items.forget();
    for (const PipelineNode &node : m_model->nodes())
        m_items.addNode(node.id);
    for (const ConnectionId &connection : m_model->connections())
        m_items.addConnection(connection);
    updateProblems();
    m_showsRunFigures = false;
    setSceneRect(
        nodesBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void PipelineScene::nodeItemMoved(NodeItem *item)
{
    m_items.updateEndsOf(item->id());
    updateSceneRect();
}

void PipelineScene::updateProblems()
{
    for (NodeItem *item : m_items.nodes()) {
        QStringList messages;
        for (const Problem &problem : m_model->problemsOf(item->id()))
            messages << problemText(problem);
        item->setProblems(messages);
    }
}

void PipelineScene::updateSceneRect()
{
    const QRectF wanted
        = nodesBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

QRectF PipelineScene::nodesBoundingRect() const
{
    return m_items.nodesBoundingRect();
}

QPointF PipelineScene::snapped(QPointF position) const
{
    if (!m_snapToGrid)
        return position;
    return {std::round(position.x() / kGridSize) * kGridSize,
            std::round(position.y() / kGridSize) * kGridSize};
}

NodeItem *PipelineScene::nodeItemAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

QRectF PipelineScene::nodeRect(const QString &id) const
{
    const NodeItem *item = nodeItem(id);
    return item ? item->mapRectToScene(item->geometry().bodyRect()) : QRectF();
}

QStringList PipelineScene::selectedNodeIds() const
{
    QStringList ids;
    for (const PipelineNode &node : m_model->nodes()) {
        if (const NodeItem *item = nodeItem(node.id); item && item->isSelected())
            ids << node.id;
    }
    return ids;
}

std::vector<ConnectionId> PipelineScene::selectedConnections() const
{
    std::vector<ConnectionId> selected;
    for (const ConnectionId &connection : m_model->connections()) {
        if (const ConnectionItem *item = connectionItem(connection); item && item->isSelected())
            selected.push_back(connection);
    }
    return selected;
}

void PipelineScene::selectNodes(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const QString &id : ids) {
            if (NodeItem *item = nodeItem(id))
                item->setSelected(true);
        }
    }
    emit selectionChanged();
}

void PipelineScene::deleteSelection()
{
    const QStringList nodes = selectedNodeIds();
    std::vector<ConnectionId> connections;
    for (const ConnectionId &c : selectedConnections()) {
        if (!nodes.contains(c.from) && !nodes.contains(c.to))
            connections.push_back(c);
    }
    if (nodes.isEmpty() && connections.empty())
        return;
    m_editor->undoStack()->beginMacro(tr("Delete selection"));
    for (const ConnectionId &c : connections)
        m_editor->removeConnection(c);
    if (!nodes.isEmpty())
        m_editor->removeNodes(nodes);
    m_editor->undoStack()->endMacro();
}

void PipelineScene::showRunFigures(const MetricsSnapshot &snapshot)
{
    QHash<QString, const NodeStats *> stats;
    for (const NodeStats &node : snapshot.nodes) {
        const QString id = QString::fromStdString(node.id);
        stats.insert(id, &node);
        if (NodeItem *item = nodeItem(id))
            item->setRunFigures(nodeFigureLines(node, item->isSink(), item->isSource()),
                                node.errors);
    }
    for (ConnectionItem *edge : m_items.connections()) {
        const NodeStats *from = stats.value(edge->connection().from);
        if (!from)
            continue;
        const QString &port = edge->connection().port;
        if (port == QLatin1String("errors"))
            edge->setLabel(compactCount(double(from->errors)),
                           tr("%n record(s) sent to errors", nullptr, int(from->errors)));
        else if (port == QLatin1String("late"))
            edge->setLabel(compactCount(double(from->late)),
                           tr("%n late record(s)", nullptr, int(from->late)));
        else
            edge->setLabel(
                compactRate(from->outRate),
                tr("%1 records/s, %2 in all")
                    .arg(compactRate(from->outRate).chopped(2), compactCount(double(from->out))));
    }
    m_showsRunFigures = true;
}

void PipelineScene::setNodeAlerts(const QHash<QString, QStringList> &alerts)
{
    for (NodeItem *item : m_items.nodes())
        item->setAlerts(alerts.value(item->id()));
}

void PipelineScene::clearRunFigures()
{
    for (NodeItem *item : m_items.nodes())
        item->clearRunFigures();
    for (ConnectionItem *edge : m_items.connections())
        edge->setLabel({});
    m_showsRunFigures = false;
}

void PipelineScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_connectionDrag->begin(event->scenePos())) {
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    m_draggingNodes
        = event->button() == Qt::LeftButton && qgraphicsitem_cast<NodeItem *>(mouseGrabberItem());
    if (m_draggingNodes)
        ++m_dragId;
}

void PipelineScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectionDrag->isActive()) {
        m_connectionDrag->move(event->scenePos(), event->screenPos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (m_draggingNodes && (event->buttons() & Qt::LeftButton))
        commitNodeDrag();
}

void PipelineScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectionDrag->isActive() && event->button() == Qt::LeftButton) {
        m_connectionDrag->finish(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    m_draggingNodes = false;
}

void PipelineScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (NodeItem *item = nodeItemAt(event->scenePos())) {
        emit nodeDoubleClicked(item->id());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void PipelineScene::commitNodeDrag()
{
    NodePositions positions;
    for (const PipelineNode &node : m_model->nodes()) {
        const NodeItem *item = nodeItem(node.id);
        if (item && item->isSelected() && item->pos() != node.position)
            positions.push_back({node.id, item->pos()});
    }
    if (!positions.empty())
        m_editor->moveNodes(positions, m_dragId);
}

} // namespace weir
