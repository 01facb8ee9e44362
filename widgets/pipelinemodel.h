#pragma once

#include "connectionid.h"
#include "pipeline.h"
#include "pipelinenode.h"
#include "problem.h"

#include <QObject>
#include <QPointF>
#include <QTimer>

#include <string_view>
#include <vector>

namespace weir {

// The designer's document: nodes (id, type, params, position) and connections, addressed
// by node ids, plus the pipeline settings. It converts to and from the engine's Pipeline
// in exactly the format of weir-run: a file loaded and saved unchanged keeps its bytes.
//
// The scene (later), the undo commands, file I/O and the engine controller all talk to
// this model, never to graphics items. It announces every change with a signal and
// re-validates the pipeline shortly after changes (coalesced), exposing the problems.
//
// The mutators below are the raw operations the undo commands are made of. Everything
// else edits through PipelineEditor, so that every change can be undone.
//
// Positions: a file without positions opens auto-laid out, and those positions are not
// written back until the layout or structure is edited (positionsStored()), so such a
// file also saves unchanged. Node and connection order is kept as in the file.
class PipelineModel : public QObject
{
    Q_OBJECT

public:
    explicit PipelineModel(QObject *parent = nullptr);

    // Replaces the whole document. Throws PipelineError, leaving the model untouched,
    // when the pipeline cannot be held: an empty or repeated node id, a repeated edge.
    void load(const Pipeline &pipeline);
    // As load() from file text / a file; on error returns the reason (every problem, one
    // per line) and leaves the model untouched. Empty on success.
    QString loadText(std::string_view text);
    QString loadFile(const QString &path);
    void clear();
    Pipeline toPipeline() const;
    // The *.weir.json text of toPipeline(): while the document means what was loaded, the
    // loaded bytes themselves (a hand-formatted file keeps its formatting); after a change,
    // the engine's canonical text (savePipeline), which weir-run reads the same.
    std::string toFileText() const;

    const std::vector<PipelineNode> &nodes() const { return m_nodes; }
    const PipelineNode *node(const QString &id) const;
    int nodeIndex(const QString &id) const;
    const std::vector<ConnectionId> &connections() const { return m_connections; }
    int connectionIndex(const ConnectionId &connection) const;
    // The connections into or out of a node, in file order.
    std::vector<ConnectionId> connectionsOf(const QString &id) const;
    const PipelineSettings &pipelineSettings() const { return m_settings; }
    bool positionsStored() const { return m_positionsStored; }
    // `base` if no node has it, else base_2, base_3 ...
    QString uniqueId(const QString &base) const;
    // Why the proposed connection cannot be made; empty when it can.
    QString connectionRefusal(const ConnectionId &connection) const;

    // Problems of the last validation, each naming its node ("" for the whole pipeline).
    const std::vector<Problem> &problems() const { return m_problems; }
    std::vector<Problem> problemsOf(const QString &id) const;
    // Runs the pending validation now instead of at the next event-loop turn.
    void validateNow();

    // Raw mutators, for the undo commands (see PipelineCommand).
    void insertNode(int index, const PipelineNode &node);
    void removeNode(const QString &id); // with its connections
    void insertConnection(int index, const ConnectionId &connection);
    void removeConnection(const ConnectionId &connection);
    void setNodePosition(const QString &id, QPointF position);
    void setNodeParams(const QString &id, const Json &params);
    void renameNode(const QString &from, const QString &to); // edges follow
    void setPipelineSettings(const PipelineSettings &settings);
    void setPositionsStored(bool stored);

signals:
    void modelReset(); // after load() and clear(): rebuild every view
    void nodeCreated(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeMoved(const QString &id, QPointF position);
    void nodeParamsChanged(const QString &id);
    void nodeRenamed(const QString &from, const QString &to);
    void connectionCreated(const weir::ConnectionId &connection);
    void connectionRemoved(const weir::ConnectionId &connection);
    void pipelineSettingsChanged();
    void problemsChanged();

private:
    void load(const Pipeline &pipeline, std::string text);
    PipelineNode *findNode(const QString &id);
    void changed();

    std::vector<PipelineNode> m_nodes;
    std::vector<ConnectionId> m_connections;
    PipelineSettings m_settings;
    bool m_positionsStored = true;
    std::string m_loadedText; // the bytes of the file loaded
    std::string m_loadedCanonical; // savePipeline() of what they hold
    std::vector<Problem> m_problems;
    QTimer m_validation;
};

} // namespace weir
