#include "kafkasourceparams.h"

#include "kafkaconfig.h"
#include "problem.h"
#include "timestamp.h"

#include <regex>
#include <set>

namespace weir {

namespace {

const Json *findParam(const Json &params, const char *name)
{
    const auto it = params.find(name);
    return it == params.end() || it->is_null() ? nullptr : &*it;
}

std::string stringParam(const std::string &nodeId, const Json &params, const char *name,
                        std::string fallback)
{
    const Json *value = findParam(params, name);
    if (!value)
        return fallback;
    if (!value->is_string() || value->get<std::string>().empty())
        throw PipelineError(nodeId, name, "must be a non-empty string");
    return value->get<std::string>();
}

std::vector<std::string> topicsParam(const std::string &nodeId, const Json &params)
{
    const Json *value = findParam(params, "topics");
    if (!value || !value->is_array() || value->empty())
        throw PipelineError(nodeId, "topics", "a list of at least one topic name is required");
    std::vector<std::string> topics;
    std::set<std::string> seen;
    for (const Json &topic : *value) {
        if (!topic.is_string() || topic.get<std::string>().empty())
            throw PipelineError(nodeId, "topics", "topic names must be non-empty strings");
        const std::string &name = topic.get<std::string>();
        if (name.starts_with('^')) {
            try {
                std::regex check(name, std::regex::extended);
            } catch (const std::regex_error &e) {
                throw PipelineError(nodeId, "topics",
                                    "\"" + name + "\" is not a valid regular expression: "
                                        + e.what());
            }
        }
        if (!seen.insert(topic.get<std::string>()).second)
            throw PipelineError(nodeId, "topics",
                                "topic '" + topic.get<std::string>() + "' is listed twice");
        topics.push_back(topic.get<std::string>());
    }
    return topics;
}

void readStartingOffsets(const std::string &nodeId, const Json &params, KafkaSourceParams &p)
{
    p.startingOffsets = stringParam(nodeId, params, "starting_offsets", "latest");
    if (p.startingOffsets == "earliest" || p.startingOffsets == "latest")
        return;
    p.startingTimeMs = parseTimestampMs(p.startingOffsets);
    if (!p.startingTimeMs || *p.startingTimeMs < 0)
        throw PipelineError(nodeId, "starting_offsets",
                            "must be \"earliest\", \"latest\" or an ISO-8601 time such as "
                            "\"2024-05-01T12:00:00Z\", not \""
                                + p.startingOffsets + "\"");
}

// "topic:partition" -> offset, for starting_ and ending_partition_offsets.
void readPartitionOffsets(const std::string &nodeId, const Json &params, const char *param,
                          int64_t minimum, const std::string &meaning,
                          std::map<std::pair<std::string, int32_t>, int64_t> &into)
{
    const Json *offsets = findParam(params, param);
    if (!offsets)
        return;
    if (!offsets->is_object())
        throw PipelineError(nodeId, param,
                            "must be an object of \"topic:partition\" -> offset, e.g. "
                            "{\"events:0\": 1200}");
    for (const auto &[key, offset] : offsets->items()) {
        const size_t colon = key.rfind(':');
        int32_t partition = -1;
        if (colon != std::string::npos && colon > 0 && colon + 1 < key.size()) {
            try {
                size_t used = 0;
                partition = std::stoi(key.substr(colon + 1), &used);
                if (used != key.size() - colon - 1)
                    partition = -1;
            } catch (const std::exception &) {
                partition = -1;
            }
        }
        if (partition < 0)
            throw PipelineError(nodeId, param,
                                "\"" + key + "\" is not \"topic:partition\", e.g. \"events:0\"");
        if (!offset.is_number_integer() || offset.get<int64_t>() < minimum)
            throw PipelineError(nodeId, param, "\"" + key + "\": " + meaning);
        into[{key.substr(0, colon), partition}] = offset.get<int64_t>();
    }
}

void readPartitionOffsets(const std::string &nodeId, const Json &params, KafkaSourceParams &p)
{
    readPartitionOffsets(nodeId, params, "starting_partition_offsets", -2,
                         "the offset must be an integer, -2 for the earliest or -1 for the "
                         "latest record",
                         p.partitionStarts);
    readPartitionOffsets(nodeId, params, "ending_partition_offsets", 0,
                         "the offset must be an integer, 0 or more", p.partitionEnds);
}

void readConfig(const std::string &nodeId, const Json &params, KafkaSourceParams &p)
{
    if (const Json *tls = findParam(params, "allow_insecure_tls")) {
        if (!tls->is_boolean())
            throw PipelineError(nodeId, "allow_insecure_tls", "must be true or false");
        p.allowInsecureTls = tls->get<bool>();
    }
    const Json *config = findParam(params, "config");
    if (!config)
        return;
    if (!config->is_object())
        throw PipelineError(nodeId, "config", "must be an object of librdkafka properties");
    for (const auto &[key, value] : config->items()) {
        if (!value.is_string() && !value.is_number() && !value.is_boolean())
            throw PipelineError(nodeId, "config." + key, "must be a string");
    }
    std::vector<Problem> problems = checkKafkaConfig(nodeId, params);
    if (!problems.empty())
        throw PipelineError(std::move(problems));
    p.config = *config;
}

} // namespace

KafkaSourceParams KafkaSourceParams::fromJson(const std::string &nodeId, const Json &params)
{
    if (!params.is_object())
        throw PipelineError(nodeId, "", "parameters must be a JSON object");
    KafkaSourceParams p;
    p.bootstrapServers = stringParam(nodeId, params, "bootstrap_servers", "embedded");
    p.topics = topicsParam(nodeId, params);
    p.groupId = stringParam(nodeId, params, "group_id", "weir-" + nodeId);
    readStartingOffsets(nodeId, params, p);
    readPartitionOffsets(nodeId, params, p);
    readConfig(nodeId, params, p);
    const std::string loss = stringParam(nodeId, params, "on_data_loss", "fail");
    if (loss != "fail" && loss != "continue")
        throw PipelineError(nodeId, "on_data_loss", "must be \"fail\" or \"continue\"");
    p.continueOnDataLoss = loss == "continue";
    const std::string mode = stringParam(nodeId, params, "group_mode", "assign");
    if (mode != "assign" && mode != "subscribe")
        throw PipelineError(nodeId, "group_mode", "must be \"assign\" or \"subscribe\"");
    p.groupMode = mode == "subscribe" ? KafkaGroupMode::Subscribe : KafkaGroupMode::Assign;
    if (const Json *commit = findParam(params, "commit_offsets")) {
        if (!commit->is_boolean())
            throw PipelineError(nodeId, "commit_offsets", "must be true or false");
        p.commitOffsets = commit->get<bool>();
    }
    if (!p.commitOffsets && p.groupMode == KafkaGroupMode::Subscribe)
        throw PipelineError(nodeId, "commit_offsets",
                            "must be true with group_mode \"subscribe\": the group's members "
                            "hand partitions over at its committed offsets");
    if (const Json *rate = findParam(params, "max_rate_per_partition")) {
        if (!rate->is_number() || rate->get<double>() < 0)
            throw PipelineError(nodeId, "max_rate_per_partition",
                                "must be a number of records per second, 0 or more");
        p.maxRatePerPartition = rate->get<double>();
    }
    return p;
}

} // namespace weir
