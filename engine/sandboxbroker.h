#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct rd_kafka_s;
struct rd_kafka_mock_cluster_s;

namespace weir {

// The embedded sandbox broker: librdkafka's mock cluster, which speaks the real Kafka wire
// protocol on loopback ports and keeps everything in memory. Any Kafka client (kcat,
// kafka-python, Weir's own source and sink) can use bootstrapServers().
//
// Honest limits (librdkafka 2.0.2's mock):
//  - in memory only; each partition keeps at most 5 MiB or 100,000 message sets, older
//    ones are dropped (the log start offset moves on);
//  - plaintext only: no SASL, no TLS;
//  - no CreateTopics admin request: create topics with createTopic(). Otherwise the mock
//    auto-creates a topic, always with its built-in 4 partitions (not defaultPartitions),
//    as soon as any Metadata request names it and allows auto-creation: producers (kcat,
//    kafka-python) do so by default, and so does a mere `kcat -L -t NAME`.
//
// Thread-safe after construction: the mock runs on its own librdkafka thread.
class SandboxBroker
{
public:
    explicit SandboxBroker(int brokers = 1, int defaultPartitions = 3);
    ~SandboxBroker();

    SandboxBroker(const SandboxBroker &) = delete;
    SandboxBroker &operator=(const SandboxBroker &) = delete;

    // "127.0.0.1:PORT[,127.0.0.1:PORT...]": one listener per broker.
    std::string bootstrapServers() const;
    int brokerCount() const { return m_brokers; }
    int defaultPartitions() const { return m_defaultPartitions; }

    // Creates a topic; partitions <= 0 means defaultPartitions(). Throws std::runtime_error
    // when the mock refuses (e.g. the topic exists already).
    void createTopic(const std::string &name, int partitions);
    void createTopic(const std::string &name) { createTopic(name, m_defaultPartitions); }

    // Fault injection, for tests. Broker ids are 1..brokerCount(); error codes are Kafka
    // protocol error codes (rd_kafka_resp_err_t values, e.g. 6 NOT_LEADER_FOR_PARTITION,
    // 7 REQUEST_TIMED_OUT); apiKey is a Kafka request type (1 Fetch, 2 ListOffsets,
    // 3 Metadata, 8 OffsetCommit). Each throws std::runtime_error when the mock refuses.
    //
    // The next errors.size() requests of type apiKey, to any broker, fail with these errors
    // in order (0 lets one through).
    void pushRequestErrors(int16_t apiKey, const std::vector<int> &errors);
    // Forgets errors pushed for apiKey that no request consumed yet.
    void clearRequestErrors(int16_t apiKey);
    // Down: the broker closes its connections and refuses new ones (its partitions stay
    // led by it, so they are unavailable until it is up again).
    void setBrokerDown(int32_t broker, bool down);
    // Makes `broker` the leader of one partition of a topic.
    void setPartitionLeader(const std::string &topic, int32_t partition, int32_t broker);
    // Makes `broker` the coordinator of a consumer group (or of a transactional id, when
    // `type` is "transaction").
    void setCoordinator(const std::string &group, int32_t broker,
                        const std::string &type = "group");
    // Adds latency to every response of one broker.
    void setBrokerRtt(int32_t broker, int rttMs);

    // The process-wide sandbox used by `bootstrap.servers: embedded`, started on first use
    // and kept until the process ends.
    static std::shared_ptr<SandboxBroker> shared();
    // Sets the broker count and default partition count shared() starts with (1 and 3
    // unless set). Throws std::runtime_error once the shared sandbox runs with others.
    static void configureShared(int brokers, int defaultPartitions);

private:
    int m_brokers;
    int m_defaultPartitions;
    rd_kafka_s *m_handle = nullptr;              // dedicated producer handle owning the mock
    rd_kafka_mock_cluster_s *m_cluster = nullptr;
};

} // namespace weir
