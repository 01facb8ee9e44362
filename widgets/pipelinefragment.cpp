#include "pipelinefragment.h"

#include "autolayout.h"
#include "pipelinefile.h"
#include "pipelinemodel.h"

#include <map>

namespace weir {

std::string copyFragment(const PipelineModel &model, const QStringList &ids)
{
    Pipeline fragment;
    for (const PipelineNode &node : model.nodes()) {
        if (ids.contains(node.id))
            fragment.nodes.push_back({node.id.toStdString(), node.type.toStdString(), node.params,
                                      CanvasPosition {node.position.x(), node.position.y()}});
    }
    for (const ConnectionId &c : model.connections()) {
        if (ids.contains(c.from) && ids.contains(c.to))
            fragment.edges.push_back(
                {c.from.toStdString(), c.port.toStdString(), c.to.toStdString()});
    }
    return savePipeline(fragment);
}

PipelineItems pastedItems(const PipelineModel &model, std::string_view text, QPointF offset)
{
    const Pipeline fragment = loadPipeline(text);
    const std::vector<QPointF> laidOut = autoLayout(fragment);
    PipelineItems items;
    std::map<std::string, QString> renamed;
    QStringList taken;
    auto free = [&](const QString &id) { return model.nodeIndex(id) < 0 && !taken.contains(id); };
    for (size_t i = 0; i < fragment.nodes.size(); ++i) {
        const NodeSpec &spec = fragment.nodes[i];
        const QString base
            = spec.id.empty() ? QStringLiteral("node") : QString::fromStdString(spec.id);
        QString id = base;
        for (int n = 2; !free(id); ++n)
            id = base + QLatin1Char('_') + QString::number(n);
        taken << id;
        renamed.emplace(spec.id, id);
        const QPointF position
            = spec.position ? QPointF(spec.position->x, spec.position->y) : laidOut[i];
        items.nodes.push_back(
            {int(model.nodes().size() + i),
             {id, QString::fromStdString(spec.type), spec.params, position + offset}});
    }
    for (const EdgeSpec &edge : fragment.edges) {
        const auto from = renamed.find(edge.from);
        const auto to = renamed.find(edge.to);
        if (from == renamed.end() || to == renamed.end())
            continue;
        const ConnectionId c {from->second, QString::fromStdString(edge.port), to->second};
        bool repeated = false;
        for (const auto &[index, existing] : items.connections)
            repeated = repeated || existing == c;
        if (!repeated)
            items.connections.push_back(
                {int(model.connections().size() + items.connections.size()), c});
    }
    return items;
}

} // namespace weir
