#include "redrive.h"

#include "debugpipeline.h"
#include "debugrun.h"
#include "previewplan.h"
#include "sinkmarkers.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>

namespace weir {

namespace {

bool isSource(const NodeSpec *node)
{
    return node && node->type.starts_with("source.");
}

// The sources from which `node` can be reached.
std::set<std::string> sourcesUpstreamOf(const Pipeline &pipeline, const std::string &node)
{
    std::set<std::string> reached{node};
    for (bool grew = true; grew;) {
        grew = false;
        for (const EdgeSpec &edge : pipeline.edges)
            if (reached.contains(edge.to) && reached.insert(edge.from).second)
                grew = true;
    }
    std::set<std::string> sources;
    for (const std::string &id : reached)
        if (isSource(pipeline.node(id)))
            sources.insert(id);
    return sources;
}

// A window the source reaches: its state starts empty in a re-drive, so the rows it would
// write hold the re-driven records alone and replace (upsert) or sit beside (append) the
// production run's rows for the same windows.
const NodeSpec *windowBelow(const Pipeline &pipeline, const std::string &source)
{
    std::set<std::string> reached{source};
    for (bool grew = true; grew;) {
        grew = false;
        for (const EdgeSpec &edge : pipeline.edges)
            if (reached.contains(edge.from) && reached.insert(edge.to).second)
                grew = true;
    }
    for (const std::string &id : reached)
        if (const NodeSpec *node = pipeline.node(id); node && node->type.starts_with("window."))
            return node;
    return nullptr;
}

std::string sourceOf(const Pipeline &pipeline, const DeadLetter &letter)
{
    if (!letter.source.empty())
        return isSource(pipeline.node(letter.source)) ? letter.source : std::string();
    const std::set<std::string> sources = sourcesUpstreamOf(pipeline, letter.node);
    return sources.size() == 1 ? *sources.begin() : std::string();
}

std::string valueRefusal(const std::optional<std::string> &value)
{
    if (!value)
        return "its value is null: there is nothing to send again";
    if (value->empty())
        return "its value is empty: a file source skips empty lines";
    if (value->find('\n') != std::string::npos)
        return "its value holds a newline: it cannot travel as one NDJSON line";
    if (value->back() == '\r')
        return "its value ends in a carriage return, which a file source strips";
    return {};
}

std::map<std::string, std::string> writeScratchFiles(
    const std::map<std::string, std::vector<const DeadLetter *>> &bySource,
    const std::string &directory)
{
    const auto stamp = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch())
                           .count();
    std::map<std::string, std::string> files;
    for (const auto &[source, letters] : bySource) {
        const std::string path = (std::filesystem::path(directory)
                                  / ("redrive-" + std::to_string(stamp) + "-"
                                     + previewFileName(source) + ".ndjson"))
                                     .string();
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        for (const DeadLetter *letter : letters)
            out << *letter->value << '\n';
        if (!out.flush())
            throw std::runtime_error("cannot write the re-drive file '" + path + "'");
        files[source] = path;
    }
    return files;
}

} // namespace

std::string redriveRefusal(const Pipeline &pipeline, const DeadLetterStore &store,
                           const DeadLetter &letter)
{
    if (store.type == "sink.sqlite" && store.upsert)
        return "its table '" + store.table + "' is written in mode upsert, where a letter "
               "failing again could replace the row being removed: use mode append";
    if (std::string refusal = valueRefusal(letter.value); !refusal.empty())
        return refusal;
    const std::string source = sourceOf(pipeline, letter);
    if (source.empty())
        return letter.source.empty()
                   ? "it names no source and node '" + letter.node + "' has not exactly one"
                   : "its source '" + letter.source + "' is not a source of the pipeline";
    if (const NodeSpec *window = windowBelow(pipeline, source))
        return "window '" + window->id + "' lies downstream: it would write rows holding the "
               "re-driven records alone over the windows the pipeline computed; replay the "
               "source's range instead";
    return {};
}

Pipeline redrivePipeline(const Pipeline &pipeline,
                         const std::map<std::string, std::string> &filesBySource)
{
    Pipeline redrive = pipeline;
    std::set<std::string> sources;
    for (const auto &[source, file] : filesBySource) {
        NodeSpec *node = redrive.node(source);
        if (!isSource(node))
            throw std::runtime_error("'" + source + "' is not a source of the pipeline");
        node->type = "source.file";
        node->params = Json{{"path", file}};
        sources.insert(source);
    }
    keepDownstreamOf(redrive, sources);
    makeBoundedDebugRun(redrive);
    // A transactional Kafka sink keeps its last batch id in Kafka, out of the markers' reach:
    // the re-drive produces plainly (idempotent, at least once) and leaves that id alone.
    for (NodeSpec &node : redrive.nodes)
        if (node.type == "sink.kafka")
            node.params.erase("transactional_id");
    return redrive;
}

RedrivePlan planRedrive(const Pipeline &pipeline, const DeadLetterStore &store,
                        const std::vector<DeadLetter> &letters,
                        const std::string &scratchDirectory)
{
    RedrivePlan plan;
    std::map<std::string, std::vector<const DeadLetter *>> bySource;
    for (const DeadLetter &letter : letters) {
        if (std::string refusal = redriveRefusal(pipeline, store, letter); !refusal.empty())
            plan.refused.emplace_back(letter, std::move(refusal));
        else
            plan.accepted.push_back(letter);
    }
    if (plan.accepted.empty())
        return plan;
    for (const DeadLetter &letter : plan.accepted)
        bySource[sourceOf(pipeline, letter)].push_back(&letter);
    // Before anything runs: the letters must still be where they were read.
    const std::vector<DeadLetter> current = readDeadLetters(store);
    for (const DeadLetter &letter : plan.accepted)
        if (std::find(current.begin(), current.end(), letter) == current.end())
            throw std::runtime_error("dead letters '" + store.path + "' changed since they were "
                                     "read: read them again; nothing was re-driven");
    if (!std::filesystem::is_directory(scratchDirectory))
        throw std::runtime_error("the scratch directory '" + scratchDirectory
                                 + "' does not exist");
    plan.pipeline = redrivePipeline(pipeline, writeScratchFiles(bySource, scratchDirectory));
    plan.markers = readSinkMarkers(plan.pipeline);
    return plan;
}

RedriveResult redriveDeadLetters(const Pipeline &pipeline, const DeadLetterStore &store,
                                 const std::vector<DeadLetter> &letters,
                                 const std::string &scratchDirectory, std::stop_token stop)
{
    RedrivePlan plan = planRedrive(pipeline, store, letters, scratchDirectory);
    RedriveResult result;
    result.refused = std::move(plan.refused);
    if (plan.accepted.empty())
        return result;
    try {
        result.run = runToEnd(plan.pipeline, stop);
    } catch (...) {
        restoreSinkMarkers(plan.markers);
        throw;
    }
    restoreSinkMarkers(plan.markers);
    removeDeadLetters(store, plan.accepted);
    result.redriven = plan.accepted.size();
    return result;
}

} // namespace weir
