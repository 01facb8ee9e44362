#include "pipelinescene.h"

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
    , m_connectionDrag(std::make_unique<ConnectionDrag>(this))
{
    connect(m_model, &PipelineModel::modelReset, this, &PipelineScene::rebuild);
    connect(m_model, &PipelineModel::nodeCreated, this, &PipelineScene::addNodeItem);
    connect(m_model, &PipelineModel::nodeRemoved, this, &PipelineScene::removeNodeItem);
    connect(m_model, &PipelineModel::nodeMoved, this, &PipelineScene::moveNodeItem);
    connect(m_model, &PipelineModel::nodeRenamed, this, &PipelineScene::renameNodeItem);
    connect(m_model, &PipelineModel::nodeParamsChanged, this, [this](const QString &id) {
        if (NodeItem *item = nodeItem(id))
            item->update();
    });
    connect(m_model, &PipelineModel::connectionCreated, this, &PipelineScene::addConnectionItem);
    connect(m_model, &PipelineModel::connectionRemoved, this, &PipelineScene::removeConnectionItem);
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
    m_nodes.clear();
    m_connections.clear();
    for (const PipelineNode &node : m_model->nodes())
        addNodeItem(node.id);
    for (const ConnectionId &connection : m_model->connections())
        addConnectionItem(connection);
    updateProblems();
    m_showsRunFigures = false;
    setSceneRect(
        nodesBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void PipelineScene::addNodeItem(const QString &id)
{
    const PipelineNode *node = m_model->node(id);
    if (!node || m_nodes.contains(id))
        return;
    auto item = new NodeItem(id, node->type);
    item->setModelPosition(node->position);
    m_nodes.insert(id, item);
    addItem(item);
    updateSceneRect();
}

void PipelineScene::removeNodeItem(const QString &id)
{
    for (const ConnectionId &connection : m_connections.keys()) {
        if (connection.from == id || connection.to == id)
            removeConnectionItem(connection);
    }
    delete m_nodes.take(id);
}

void PipelineScene::moveNodeItem(const QString &id, QPointF position)
{
    if (NodeItem *item = nodeItem(id))
        item->setModelPosition(position);
}

void PipelineScene::renameNodeItem(const QString &from, const QString &to)
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
    updateProblems();
}

void PipelineScene::addConnectionItem(const ConnectionId &connection)
{
    if (m_connections.contains(connection) || !nodeItem(connection.from)
        || !nodeItem(connection.to))
        return;
    auto item = new ConnectionItem(connection);
    m_connections.insert(connection, item);
    addItem(item);
    updateConnectionEnds(item);
}

void PipelineScene::removeConnectionItem(const ConnectionId &connection)
{
    m_connectionDrag->connectionRemoved(connection);
    delete m_connections.take(connection);
}

void PipelineScene::updateConnectionEnds(ConnectionItem *item)
{
    const NodeItem *from = nodeItem(item->connection().from);
    const NodeItem *to = nodeItem(item->connection().to);
    if (from && to)
        item->setEnds(from->outputScenePos(item->connection().port), to->inputScenePos());
}

void PipelineScene::nodeItemMoved(NodeItem *item)
{
    for (ConnectionItem *edge : std::as_const(m_connections)) {
        if (edge->connection().from == item->id() || edge->connection().to == item->id())
            updateConnectionEnds(edge);
    }
    updateSceneRect();
}

void PipelineScene::updateProblems()
{
    for (NodeItem *item : std::as_const(m_nodes)) {
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
    QRectF rect;
    for (const NodeItem *item : std::as_const(m_nodes))
        rect |= item->mapRectToScene(item->boundingRect());
    return rect;
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
    for (ConnectionItem *edge : std::as_const(m_connections)) {
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

void PipelineScene::clearRunFigures()
{
    for (NodeItem *item : std::as_const(m_nodes))
        item->clearRunFigures();
    for (ConnectionItem *edge : std::as_const(m_connections))
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
