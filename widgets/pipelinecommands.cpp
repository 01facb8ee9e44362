#include "pipelinecommands.h"

#include "pipelinemodel.h"

namespace weir {

namespace {

void insertItems(PipelineModel &model, const PipelineItems &items)
{
    for (const auto &[index, node] : items.nodes)
        model.insertNode(index, node);
    for (const auto &[index, connection] : items.connections)
        model.insertConnection(index, connection);
}

void removeItems(PipelineModel &model, const PipelineItems &items)
{
    for (auto it = items.connections.rbegin(); it != items.connections.rend(); ++it)
        model.removeConnection(it->second);
    for (auto it = items.nodes.rbegin(); it != items.nodes.rend(); ++it)
        model.removeNode(it->second.id);
}

} // namespace

PipelineCommand::PipelineCommand(PipelineModel *model, const QString &text, bool changesLayout)
    : QUndoCommand(text)
    , m_model(model)
    , m_changesLayout(changesLayout)
{
}

void PipelineCommand::redo()
{
    m_positionsStoredBefore = m_model->positionsStored();
    apply();
    if (m_changesLayout)
        m_model->setPositionsStored(true);
}

void PipelineCommand::undo()
{
    revert();
    m_model->setPositionsStored(m_positionsStoredBefore);
}

InsertItemsCommand::InsertItemsCommand(PipelineModel *model, PipelineItems items,
                                       const QString &text)
    : PipelineCommand(model, text, true)
    , m_items(std::move(items))
{
}

void InsertItemsCommand::apply()
{
    insertItems(model(), m_items);
}

void InsertItemsCommand::revert()
{
    removeItems(model(), m_items);
}

RemoveItemsCommand::RemoveItemsCommand(PipelineModel *model, PipelineItems items,
                                       const QString &text)
    : PipelineCommand(model, text, true)
    , m_items(std::move(items))
{
}

void RemoveItemsCommand::apply()
{
    removeItems(model(), m_items);
}

void RemoveItemsCommand::revert()
{
    insertItems(model(), m_items);
}

MoveNodesCommand::MoveNodesCommand(PipelineModel *model, NodePositions before, NodePositions after,
                                   const QString &text, int dragId)
    : PipelineCommand(model, text, true)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_dragId(dragId)
{
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveNodesCommand *>(other);
    if (m_dragId == 0 || move->m_dragId != m_dragId || move->m_after.size() != m_after.size())
        return false;
    for (size_t i = 0; i < m_after.size(); ++i) {
        if (m_after[i].first != move->m_after[i].first)
            return false;
    }
    m_after = move->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void MoveNodesCommand::apply()
{
    place(model(), m_after);
}

void MoveNodesCommand::revert()
{
    place(model(), m_before);
}

void MoveNodesCommand::place(PipelineModel &model, const NodePositions &positions)
{
    for (const auto &[id, position] : positions)
        model.setNodePosition(id, position);
}

SetParamsCommand::SetParamsCommand(PipelineModel *model, const QString &id, Json before, Json after,
                                   const QString &text)
    : PipelineCommand(model, text, false)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetParamsCommand::apply()
{
    model().setNodeParams(m_id, m_after);
}

void SetParamsCommand::revert()
{
    model().setNodeParams(m_id, m_before);
}

RenameNodeCommand::RenameNodeCommand(PipelineModel *model, const QString &from, const QString &to)
    : PipelineCommand(model, QObject::tr("Rename %1 to %2").arg(from, to), false)
    , m_from(from)
    , m_to(to)
{
}

void RenameNodeCommand::apply()
{
    model().renameNode(m_from, m_to);
}

void RenameNodeCommand::revert()
{
    model().renameNode(m_to, m_from);
}

SetPipelineSettingsCommand::SetPipelineSettingsCommand(PipelineModel *model,
                                                       PipelineSettings before,
                                                       PipelineSettings after)
    : PipelineCommand(model, QObject::tr("Change pipeline settings"), false)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetPipelineSettingsCommand::apply()
{
    model().setPipelineSettings(m_after);
}

void SetPipelineSettingsCommand::revert()
{
    model().setPipelineSettings(m_before);
}

} // namespace weir
