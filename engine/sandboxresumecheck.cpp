#include "sandboxresumecheck.h"

#include "kafkaadmin.h"
#include "kafkaoffsets.h"

#include <map>
#include <stdexcept>

namespace weir {

namespace {

constexpr std::chrono::seconds kTimeout {10};

// topic -> partition -> high watermark, for the topics the source reads. A topic the
// sandbox does not have is absent (listTopics never creates one).
std::map<std::string, std::map<int32_t, int64_t>> sandboxEnds(const KafkaSourceParams &params)
{
    KafkaAdmin admin(params.bootstrapServers); // the sandbox needs no security settings
    std::map<std::string, std::map<int32_t, int64_t>> ends;
    for (const TopicInfo &topic : admin.listTopics(kTimeout)) {
        for (const PartitionInfo &partition : topic.partitions)
            ends[topic.name][partition.id] = partition.high;
    }
    return ends;
}

} // namespace

void checkSandboxResume(const KafkaSourceParams &params, const Positions &from)
{
    if (params.bootstrapServers != "embedded" || params.continueOnDataLoss)
        return;
    bool anyRead = false;
    for (const auto &[key, offset] : from)
        anyRead = anyRead || offset > 0;
    if (!anyRead)
        return;
    const auto ends = sandboxEnds(params);
    for (const auto &[key, offset] : from) {
        if (kafkaTopicIndex(key) >= params.topics.size())
            continue; // a topic the source no longer reads
        const std::string &topic = params.topics[kafkaTopicIndex(key)];
        if (topic.starts_with('^'))
            return; // patterns: the source's own data-loss check reports it when it opens
        const int32_t partition = kafkaPartition(key);
        int64_t end = 0;
        if (auto t = ends.find(topic); t != ends.end()) {
            if (auto p = t->second.find(partition); p != t->second.end())
                end = p->second;
        }
        if (offset <= end)
            continue;
        throw std::runtime_error(
            "the checkpoint resumes topic '" + topic + "' partition " + std::to_string(partition)
            + " at offset " + std::to_string(offset) + ", but the embedded sandbox broker holds "
            + std::to_string(end) + " record(s) there: it runs inside this process and forgets "
              "every record when the process exits. Delete the checkpoint to start over, or run "
              "a sandbox that outlives the pipeline (weir-broker --topic " + topic + ":4) and set "
              "bootstrap_servers to its address");
    }
}

} // namespace weir
