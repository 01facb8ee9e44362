#include "sandboxbroker.h"

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <mutex>
#include <stdexcept>

namespace weir {

namespace {

[[noreturn]] void fail(const std::string &reason)
{
    throw std::runtime_error("sandbox broker: " + reason);
}

// A producer handle that exists only to own the mock cluster; it never connects anywhere,
// so its log is quietened (it would otherwise warn that it has no bootstrap.servers).
rd_kafka_t *newHostHandle()
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (rd_kafka_conf_set(conf, "log_level", "0", errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
        rd_kafka_conf_destroy(conf);
        fail(errstr);
    }
    rd_kafka_t *handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
    if (!handle)
        fail(std::string("cannot create the host handle: ") + errstr); // conf freed by librdkafka
    return handle;
}

} // namespace

SandboxBroker::SandboxBroker(int brokers, int defaultPartitions)
    : m_brokers(brokers)
    , m_defaultPartitions(defaultPartitions)
{
    if (brokers < 1)
        fail("needs at least one broker, got " + std::to_string(brokers));
    if (defaultPartitions < 1)
        fail("needs at least one partition per topic, got " + std::to_string(defaultPartitions));
    m_handle = newHostHandle();
    m_cluster = rd_kafka_mock_cluster_new(m_handle, brokers);
    if (!m_cluster) {
        rd_kafka_destroy(m_handle);
        fail("cannot start the mock cluster (no free loopback port?)");
    }
}

SandboxBroker::~SandboxBroker()
{
    rd_kafka_mock_cluster_destroy(m_cluster);
    rd_kafka_destroy(m_handle);
}

std::string SandboxBroker::bootstrapServers() const
{
    return rd_kafka_mock_cluster_bootstraps(m_cluster);
}

void SandboxBroker::createTopic(const std::string &name, int partitions)
{
    if (name.empty())
        fail("a topic needs a name");
    if (partitions <= 0)
        partitions = m_defaultPartitions;
    const rd_kafka_resp_err_t err =
        rd_kafka_mock_topic_create(m_cluster, name.c_str(), partitions, 1);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("cannot create topic '" + name + "': " + rd_kafka_err2str(err));
}

void SandboxBroker::pushRequestErrors(int16_t apiKey, const std::vector<int> &errors)
{
    if (errors.empty())
        return;
    std::vector<rd_kafka_resp_err_t> codes;
    codes.reserve(errors.size());
    for (const int error : errors)
        codes.push_back(static_cast<rd_kafka_resp_err_t>(error));
    rd_kafka_mock_push_request_errors_array(m_cluster, apiKey, codes.size(), codes.data());
}

void SandboxBroker::clearRequestErrors(int16_t apiKey)
{
    rd_kafka_mock_clear_request_errors(m_cluster, apiKey);
}

void SandboxBroker::setBrokerDown(int32_t broker, bool down)
{
    if (broker < 1 || broker > m_brokers)
        fail("no broker " + std::to_string(broker) + " (the sandbox has brokers 1 to "
             + std::to_string(m_brokers) + ")");
    const rd_kafka_resp_err_t err = down ? rd_kafka_mock_broker_set_down(m_cluster, broker)
                                         : rd_kafka_mock_broker_set_up(m_cluster, broker);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("cannot set broker " + std::to_string(broker) + (down ? " down: " : " up: ")
             + rd_kafka_err2str(err));
}

void SandboxBroker::setPartitionLeader(const std::string &topic, int32_t partition,
                                       int32_t broker)
{
    const rd_kafka_resp_err_t err =
        rd_kafka_mock_partition_set_leader(m_cluster, topic.c_str(), partition, broker);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("cannot make broker " + std::to_string(broker) + " the leader of " + topic + "["
             + std::to_string(partition) + "]: " + rd_kafka_err2str(err));
}

void SandboxBroker::setCoordinator(const std::string &group, int32_t broker,
                                   const std::string &type)
{
    const rd_kafka_resp_err_t err =
        rd_kafka_mock_coordinator_set(m_cluster, type.c_str(), group.c_str(), broker);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("cannot make broker " + std::to_string(broker) + " the " + type
             + " coordinator of '" + group + "': " + rd_kafka_err2str(err));
}

void SandboxBroker::setBrokerRtt(int32_t broker, int rttMs)
{
    const rd_kafka_resp_err_t err = rd_kafka_mock_broker_set_rtt(m_cluster, broker, rttMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("cannot set the round-trip time of broker " + std::to_string(broker) + ": "
             + rd_kafka_err2str(err));
}

namespace {

struct SharedSandbox
{
    std::mutex mutex;
    std::shared_ptr<SandboxBroker> broker;
    int brokers = 1;
    int partitions = 3;
};

SharedSandbox &sharedSandbox()
{
    static SharedSandbox sandbox;
    return sandbox;
}

} // namespace

std::shared_ptr<SandboxBroker> SandboxBroker::shared()
{
    SharedSandbox &s = sharedSandbox();
    const std::lock_guard lock(s.mutex);
    if (!s.broker)
        s.broker = std::make_shared<SandboxBroker>(s.brokers, s.partitions);
    return s.broker;
}

void SandboxBroker::configureShared(int brokers, int defaultPartitions)
{
    if (brokers < 1 || defaultPartitions < 1)
        throw std::runtime_error("the sandbox needs at least one broker and one partition");
    SharedSandbox &s = sharedSandbox();
    const std::lock_guard lock(s.mutex);
    if (s.broker
        && (s.broker->brokerCount() != brokers
            || s.broker->defaultPartitions() != defaultPartitions))
        throw std::runtime_error("the embedded sandbox broker is already running with "
                                 + std::to_string(s.broker->brokerCount()) + " broker(s)");
    s.brokers = brokers;
    s.partitions = defaultPartitions;
}

} // namespace weir
