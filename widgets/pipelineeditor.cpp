#include "pipelineeditor.h"

#include "autolayout.h"
#include "noderegistry.h"
#include "pipelinefragment.h"
#include "pipelinemodel.h"

#include <QUndoStack>

#include <algorithm>

namespace weir {

PipelineEditor::PipelineEditor(PipelineModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_undoStack(new QUndoStack(this))
{
}

QString PipelineEditor::openFile(const QString &path)
{
    return opened(m_model->loadFile(path));
}

QString PipelineEditor::openText(std::string_view text)
{
    return opened(m_model->loadText(text));
}

QString PipelineEditor::opened(const QString &error)
{
    if (error.isEmpty()) {
        m_undoStack->clear();
        m_undoStack->setClean();
    }
    return error;
}

void PipelineEditor::newDocument()
{
    m_model->clear();
    m_undoStack->clear();
}

QString PipelineEditor::addNode(const QString &type, QPointF position)
{
    if (!NodeRegistry::instance().find(type.toStdString()))
        return {};
    const QString id = m_model->uniqueId(type.section(QLatin1Char('.'), -1));
    PipelineItems items;
    items.nodes.push_back({int(m_model->nodes().size()), {id, type, Json::object(), position}});
    m_undoStack->push(new InsertItemsCommand(m_model, items, tr("Add %1").arg(id)));
    return id;
}

void PipelineEditor::removeNodes(const QStringList &ids)
{
    PipelineItems items;
    for (size_t i = 0; i < m_model->nodes().size(); ++i) {
        if (ids.contains(m_model->nodes()[i].id))
            items.nodes.push_back({int(i), m_model->nodes()[i]});
    }
    const auto &connections = m_model->connections();
    for (size_t i = 0; i < connections.size(); ++i) {
        if (ids.contains(connections[i].from) || ids.contains(connections[i].to))
            items.connections.push_back({int(i), connections[i]});
    }
    if (items.nodes.empty())
        return;
    const QString text = items.nodes.size() == 1
        ? tr("Delete %1").arg(items.nodes[0].second.id)
        : tr("Delete %n nodes", nullptr, int(items.nodes.size()));
    m_undoStack->push(new RemoveItemsCommand(m_model, items, text));
}

QString PipelineEditor::addConnection(const ConnectionId &connection)
{
    if (QString reason = m_model->connectionRefusal(connection); !reason.isEmpty())
        return reason;
    PipelineItems items;
    items.connections.push_back({int(m_model->connections().size()), connection});
    m_undoStack->push(new InsertItemsCommand(
        m_model, items,
        tr("Connect %1.%2 to %3").arg(connection.from, connection.port, connection.to)));
    return {};
}

void PipelineEditor::removeConnection(const ConnectionId &connection)
{
    const int index = m_model->connectionIndex(connection);
    if (index < 0)
        return;
    PipelineItems items;
    items.connections.push_back({index, connection});
    m_undoStack->push(new RemoveItemsCommand(
        m_model, items,
        tr("Disconnect %1.%2 from %3").arg(connection.from, connection.port, connection.to)));
}

void PipelineEditor::moveNodes(const NodePositions &positions, int dragId)
{
    move(positions,
         positions.size() == 1 ? tr("Move %1").arg(positions[0].first)
                               : tr("Move %n nodes", nullptr, int(positions.size())),
         dragId);
}

void PipelineEditor::move(const NodePositions &after, const QString &text, int dragId)
{
    NodePositions before;
    NodePositions known;
    for (const auto &[id, position] : after) {
        if (const PipelineNode *node = m_model->node(id)) {
            before.push_back({id, node->position});
            known.push_back({id, position});
        }
    }
    if (known.empty() || (known == before && m_model->positionsStored()))
        return;
    m_undoStack->push(new MoveNodesCommand(m_model, before, known, text, dragId));
}

void PipelineEditor::setParam(const QString &id, const QString &name, const Json &value)
{
    const PipelineNode *node = m_model->node(id);
    if (!node)
        return;
    Json params = node->params.is_object() ? node->params : Json::object();
    if (value.is_null())
        params.erase(name.toStdString());
    else
        params[name.toStdString()] = value;
    if (params == node->params)
        return;
    m_undoStack->push(
        new SetParamsCommand(m_model, id, node->params, params, tr("Change %1 of %2").arg(name, id)));
}

void PipelineEditor::setParams(const QString &id, const Json &params)
{
    const PipelineNode *node = m_model->node(id);
    if (!node || node->params == params)
        return;
    m_undoStack->push(new SetParamsCommand(m_model, id, node->params, params,
                                           tr("Set the parameters of %1").arg(id)));
}

QString PipelineEditor::renameNode(const QString &from, const QString &to)
{
    if (!m_model->node(from))
        return tr("there is no node '%1'").arg(from);
    if (to.trimmed().isEmpty())
        return tr("a node needs an id");
    if (from == to)
        return {};
    if (m_model->node(to))
        return tr("the id '%1' is taken by another node").arg(to);
    m_undoStack->push(new RenameNodeCommand(m_model, from, to));
    return {};
}

void PipelineEditor::setPipelineSettings(const PipelineSettings &settings)
{
    if (settings == m_model->pipelineSettings())
        return;
    m_undoStack->push(
        new SetPipelineSettingsCommand(m_model, m_model->pipelineSettings(), settings));
}

std::string PipelineEditor::copy(const QStringList &ids) const
{
    return copyFragment(*m_model, ids);
}

QStringList PipelineEditor::paste(std::string_view fragment, QPointF offset, QString *error)
{
    PipelineItems items;
    try {
        items = pastedItems(*m_model, fragment, offset);
    } catch (const PipelineError &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return {};
    }
    QStringList ids;
    for (const auto &[index, node] : items.nodes)
        ids << node.id;
    if (!ids.isEmpty())
        m_undoStack->push(new InsertItemsCommand(m_model, items, tr("Paste")));
    return ids;
}

QStringList PipelineEditor::duplicate(const QStringList &ids)
{
    PipelineItems items = pastedItems(*m_model, copy(ids), kCopyOffset);
    QStringList created;
    for (const auto &[index, node] : items.nodes)
        created << node.id;
    if (!created.isEmpty())
        m_undoStack->push(new InsertItemsCommand(m_model, items, tr("Duplicate")));
    return created;
}

void PipelineEditor::align(const QStringList &ids, Alignment alignment)
{
    const bool horizontal
        = alignment == Alignment::Left || alignment == Alignment::HorizontalCenter;
    std::vector<qreal> values;
    for (const QString &id : ids) {
        if (const PipelineNode *node = m_model->node(id))
            values.push_back(horizontal ? node->position.x() : node->position.y());
    }
    if (values.size() < 2)
        return;
    qreal target = *std::min_element(values.begin(), values.end());
    if (alignment == Alignment::HorizontalCenter || alignment == Alignment::VerticalCenter) {
        qreal sum = 0;
        for (qreal v : values)
            sum += v;
        target = sum / qreal(values.size());
    }
    NodePositions after;
    for (const QString &id : ids) {
        if (const PipelineNode *node = m_model->node(id)) {
            QPointF position = node->position;
            (horizontal ? position.rx() : position.ry()) = target;
            after.push_back({id, position});
        }
    }
    move(after, tr("Align %n nodes", nullptr, int(after.size())));
}

void PipelineEditor::autoLayout()
{
    const std::vector<QPointF> positions = weir::autoLayout(m_model->toPipeline());
    NodePositions after;
    for (size_t i = 0; i < positions.size(); ++i)
        after.push_back({m_model->nodes()[i].id, positions[i]});
    move(after, tr("Auto-layout"));
}

} // namespace weir
