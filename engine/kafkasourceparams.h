#pragma once

#include "pipeline.h"

#include <cstdint>
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
    Json config = Json::object();            // librdkafka properties (checked by kafkaconfig)
    bool continueOnDataLoss = false;         // on_data_loss: "continue"
    bool allowInsecureTls = false;
    KafkaGroupMode groupMode = KafkaGroupMode::Assign;
    double maxRatePerPartition = 0;          // records/s per partition read, 0: no limit

    // Reads a node's params; throws PipelineError(nodeId, param, reason).
    static KafkaSourceParams fromJson(const std::string &nodeId, const Json &params);
};

} // namespace weir
