#include "pipelinemodel.h"

#include "autolayout.h"
#include "connectioncheck.h"
#include "pipelinefile.h"
#include "validator.h"

#include <QFile>

#include <algorithm>
#include <set>

namespace weir {

namespace {

// Validation waits this long after a change, so a burst of edits validates once.
constexpr int kValidationDelayMs = 30;

std::string text(const QString &s)
{
    return s.toStdString();
}

QString qtext(const std::string &s)
{
    return QString::fromStdString(s);
}

// The problems that keep a pipeline out of the model: it addresses nodes and edges by id.
void checkRepresentable(const Pipeline &pipeline)
{
    std::vector<Problem> problems;
    std::set<std::string> ids;
    for (size_t i = 0; i < pipeline.nodes.size(); ++i) {
        const std::string &id = pipeline.nodes[i].id;
        if (id.empty())
            problems.push_back(
                {"nodes[" + std::to_string(i) + "]", "id", "the node has an empty id"});
        else if (!ids.insert(id).second)
            problems.push_back({id, "id", "the id '" + id + "' is used by more than one node"});
    }
    for (size_t i = 0; i < pipeline.edges.size(); ++i) {
        const EdgeSpec &edge = pipeline.edges[i];
        if (std::find(pipeline.edges.begin(), pipeline.edges.begin() + long(i), edge)
            != pipeline.edges.begin() + long(i))
            problems.push_back({edge.from, "edges[" + std::to_string(i) + "]",
                                "the edge " + edge.from + "." + edge.port + " -> " + edge.to
                                    + " is listed twice"});
    }
    if (!problems.empty())
        throw PipelineError(problems);
}

QString describe(const PipelineError &error)
{
    QStringList lines;
    for (const Problem &problem : error.problems())
        lines << qtext(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

// Positions from the file; nodes without one are laid out (below the placed ones when
// some have a position). Returns whether the file's positions were complete or absent.
std::vector<QPointF> positionsOf(const Pipeline &pipeline, bool &stored)
{
    const std::vector<QPointF> laidOut = autoLayout(pipeline);
    std::vector<QPointF> positions;
    qreal bottom = 0;
    bool any = false;
    bool all = true;
    for (const NodeSpec &node : pipeline.nodes) {
        any = any || node.position.has_value();
        all = all && node.position.has_value();
        if (node.position)
            bottom = std::max(bottom, node.position->y + kLayoutRowHeight);
    }
    for (size_t i = 0; i < pipeline.nodes.size(); ++i) {
        const auto &position = pipeline.nodes[i].position;
        if (position)
            positions.emplace_back(position->x, position->y);
        else
            positions.push_back(laidOut[i] + QPointF(0, any ? bottom : 0));
    }
    stored = all || any;
    return positions;
}

} // namespace

PipelineModel::PipelineModel(QObject *parent)
    : QObject(parent)
{
    m_validation.setSingleShot(true);
    m_validation.setInterval(kValidationDelayMs);
    QObject::connect(&m_validation, &QTimer::timeout, this, &PipelineModel::validateNow);
}

void PipelineModel::load(const Pipeline &pipeline)
{
    load(pipeline, savePipeline(pipeline));
}

void PipelineModel::load(const Pipeline &pipeline, std::string text)
{
    checkRepresentable(pipeline);
    bool stored = true;
    const std::vector<QPointF> positions = positionsOf(pipeline, stored);
    m_nodes.clear();
    for (size_t i = 0; i < pipeline.nodes.size(); ++i) {
        const NodeSpec &spec = pipeline.nodes[i];
        m_nodes.push_back({qtext(spec.id), qtext(spec.type), spec.params, positions[i]});
    }
    m_connections.clear();
    for (const EdgeSpec &edge : pipeline.edges)
        m_connections.push_back({qtext(edge.from), qtext(edge.port), qtext(edge.to)});
    m_settings = {qtext(pipeline.name), qtext(pipeline.description), pipeline.settings};
    m_positionsStored = stored;
    m_loadedText = std::move(text);
    m_loadedCanonical = savePipeline(toPipeline());
    emit modelReset();
    changed();
}

QString PipelineModel::loadText(std::string_view text)
{
    try {
        load(loadPipeline(text), std::string(text));
    } catch (const PipelineError &error) {
        return describe(error);
    }
    return {};
}

QString PipelineModel::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot read pipeline file '%1': %2").arg(path, file.errorString());
    return loadText(file.readAll().toStdString());
}

void PipelineModel::clear()
{
    m_nodes.clear();
    m_connections.clear();
    m_settings = {};
    m_positionsStored = true;
    m_loadedText = m_loadedCanonical = savePipeline(toPipeline());
    emit modelReset();
    changed();
}

Pipeline PipelineModel::toPipeline() const
{
    Pipeline pipeline;
    pipeline.name = text(m_settings.name);
    pipeline.description = text(m_settings.description);
    pipeline.settings = m_settings.settings;
    for (const PipelineNode &node : m_nodes) {
        NodeSpec spec {text(node.id), text(node.type), node.params, std::nullopt};
        if (m_positionsStored)
            spec.position = CanvasPosition {node.position.x(), node.position.y()};
        pipeline.nodes.push_back(std::move(spec));
    }
    for (const ConnectionId &c : m_connections)
        pipeline.edges.push_back({text(c.from), text(c.port), text(c.to)});
    return pipeline;
}

std::string PipelineModel::toFileText() const
{
    std::string canonical = savePipeline(toPipeline());
    return canonical == m_loadedCanonical ? m_loadedText : canonical;
}

const PipelineNode *PipelineModel::node(const QString &id) const
{
    const int index = nodeIndex(id);
    return index < 0 ? nullptr : &m_nodes[size_t(index)];
}

PipelineNode *PipelineModel::findNode(const QString &id)
{
    const int index = nodeIndex(id);
    return index < 0 ? nullptr : &m_nodes[size_t(index)];
}

int PipelineModel::nodeIndex(const QString &id) const
{
    const auto it = std::find_if(m_nodes.begin(), m_nodes.end(),
                                 [&](const PipelineNode &n) { return n.id == id; });
    return it == m_nodes.end() ? -1 : int(it - m_nodes.begin());
}

int PipelineModel::connectionIndex(const ConnectionId &connection) const
{
    const auto it = std::find(m_connections.begin(), m_connections.end(), connection);
    return it == m_connections.end() ? -1 : int(it - m_connections.begin());
}

std::vector<ConnectionId> PipelineModel::connectionsOf(const QString &id) const
{
    std::vector<ConnectionId> result;
    std::copy_if(m_connections.begin(), m_connections.end(), std::back_inserter(result),
                 [&](const ConnectionId &c) { return c.from == id || c.to == id; });
    return result;
}

QString PipelineModel::uniqueId(const QString &base) const
{
    QString id = base;
    for (int n = 2; nodeIndex(id) >= 0; ++n)
        id = base + QLatin1Char('_') + QString::number(n);
    return id;
}

QString PipelineModel::connectionRefusal(const ConnectionId &connection) const
{
    return weir::connectionRefusal(*this, connection);
}

std::vector<Problem> PipelineModel::problemsOf(const QString &id) const
{
    const std::string node = text(id);
    std::vector<Problem> result;
    std::copy_if(m_problems.begin(), m_problems.end(), std::back_inserter(result),
                 [&](const Problem &p) { return p.node == node; });
    return result;
}

void PipelineModel::validateNow()
{
    m_validation.stop();
    std::vector<Problem> problems = validatePipeline(toPipeline());
    if (problems == m_problems)
        return;
    m_problems = std::move(problems);
    emit problemsChanged();
}

void PipelineModel::insertNode(int index, const PipelineNode &node)
{
    Q_ASSERT(nodeIndex(node.id) < 0 && index >= 0 && size_t(index) <= m_nodes.size());
    m_nodes.insert(m_nodes.begin() + index, node);
    emit nodeCreated(node.id);
    changed();
}

void PipelineModel::removeNode(const QString &id)
{
    for (const ConnectionId &c : connectionsOf(id))
        removeConnection(c);
    const int index = nodeIndex(id);
    Q_ASSERT(index >= 0);
    m_nodes.erase(m_nodes.begin() + index);
    emit nodeRemoved(id);
    changed();
}

void PipelineModel::insertConnection(int index, const ConnectionId &connection)
{
    Q_ASSERT(connectionIndex(connection) < 0 && index >= 0
             && size_t(index) <= m_connections.size());
    m_connections.insert(m_connections.begin() + index, connection);
    emit connectionCreated(connection);
    changed();
}

void PipelineModel::removeConnection(const ConnectionId &connection)
{
    const int index = connectionIndex(connection);
    Q_ASSERT(index >= 0);
    m_connections.erase(m_connections.begin() + index);
    emit connectionRemoved(connection);
    changed();
}

void PipelineModel::setNodePosition(const QString &id, QPointF position)
{
    PipelineNode *node = findNode(id);
    Q_ASSERT(node);
    if (node->position == position)
        return;
    node->position = position;
    emit nodeMoved(id, position); // positions do not affect validation
}

void PipelineModel::setNodeParams(const QString &id, const Json &params)
{
    PipelineNode *node = findNode(id);
    Q_ASSERT(node);
    node->params = params;
    emit nodeParamsChanged(id);
    changed();
}

void PipelineModel::renameNode(const QString &from, const QString &to)
{
    PipelineNode *node = findNode(from);
    Q_ASSERT(node && nodeIndex(to) < 0);
    node->id = to;
    for (ConnectionId &c : m_connections) {
        if (c.from == from)
            c.from = to;
        if (c.to == from)
            c.to = to;
    }
    emit nodeRenamed(from, to);
    changed();
}

void PipelineModel::setPipelineSettings(const PipelineSettings &settings)
{
    m_settings = settings;
    emit pipelineSettingsChanged();
    changed();
}

void PipelineModel::setPositionsStored(bool stored)
{
    m_positionsStored = stored;
}

void PipelineModel::changed()
{
    m_validation.start();
}

} // namespace weir
