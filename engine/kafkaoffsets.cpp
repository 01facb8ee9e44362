#include "kafkaoffsets.h"

#include <stdexcept>

namespace weir {

int32_t kafkaPositionKey(size_t topicIndex, int32_t partition)
{
    if (partition < 0 || partition >= kKafkaPartitionsPerTopic
        || topicIndex >= size_t(INT32_MAX / kKafkaPartitionsPerTopic))
        throw std::runtime_error("partition " + std::to_string(partition) + " of topic #"
                                 + std::to_string(topicIndex)
                                 + " is out of the supported range (0 to 65535)");
    return int32_t(topicIndex) * kKafkaPartitionsPerTopic + partition;
}

size_t kafkaTopicIndex(int32_t key)
{
    return size_t(key / kKafkaPartitionsPerTopic);
}

int32_t kafkaPartition(int32_t key)
{
    return key % kKafkaPartitionsPerTopic;
}

KafkaResumeOffset kafkaResumeOffset(const std::string &topic, int32_t partition,
                                    int64_t position, int64_t low, int64_t high,
                                    bool continueOnLoss, bool inProcessSandbox)
{
    if (position >= low && position <= high)
        return {position, 0};
    const std::string where = "topic '" + topic + "' partition " + std::to_string(partition);
    if (position < low) {
        if (continueOnLoss)
            return {low, uint64_t(low - position)};
        throw std::runtime_error(
            "data loss on " + where + ": offsets " + std::to_string(position) + " to "
            + std::to_string(low - 1) + " (" + std::to_string(low - position)
            + " records) were deleted by retention before they were read; set on_data_loss "
              "to \"continue\" to skip them");
    }
    if (continueOnLoss)
        return {low, 0};
    if (inProcessSandbox)
        throw std::runtime_error(
            "the checkpoint resumes " + where + " at offset " + std::to_string(position)
            + ", but the embedded sandbox broker holds " + std::to_string(high)
            + " record(s) there: it runs inside this process and forgets every record when the "
              "process exits. Delete the checkpoint to start over, or run a sandbox that outlives "
              "the pipeline (weir-broker --topic "
            + topic + ":4) and set bootstrap_servers to its address");
    throw std::runtime_error("data loss on " + where + ": the position to resume from ("
                             + std::to_string(position)
                             + ") is beyond the end of the partition (offset "
                             + std::to_string(high)
                             + "); was the topic deleted and recreated? Set on_data_loss to "
                               "\"continue\" to read it again from offset "
                             + std::to_string(low));
}

} // namespace weir
