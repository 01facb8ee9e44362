#pragma once

#include <memory>
#include <string>

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

    // The process-wide sandbox used by `bootstrap.servers: embedded`, started on first use
    // and kept until the process ends.
    static std::shared_ptr<SandboxBroker> shared();

private:
    int m_brokers;
    int m_defaultPartitions;
    rd_kafka_s *m_handle = nullptr;              // dedicated producer handle owning the mock
    rd_kafka_mock_cluster_s *m_cluster = nullptr;
};

} // namespace weir
