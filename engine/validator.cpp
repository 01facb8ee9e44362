#include "validator.h"

#include "alertthresholds.h"
#include "dataflowvalidator.h"
#include "graphvalidator.h"
#include "nodechecks.h"
#include "noderegistry.h"
#include "paramvalidator.h"
#include "pipelinegraph.h"
#include "spelling.h"

#include <map>
#include <set>

namespace weir {

namespace {

std::vector<std::string> typeNames()
{
    std::vector<std::string> names;
    for (const NodeTypeInfo &info : NodeRegistry::instance().types())
        names.push_back(info.type);
    return names;
}

void checkIds(const Pipeline &pipeline, std::vector<Problem> &problems)
{
    std::map<std::string, size_t> first;
    for (size_t i = 0; i < pipeline.nodes.size(); ++i) {
        const std::string &id = pipeline.nodes[i].id;
        const std::string position = "nodes[" + std::to_string(i) + "]";
        if (id.empty()) {
            problems.push_back({position, "id", "the node has an empty id"});
            continue;
        }
        const auto [it, inserted] = first.emplace(id, i);
        if (!inserted)
            problems.push_back({id, "id", "the id '" + id + "' is used by nodes["
                                              + std::to_string(it->second) + "] and " + position
                                              + "; ids must be unique"});
    }
}

// Returns whether the node had problems.
bool checkNode(const NodeSpec &node, size_t index, std::vector<Problem> &problems)
{
    NodeProblems nodeProblems(node.id.empty() ? "nodes[" + std::to_string(index) + "]" : node.id,
                              problems);
    const NodeTypeInfo *type = NodeRegistry::instance().find(node.type);
    if (node.type.empty())
        nodeProblems.add("type", "the node has no type; use one of: " + joinNames(typeNames()));
    else if (!type)
        nodeProblems.add("type", "unknown node type '" + node.type + "'"
                                     + didYouMean(node.type, typeNames())
                                     + "; use one of: " + joinNames(typeNames()));
    if (!type)
        return true;
    validateParams(type->params, node.params, nodeProblems);
    checkNodeSpecifics(node, nodeProblems);
    return nodeProblems.count() > 0;
}

void checkSettings(const Json &settings, std::vector<Problem> &problems)
{
    NodeProblems settingsProblems("", problems);
    // "alerts" is an object of its own, checked field by field by AlertThresholds.
    if (settings.is_object() && settings.contains("alerts")) {
        Json rest = settings;
        rest.erase("alerts");
        validateParams(pipelineSettings(), rest, settingsProblems, "settings.");
    } else {
        validateParams(pipelineSettings(), settings, settingsProblems, "settings.");
    }
    AlertThresholds::check(settings, settingsProblems);
    if (settings.is_object())
        checkSettingsSpecifics(settings, settingsProblems);
}

} // namespace

std::vector<Problem> validatePipeline(const Pipeline &pipeline)
{
    std::vector<Problem> problems;
    checkSettings(pipeline.settings, problems);
    checkIds(pipeline, problems);
    std::set<std::string> flawed;
    for (size_t i = 0; i < pipeline.nodes.size(); ++i) {
        if (checkNode(pipeline.nodes[i], i, problems))
            flawed.insert(pipeline.nodes[i].id);
    }
    const PipelineGraph graph(pipeline);
    validateGraph(pipeline, graph, problems);
    validateDataflow(pipeline, graph, flawed, problems);
    return problems;
}

} // namespace weir
