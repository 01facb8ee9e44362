#pragma once

#include "connectionid.h"
#include "pipelinecommands.h"
#include "pipelinenode.h"

#include <QObject>
#include <QStringList>

#include <string>
#include <string_view>

class QUndoStack;

namespace weir {

class PipelineModel;

// How align() lines nodes up, by their positions (top-left corners): the same x as the
// leftmost / the mean x, the same y as the topmost / the mean y.
enum class Alignment { Left, HorizontalCenter, Top, VerticalCenter };

// Every edit a person makes to a pipeline, each as one undoable command on the editor's
// QUndoStack. The canvas, palette and property editor call these; nothing else changes
// the model (opening a document replaces it and clears the history).
class PipelineEditor : public QObject
{
    Q_OBJECT

public:
    // How far paste-in-place and duplicate move the copies, so they do not hide the originals.
    static constexpr QPointF kCopyOffset {40, 40};

    explicit PipelineEditor(PipelineModel *model, QObject *parent = nullptr);

    PipelineModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Replace the document; on failure return every problem as text and change nothing.
    QString openFile(const QString &path);
    QString openText(std::string_view text);
    void newDocument();

    // The new node's id (from the type: "window.sliding" -> "sliding", "sliding_2" ...),
    // with no parameters set (each takes its default); empty for an unknown type.
    QString addNode(const QString &type, QPointF position);
    void removeNodes(const QStringList &ids);
    // Empty when connected, else why not (see connectionRefusal()).
    QString addConnection(const ConnectionId &connection);
    void removeConnection(const ConnectionId &connection);
    // Steps of one drag pass the same non-zero dragId and undo as one move.
    void moveNodes(const NodePositions &positions, int dragId = 0);
    // A null value removes the parameter, so it takes its default again.
    void setParam(const QString &id, const QString &name, const Json &value);
    void setParams(const QString &id, const Json &params);
    // Empty when renamed, else why not (empty, or taken).
    QString renameNode(const QString &from, const QString &to);
    void setPipelineSettings(const PipelineSettings &settings);

    // The clipboard text of these nodes and the connections among them.
    std::string copy(const QStringList &ids) const;
    // The ids of the pasted nodes; on a malformed fragment none, and `error` says why.
    QStringList paste(std::string_view fragment, QPointF offset, QString *error = nullptr);
    QStringList duplicate(const QStringList &ids);
    void align(const QStringList &ids, Alignment alignment);
    void autoLayout();

private:
    QString opened(const QString &error);
    void move(const NodePositions &after, const QString &text, int dragId = 0);

    PipelineModel *m_model;
    QUndoStack *m_undoStack;
};

} // namespace weir
