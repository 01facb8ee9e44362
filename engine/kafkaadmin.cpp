#include "kafkaadmin.h"

#include "kafkaadminutil.h"
#include "kafkaconfig.h"
#include "problem.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace weir {

using namespace kafkaadmin;

KafkaAdmin::KafkaAdmin(const std::string &bootstrapServers, const Json &config,
                       bool allowInsecureTls)
    : m_config(config.is_object() ? config : Json::object())
{
    Json params = {{"config", m_config}, {"allow_insecure_tls", allowInsecureTls}};
    if (std::vector<Problem> problems = checkKafkaConfig("kafka admin", params); !problems.empty())
        throw PipelineError(std::move(problems));
    m_bootstrap = resolveBootstrapServers(bootstrapServers);
    // A consumer handle: unlike a producer's, its metadata requests never auto-create a
    // topic that a browse request merely names.
    m_handle = newConsumer({});
}

KafkaAdmin::~KafkaAdmin()
{
    rd_kafka_destroy(m_handle);
}

rd_kafka_conf_s *KafkaAdmin::newConf(const std::string &groupId) const
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    std::string error = applyKafkaConfig(conf, m_config);
    const auto set = [&](const char *key, const std::string &value) {
        if (error.empty())
            error = setKafkaProperty(conf, key, value);
    };
    set("bootstrap.servers", m_bootstrap);
    set("log.connection.close", "false");
    set("enable.auto.commit", "false");
    set("enable.auto.offset.store", "false");
    set("allow.auto.create.topics", "false");
    // fetch() learns that a partition holds fewer records than its watermark promised.
    set("enable.partition.eof", "true");
    set("auto.offset.reset", "error");
    if (!groupId.empty())
        set("group.id", groupId);
    if (!error.empty()) {
        rd_kafka_conf_destroy(conf);
        throw std::runtime_error("kafka admin: " + error);
    }
    return conf;
}

rd_kafka_s *KafkaAdmin::newConsumer(const std::string &groupId) const
{
    rd_kafka_conf_t *conf = newConf(groupId);
    char reason[512];
    rd_kafka_t *handle = rd_kafka_new(RD_KAFKA_CONSUMER, conf, reason, sizeof(reason));
    if (!handle) {
        rd_kafka_conf_destroy(conf); // only freed by rd_kafka_new on success
        throw std::runtime_error(std::string("kafka admin: cannot create a client: ") + reason);
    }
    return handle;
}

PartitionWatermarks KafkaAdmin::watermarks(const std::string &topic, int32_t partition,
                                           int timeoutMs) const
{
    PartitionWatermarks marks;
    const rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(
        m_handle, topic.c_str(), partition, &marks.low, &marks.high, timeoutMs);
    if (err)
        throw std::runtime_error("cannot read the offsets of " + partitionName(topic, partition)
                                 + ": " + rd_kafka_err2str(err));
    return marks;
}

std::vector<TopicInfo> KafkaAdmin::listTopics(std::chrono::milliseconds timeout)
{
    const Deadline deadline(timeout);
    const rd_kafka_metadata_t *metadata = nullptr;
    const rd_kafka_resp_err_t err
        = rd_kafka_metadata(m_handle, 1, nullptr, &metadata, deadline.remainingMs());
    if (err)
        throw std::runtime_error(std::string("cannot list the topics of ") + m_bootstrap + ": "
                                 + rd_kafka_err2str(err));
    std::vector<TopicInfo> topics;
    for (int t = 0; t < metadata->topic_cnt; ++t) {
        const rd_kafka_metadata_topic_t &info = metadata->topics[t];
        if (info.err)
            continue; // listed but unusable (e.g. being deleted)
        TopicInfo &topic = topics.emplace_back();
        topic.name = info.topic;
        for (int p = 0; p < info.partition_cnt; ++p)
            topic.partitions.push_back({info.partitions[p].id, info.partitions[p].leader, 0, 0});
        std::sort(topic.partitions.begin(), topic.partitions.end(),
                  [](const PartitionInfo &a, const PartitionInfo &b) { return a.id < b.id; });
    }
    rd_kafka_metadata_destroy(metadata);
    std::sort(topics.begin(), topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    for (TopicInfo &topic : topics) {
        for (PartitionInfo &p : topic.partitions) {
            const PartitionWatermarks marks = watermarks(topic.name, p.id, deadline.remainingMs());
            p.low = marks.low;
            p.high = marks.high;
        }
    }
    return topics;
}

std::vector<GroupInfo> KafkaAdmin::listGroups(std::chrono::milliseconds timeout)
{
    const Deadline deadline(timeout);
    const rd_kafka_group_list *list = nullptr;
    const rd_kafka_resp_err_t err
        = rd_kafka_list_groups(m_handle, nullptr, &list, deadline.remainingMs());
    if (err)
        throw std::runtime_error(std::string("cannot list the consumer groups of ") + m_bootstrap
                                 + ": " + rd_kafka_err2str(err));
    std::vector<GroupInfo> groups;
    for (int i = 0; i < list->group_cnt; ++i) {
        const rd_kafka_group_info &info = list->groups[i];
        GroupInfo &group = groups.emplace_back();
        group.id = info.group;
        group.state = info.state ? info.state : "";
        group.members = info.member_cnt;
    }
    rd_kafka_group_list_destroy(list);
    std::sort(groups.begin(), groups.end(),
              [](const GroupInfo &a, const GroupInfo &b) { return a.id < b.id; });
    if (groups.empty())
        return groups;
    const std::vector<TopicInfo> topics
        = listTopics(std::chrono::milliseconds(deadline.remainingMs()));
    for (GroupInfo &group : groups)
        fillOffsets(group, topics, std::chrono::milliseconds(deadline.remainingMs()));
    return groups;
}

GroupInfo KafkaAdmin::groupOffsets(const std::string &groupId, std::chrono::milliseconds timeout)
{
    if (groupId.empty())
        throw std::invalid_argument("kafka admin: a group needs an id");
    const Deadline deadline(timeout);
    GroupInfo group;
    group.id = groupId;
    const std::vector<TopicInfo> topics
        = listTopics(std::chrono::milliseconds(deadline.remainingMs()));
    fillOffsets(group, topics, std::chrono::milliseconds(deadline.remainingMs()));
    return group;
}

// The group's committed offset of every partition of `topics` (OffsetFetch through a
// consumer that carries the group's id but never joins the group), keeping those with one.
void KafkaAdmin::fillOffsets(GroupInfo &group, const std::vector<TopicInfo> &topics,
                             std::chrono::milliseconds timeout) const
{
    std::map<std::pair<std::string, int32_t>, int64_t> highs;
    PartitionList wanted;
    for (const TopicInfo &topic : topics) {
        for (const PartitionInfo &p : topic.partitions) {
            rd_kafka_topic_partition_list_add(wanted.list, topic.name.c_str(), p.id);
            highs[{topic.name, p.id}] = p.high;
        }
    }
    if (wanted.list->cnt == 0)
        return;
    const ClientHandle consumer(newConsumer(group.id));
    const rd_kafka_resp_err_t err
        = rd_kafka_committed(consumer.handle, wanted.list, int(timeout.count()));
    if (err)
        throw std::runtime_error("cannot read the committed offsets of group '" + group.id
                                 + "': " + rd_kafka_err2str(err));
    for (int i = 0; i < wanted.list->cnt; ++i) {
        const rd_kafka_topic_partition_t &p = wanted.list->elems[i];
        if (p.err)
            throw std::runtime_error("cannot read the committed offset of group '" + group.id
                                     + "' for " + partitionName(p.topic, p.partition) + ": "
                                     + rd_kafka_err2str(p.err));
        if (p.offset < 0)
            continue; // nothing committed
        const int64_t high = highs[{p.topic, p.partition}];
        group.partitions.push_back(
            {p.topic, p.partition, p.offset, std::max<int64_t>(0, high - p.offset)});
    }
}

} // namespace weir
