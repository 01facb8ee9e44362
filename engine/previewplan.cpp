#include "previewplan.h"

#include "noderegistry.h"
#include "problem.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <regex>
#include <set>
#include <stdexcept>

namespace weir {

namespace fs = std::filesystem;

namespace {

bool isSink(const NodeSpec &node)
{
    return node.type.starts_with("sink.");
}

fs::path freshFolder(const std::string &directory, const char *name)
{
    if (!fs::is_directory(directory))
        throw std::runtime_error("the preview directory '" + directory + "' does not exist");
    const fs::path folder = fs::path(directory) / name;
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

bool insidePreviewFolders(const std::string &file, const std::string &directory)
{
    const fs::path path = fs::weakly_canonical(file);
    for (const char *folder : {"samples", "sinks", "taps"}) {
        const fs::path owned = fs::weakly_canonical(fs::path(directory) / folder);
        const auto [end, _] = std::mismatch(owned.begin(), owned.end(), path.begin(), path.end());
        if (end == owned.end())
            return true;
    }
    return false;
}

// Copies the first `records` non-empty lines of `from` (the records source.file reads).
void copyFirstRecords(const std::string &from, const fs::path &to, int64_t records)
{
    std::ifstream in(from, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read '" + from + "': " + std::strerror(errno));
    std::ofstream out(to, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot write '" + to.string() + "': " + std::strerror(errno));
    std::string line;
    for (int64_t copied = 0; copied < records && std::getline(in, line);) {
        if (line.empty() || line == "\r")
            continue;
        out << line << '\n';
        ++copied;
    }
    if (!out.flush())
        throw std::runtime_error("cannot write '" + to.string() + "'");
}

void previewGenerator(NodeSpec &node, int64_t records)
{
    const int64_t count = node.params.value("count", int64_t(0));
    const double rate = node.params.value("rate", 10000.0);
    // The event clock keeps the pace it has in a real run; only wall-clock pacing goes.
    if (node.params.value("time_rate", 0.0) == 0 && rate > 0)
        node.params["time_rate"] = rate;
    node.params["rate"] = 0;
    node.params["count"] = count > 0 ? std::min(count, records) : records;
}

void previewFile(NodeSpec &node, const std::string &file, const fs::path &samples,
                 int64_t records)
{
    const fs::path sample = samples / (previewFileName(node.id) + ".ndjson");
    copyFirstRecords(file, sample, records);
    node.type = "source.file";
    node.params = Json{{"path", sample.string()}};
}

bool topicMatches(const std::string &wanted, const std::string &topic)
{
    if (!wanted.starts_with("^"))
        return wanted == topic;
    return !topic.starts_with("__")
           && std::regex_search(topic, std::regex(wanted, std::regex::extended));
}

// The partitions of the topics a Kafka source reads; the names of listed topics that do
// not exist go to `missing`.
std::vector<std::pair<std::string, PartitionInfo>> partitionsRead(
    const NodeSpec &node, const std::vector<TopicInfo> &topics, std::vector<std::string> &missing)
{
    std::vector<std::pair<std::string, PartitionInfo>> partitions;
    for (const Json &wanted : node.params.value("topics", Json::array())) {
        const std::string name = wanted.is_string() ? wanted.get<std::string>() : "";
        bool found = false;
        for (const TopicInfo &topic : topics) {
            if (!topicMatches(name, topic.name))
                continue;
            found = true;
            for (const PartitionInfo &p : topic.partitions)
                partitions.emplace_back(topic.name, p);
        }
        if (!found && !name.starts_with("^"))
            missing.push_back(name);
    }
    return partitions;
}

// A Kafka source reads its first N records, spread over its partitions; one that would fail
// for a missing topic reads an empty file instead (with a note).
void previewKafka(PreviewPlan &plan, NodeSpec &node, const std::vector<TopicInfo> &topics,
                  const fs::path &samples, int64_t records)
{
    std::vector<std::string> missing;
    const auto partitions = partitionsRead(node, topics, missing);
    if (!missing.empty()) {
        plan.notes.push_back("source '" + node.id + "': topic '" + missing.front()
                             + "' does not exist: the preview reads nothing from this source");
        const fs::path empty = samples / (previewFileName(node.id) + ".ndjson");
        std::ofstream(empty, std::ios::trunc).flush();
        node.type = "source.file";
        node.params = Json{{"path", empty.string()}};
        return;
    }
    std::vector<int64_t> available;
    for (const auto &[topic, p] : partitions)
        available.push_back(std::max<int64_t>(0, p.high - p.low));
    const std::vector<int64_t> taken = spreadOverPartitions(records, available);
    Json starts = Json::object(), ends = Json::object();
    for (size_t i = 0; i < partitions.size(); ++i) {
        const std::string key = partitions[i].first + ":" + std::to_string(partitions[i].second.id);
        starts[key] = partitions[i].second.low;
        ends[key] = partitions[i].second.low + taken[i];
    }
    node.params["starting_partition_offsets"] = starts;
    node.params["ending_partition_offsets"] = ends;
    node.params.erase("max_rate");
    node.params.erase("max_rate_per_partition");
}

std::string uniqueId(const Pipeline &pipeline, const std::string &wanted)
{
    std::string id = wanted;
    for (int n = 2; pipeline.node(id); ++n)
        id = wanted + "#" + std::to_string(n);
    return id;
}

void addTaps(PreviewPlan &plan, const fs::path &folder)
{
    std::vector<NodeSpec> tapped = plan.pipeline.nodes;
    for (const NodeSpec &node : tapped) {
        const NodeTypeInfo *type = NodeRegistry::instance().find(node.type);
        if (!type || isSink(node))
            continue;
        for (const PortInfo &port : type->outputs) {
            PreviewTap tap{node.id, port.name,
                           uniqueId(plan.pipeline, "preview.tap:" + node.id + ":" + port.name),
                           (folder / (previewFileName(node.id) + "." + port.name + ".ndjson"))
                               .string()};
            plan.pipeline.nodes.push_back({tap.tapId, "sink.file", Json{{"path", tap.path}}, {}});
            plan.pipeline.edges.push_back({node.id, port.name, tap.tapId});
            plan.taps.push_back(std::move(tap));
        }
    }
}

} // namespace

std::vector<int64_t> spreadOverPartitions(int64_t records, const std::vector<int64_t> &available)
{
    // Water filling: the partitions holding least are served first, each with an equal share
    // of what is left, so what a small partition cannot give goes to the larger ones.
    std::vector<size_t> order(available.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return available[a] < available[b]; });
    std::vector<int64_t> taken(available.size(), 0);
    int64_t left = std::max<int64_t>(0, records);
    for (size_t i = 0; i < order.size(); ++i) {
        const int64_t remaining = int64_t(order.size() - i);
        const int64_t share = (left + remaining - 1) / remaining;
        taken[order[i]] = std::min(std::max<int64_t>(0, available[order[i]]), share);
        left -= taken[order[i]];
    }
    return taken;
}

std::string previewFileName(const std::string &nodeId)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string name;
    for (const char c : nodeId) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '.' || c == '_' || c == '-') {
            name += c;
        } else {
            name += '%';
            name += kHex[byte >> 4];
            name += kHex[byte & 15];
        }
    }
    return name;
}

PreviewPlan planPreview(const Pipeline &pipeline, const PreviewOptions &options,
                        const KafkaTopics &topics)
{
    if (options.records < 1)
        throw std::runtime_error("a preview reads at least one record per source");
    PreviewPlan plan{pipeline, pipeline, options.directory, {}, {}, {}};
    if (!options.sampleFile.empty()) {
        const NodeSpec *source = pipeline.node(options.sampleSource);
        if (!source || !source->type.starts_with("source."))
            throw PipelineError(options.sampleSource, "",
                                "the sample file must replace a source of the pipeline");
        if (insidePreviewFolders(options.sampleFile, options.directory))
            throw std::runtime_error("the sample file '" + options.sampleFile
                                     + "' lies in a folder the preview empties: move it out");
    }
    const fs::path samples = freshFolder(options.directory, "samples");
    const fs::path sinks = freshFolder(options.directory, "sinks");
    const fs::path taps = freshFolder(options.directory, "taps");
    const int64_t records = options.records;
    for (NodeSpec &node : plan.pipeline.nodes) {
        if (!options.sampleFile.empty() && node.id == options.sampleSource) {
            previewFile(node, options.sampleFile, samples, records);
        } else if (node.type == "source.generator") {
            previewGenerator(node, records);
        } else if (node.type == "source.file") {
            previewFile(node, node.params.value("path", std::string()), samples, records);
        } else if (node.type == "source.kafka") {
            const auto it = topics.find(node.id);
            if (it == topics.end())
                throw PipelineError(node.id, "", "the preview got no topics for this source");
            previewKafka(plan, node, it->second, samples, records);
        }
    }
    plan.sinks = redirectSinks(plan.pipeline, sinks.string());
    addTaps(plan, taps);
    makeBoundedDebugRun(plan.pipeline);
    return plan;
}

} // namespace weir
