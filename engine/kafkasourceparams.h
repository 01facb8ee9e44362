#pragma once

#include "pipeline.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weir {

// How a source.kafka gets its partitions: Assign reads every partition of its topics and
// its checkpoint owns the positions; Subscribe joins the consumer group, which splits the
// partitions among its members and whose committed offsets are where a member starts.
enum class KafkaGroupMode { Assign, Subscribe };

// The parameters of a source.kafka node, checked and with defaults applied.
struct KafkaSourceParams
{
    std::string bootstrapServers = "embedded"; // unresolved: "embedded" stays as written
    std::vector<std::string> topics;          // names, and regular expressions starting with ^
    std::string groupId;                     // default "weir-" + node id
    std::string startingOffsets = "latest";  // "earliest", "latest" or ISO-8601 text
    std::optional<int64_t> startingTimeMs;   // set when startingOffsets is a timestamp
    // starting_partition_offsets: "topic:partition" -> offset (-2 earliest, -1 latest),
    // overriding startingOffsets for those partitions.
    std::map<std::pair<std::string, int32_t>, int64_t> partitionStarts;
    // ending_partition_offsets: "topic:partition" -> the offset a trigger-once run (a
    // replay) stops before, when the partition's end is further.
    std::map<std::pair<std::string, int32_t>, int64_t> partitionEnds;
    bool commitOffsets = true;               // commit_offsets: the group follows the batches
    Json config = Json::object();            // librdkafka properties (checked by kafkaconfig)
    bool continueOnDataLoss = false;         // on_data_loss: "continue"
    bool allowInsecureTls = false;
    KafkaGroupMode groupMode = KafkaGroupMode::Assign;
    double maxRatePerPartition = 0;          // records/s per partition read, 0: no limit

    // Reads a node's params; throws PipelineError(nodeId, param, reason).
    static KafkaSourceParams fromJson(const std::string &nodeId, const Json &params);
};

} // namespace weir
