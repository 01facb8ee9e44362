#pragma once

#include "pipeline.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace weir {

// The parameters of a source.kafka node, checked and with defaults applied.
struct KafkaSourceParams
{
    std::string bootstrapServers = "embedded"; // unresolved: "embedded" stays as written
    std::vector<std::string> topics;
    std::string groupId;                     // default "weir-" + node id
    std::string startingOffsets = "latest";  // "earliest", "latest" or ISO-8601 text
    std::optional<int64_t> startingTimeMs;   // set when startingOffsets is a timestamp
    Json config = Json::object();            // librdkafka properties (checked by kafkaconfig)
    bool continueOnDataLoss = false;         // on_data_loss: "continue"
    bool allowInsecureTls = false;

    // Reads a node's params; throws PipelineError(nodeId, param, reason).
    static KafkaSourceParams fromJson(const std::string &nodeId, const Json &params);
};

} // namespace weir
