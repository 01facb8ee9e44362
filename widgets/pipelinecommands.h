#pragma once

#include "connectionid.h"
#include "pipelinenode.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

namespace weir {

class PipelineModel;

// Nodes and connections with their places in the model, in ascending order of place, so
// that inserting them in order restores the model exactly.
struct PipelineItems
{
    std::vector<std::pair<int, PipelineNode>> nodes;
    std::vector<std::pair<int, ConnectionId>> connections;
};

// The undo commands of the designer. Each is small: it keeps the before and after of
// what it changes and applies them through PipelineModel's raw mutators.
//
// A command that changes the layout or the structure makes the model store positions
// (a file opened without positions keeps saving without them until such an edit); its
// undo puts the previous choice back, so undo restores the exact file text.
class PipelineCommand : public QUndoCommand
{
public:
    PipelineCommand(PipelineModel *model, const QString &text, bool changesLayout);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    PipelineModel &model() const { return *m_model; }

private:
    PipelineModel *m_model;
    bool m_changesLayout;
    bool m_positionsStoredBefore = true;
};

// Adds nodes and connections: add node, connect, paste, duplicate.
class InsertItemsCommand : public PipelineCommand
{
public:
    InsertItemsCommand(PipelineModel *model, PipelineItems items, const QString &text);

private:
    void apply() override;
    void revert() override;

    PipelineItems m_items;
};

// Removes nodes and connections: delete (nodes with their connections), disconnect.
class RemoveItemsCommand : public PipelineCommand
{
public:
    RemoveItemsCommand(PipelineModel *model, PipelineItems items, const QString &text);

private:
    void apply() override;
    void revert() override;

    PipelineItems m_items;
};

using NodePositions = std::vector<std::pair<QString, QPointF>>;

// Moves nodes: drags, align, auto-layout. The steps of one drag (same non-zero dragId,
// same nodes) merge into one command.
class MoveNodesCommand : public PipelineCommand
{
public:
    MoveNodesCommand(PipelineModel *model, NodePositions before, NodePositions after,
                     const QString &text, int dragId = 0);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply() override;
    void revert() override;
    static void place(PipelineModel &model, const NodePositions &positions);

    NodePositions m_before;
    NodePositions m_after;
    int m_dragId;
};

// Replaces a node's parameters (one parameter or all of them).
class SetParamsCommand : public PipelineCommand
{
public:
    SetParamsCommand(PipelineModel *model, const QString &id, Json before, Json after,
                     const QString &text);

private:
    void apply() override;
    void revert() override;

    QString m_id;
    Json m_before;
    Json m_after;
};

class RenameNodeCommand : public PipelineCommand
{
public:
    RenameNodeCommand(PipelineModel *model, const QString &from, const QString &to);

private:
    void apply() override;
    void revert() override;

    QString m_from;
    QString m_to;
};

class SetPipelineSettingsCommand : public PipelineCommand
{
public:
    SetPipelineSettingsCommand(PipelineModel *model, PipelineSettings before,
                               PipelineSettings after);

private:
    void apply() override;
    void revert() override;

    PipelineSettings m_before;
    PipelineSettings m_after;
};

} // namespace weir
