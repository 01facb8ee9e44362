#include "replayplan.h"

#include "kafkaadmin.h"
#include "kafkasourceparams.h"
#include "sqlitedb.h"

#include <filesystem>
#include <fstream>
#include <map>

namespace weir {

namespace {

std::vector<std::string> topicsOf(const NodeSpec &node)
{
    std::vector<std::string> topics;
    const Json list = node.params.value("topics", Json::array());
    if (list.is_array())
        for (const Json &topic : list)
            if (topic.is_string())
                topics.push_back(topic.get<std::string>());
    return topics;
}

bool isPattern(const std::string &topic)
{
    return topic.starts_with("^");
}

// One cluster a replay reads from, and the topics its replay sources read there.
struct Cluster
{
    KafkaSourceParams params;
    std::set<std::string> topics;
};

std::map<std::string, Cluster> clustersOf(const Pipeline &pipeline,
                                          const std::set<std::string> &sources)
{
    std::map<std::string, Cluster> clusters; // bootstrap + config -> cluster
    std::map<std::string, std::string> clusterOfTopic;
    for (const std::string &id : sources) {
        const NodeSpec &node = *pipeline.node(id);
        KafkaSourceParams params = KafkaSourceParams::fromJson(id, node.params);
        const std::string key = params.bootstrapServers + "\n" + params.config.dump();
        Cluster &cluster = clusters.try_emplace(key, Cluster{params, {}}).first->second;
        for (const std::string &topic : topicsOf(node)) {
            if (isPattern(topic))
                continue;
            const auto [at, added] = clusterOfTopic.try_emplace(topic, key);
            if (!added && at->second != key)
                throw ReplayRangeError("topic '" + topic
                                       + "' is read from two clusters (sources with different "
                                         "bootstrap_servers or config): a replay cannot tell "
                                         "which one to replay");
            cluster.topics.insert(topic);
        }
    }
    return clusters;
}

Json partitionOffsets(const std::string &topic, const std::map<int32_t, OffsetRange> &partitions,
                      bool ends)
{
    Json offsets = Json::object();
    for (const auto &[partition, range] : partitions)
        offsets[topic + ":" + std::to_string(partition)] = ends ? range.to : range.from;
    return offsets;
}

void boundSource(NodeSpec &node, const ResolvedReplay &resolved)
{
    Json topics = Json::array();
    Json starts = Json::object();
    Json ends = Json::object();
    for (const std::string &topic : topicsOf(node)) {
        const auto found = resolved.find(topic);
        if (found == resolved.end())
            continue; // a pattern or a topic without offsets: nothing of it is read
        topics.push_back(topic);
        starts.update(partitionOffsets(topic, found->second, false));
        ends.update(partitionOffsets(topic, found->second, true));
    }
    node.params["topics"] = topics;
    node.params["starting_partition_offsets"] = starts;
    node.params["ending_partition_offsets"] = ends;
}

int64_t sqliteRows(const SinkRedirect &sink)
{
    SqliteDb db(sink.path, false);
    SqliteStatement exists(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                               "name = ?");
    exists.bind(1, std::string_view(sink.table));
    if (!exists.step() || exists.columnInt(0) == 0)
        return 0;
    SqliteStatement count(db, "SELECT COUNT(*) FROM " + sqlQuoteIdentifier(sink.table));
    return count.step() ? count.columnInt(0) : 0;
}

int64_t fileLines(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    int64_t lines = 0;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            ++lines;
    return lines;
}

} // namespace

std::set<std::string> replaySources(const Pipeline &pipeline,
                                    const std::vector<ReplayRange> &ranges)
{
    std::set<std::string> sources;
    for (const ReplayRange &range : ranges) {
        const std::vector<std::string> reading = kafkaSourcesReading(pipeline, range.topic);
        if (reading.empty())
            throw ReplayRangeError("replay range '" + range.toString() + "': no source.kafka of "
                                   + "pipeline '" + pipeline.name + "' reads topic '"
                                   + range.topic + "' (by name; patterns are not replayed)");
        sources.insert(reading.begin(), reading.end());
    }
    return sources;
}

ResolvedReplay resolvePipelineReplay(const Pipeline &pipeline,
                                     const std::vector<ReplayRange> &ranges,
                                     std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    ResolvedReplay resolved;
    for (const auto &[key, cluster] : clustersOf(pipeline, replaySources(pipeline, ranges))) {
        std::vector<ReplayRange> here;
        std::set<std::string> idle = cluster.topics;
        for (const ReplayRange &range : ranges) {
            if (cluster.topics.contains(range.topic)) {
                here.push_back(range);
                idle.erase(range.topic);
            }
        }
        KafkaAdmin admin(cluster.params.bootstrapServers, cluster.params.config,
                         cluster.params.allowInsecureTls);
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        resolved.merge(resolveReplay(here, admin, std::max(left, std::chrono::milliseconds(1)),
                                     idle));
    }
    return resolved;
}

ReplayPlan planReplay(const Pipeline &pipeline, const std::vector<ReplayRange> &ranges,
                      const ResolvedReplay &resolved, const std::string &sinkDirectory)
{
    ReplayPlan plan;
    plan.pipeline = pipeline;
    plan.sources = replaySources(pipeline, ranges);
    keepDownstreamOf(plan.pipeline, plan.sources);
    for (const std::string &id : plan.sources)
        boundSource(*plan.pipeline.node(id), resolved);
    makeBoundedDebugRun(plan.pipeline);
    plan.sinks = redirectSinks(plan.pipeline, sinkDirectory);
    return plan;
}

int64_t sinkRecordCount(const SinkRedirect &sink)
{
    if (!std::filesystem::exists(sink.path))
        return 0;
    return sink.type == "sink.sqlite" ? sqliteRows(sink) : fileLines(sink.path);
}

} // namespace weir
