#include "debugpipeline.h"

#include "noderegistry.h"
#include "problem.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace weir {

namespace {

bool isSource(const NodeSpec &node)
{
    return node.type.starts_with("source.");
}

bool isSink(const NodeSpec &node)
{
    return node.type.starts_with("sink.");
}

std::string pathIn(const std::string &directory, const std::string &file)
{
    return (std::filesystem::path(directory) / file).string();
}

} // namespace

void keepDownstreamOf(Pipeline &pipeline, const std::set<std::string> &sourceIds)
{
    for (const std::string &id : sourceIds) {
        const NodeSpec *node = pipeline.node(id);
        if (!node || !isSource(*node))
            throw PipelineError(id, "", "is not a source of pipeline '" + pipeline.name + "'");
    }
    std::set<std::string> reached = sourceIds;
    for (bool grew = true; grew;) {
        grew = false;
        for (const EdgeSpec &edge : pipeline.edges)
            if (reached.contains(edge.from) && reached.insert(edge.to).second)
                grew = true;
    }
    std::erase_if(pipeline.nodes, [&](const NodeSpec &n) { return !reached.contains(n.id); });
    std::erase_if(pipeline.edges, [&](const EdgeSpec &e) {
        return !reached.contains(e.from) || !reached.contains(e.to);
    });
}

std::vector<SinkRedirect> redirectSinks(Pipeline &pipeline, const std::string &directory)
{
    std::vector<SinkRedirect> redirects;
    for (NodeSpec &node : pipeline.nodes) {
        if (!isSink(node))
            continue;
        SinkRedirect redirect;
        redirect.node = node.id;
        redirect.originalType = node.type;
        if (node.type == "sink.sqlite") {
            redirect.type = "sink.sqlite";
            redirect.path = pathIn(directory, node.id + ".db");
            redirect.table = node.params.value("table", std::string("results"));
            const Json key = node.params.value("key", Json::array());
            if (key.is_array())
                for (const Json &field : key)
                    if (field.is_string())
                        redirect.key.push_back(field.get<std::string>());
            node.params["path"] = redirect.path;
        } else {
            redirect.type = "sink.file";
            redirect.path = pathIn(directory, node.id + ".ndjson");
            node.type = "sink.file";
            node.params = Json{{"path", redirect.path}};
        }
        redirects.push_back(std::move(redirect));
    }
    return redirects;
}

void makeBoundedDebugRun(Pipeline &pipeline)
{
    pipeline.settings["trigger"] = "once";
    pipeline.settings.erase("checkpoint");
    pipeline.settings.erase("metrics_addr");
    for (NodeSpec &node : pipeline.nodes) {
        if (node.type == "transform.watermark")
            node.params["align_partitions"] = true; // partitions are read in bulk
        if (node.type != "source.kafka")
            continue;
        node.params["group_mode"] = "assign";
        node.params["commit_offsets"] = false;
    }
}

void resolveRelativePaths(Pipeline &pipeline, const std::string &directory)
{
    for (NodeSpec &node : pipeline.nodes) {
        const NodeTypeInfo *type = NodeRegistry::instance().find(node.type);
        if (!type)
            continue;
        for (const ParamInfo &param : type->params) {
            const auto value = node.params.find(param.name);
            if (param.type != ParamType::Path || value == node.params.end() || !value->is_string())
                continue;
            const std::filesystem::path path(value->get<std::string>());
            if (!path.empty() && path.is_relative())
                *value = (std::filesystem::path(directory) / path).lexically_normal().string();
        }
    }
}

std::vector<std::string> kafkaSourcesReading(const Pipeline &pipeline, const std::string &topic)
{
    std::vector<std::string> ids;
    for (const NodeSpec &node : pipeline.nodes) {
        if (node.type != "source.kafka")
            continue;
        const Json topics = node.params.value("topics", Json::array());
        if (!topics.is_array())
            continue;
        const bool reads = std::any_of(topics.begin(), topics.end(), [&](const Json &t) {
            return t.is_string() && t.get<std::string>() == topic;
        });
        if (reads)
            ids.push_back(node.id);
    }
    return ids;
}

} // namespace weir
