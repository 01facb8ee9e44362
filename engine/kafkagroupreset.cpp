// KafkaAdmin::previewReset() / applyReset(): moving a consumer group's committed offsets.
//
// Detecting active members. A real broker answers DescribeGroups (rd_kafka_list_groups
// with a group name) with the member count. librdkafka 2.0.2's mock cluster (the sandbox)
// has no ListGroups nor DescribeGroups handler, so there the commit itself is the probe:
// a commit from outside the group carries generation -1 and no member id, and the broker
// accepts it only from a group without members. Otherwise it answers UNKNOWN_MEMBER_ID
// (REBALANCE_IN_PROGRESS or ILLEGAL_GENERATION while rebalancing) for every partition at
// once, so nothing is committed. Real brokers behave the same way for an Empty group; the
// mock, though, keeps a group's state once any consumer joined it and goes on refusing
// outside commits after its members left (until the sandbox restarts).
#include "kafkaadmin.h"

#include "kafkaadminutil.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <stdexcept>

namespace weir {

using namespace kafkaadmin;

namespace {

std::vector<int32_t> topicPartitions(rd_kafka_t *handle, const std::string &topic, int timeoutMs)
{
    // All topics: a Metadata request naming a missing topic may create it (see kafkafetch.cpp).
    const rd_kafka_metadata_t *metadata = nullptr;
    if (const rd_kafka_resp_err_t err = rd_kafka_metadata(handle, 1, nullptr, &metadata, timeoutMs))
        throw std::runtime_error("cannot read the partitions of topic '" + topic
                                 + "': " + rd_kafka_err2str(err));
    std::vector<int32_t> ids;
    bool found = false;
    for (int t = 0; t < metadata->topic_cnt; ++t) {
        const rd_kafka_metadata_topic_t &info = metadata->topics[t];
        if (topic != info.topic || info.err)
            continue;
        found = true;
        for (int p = 0; p < info.partition_cnt; ++p)
            ids.push_back(info.partitions[p].id);
    }
    rd_kafka_metadata_destroy(metadata);
    if (!found)
        throw std::runtime_error("topic '" + topic + "' does not exist");
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<int32_t> chosenPartitions(const OffsetResetPlan &plan,
                                      const std::vector<int32_t> &existing)
{
    std::vector<int32_t> chosen;
    if (plan.kind == OffsetResetPlan::Kind::Explicit) {
        for (const auto &[partition, offset] : plan.offsets)
            chosen.push_back(partition);
    } else {
        chosen = plan.partitions.empty() ? existing : plan.partitions;
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    for (int32_t p : chosen)
        if (!std::binary_search(existing.begin(), existing.end(), p))
            throw std::runtime_error("topic '" + plan.topic + "' has no partition "
                                     + std::to_string(p));
    if (chosen.empty())
        throw std::invalid_argument("an offset reset of group '" + plan.group
                                    + "' needs at least one partition");
    return chosen;
}

bool isMembershipError(rd_kafka_resp_err_t err)
{
    return err == RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID
        || err == RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS
        || err == RD_KAFKA_RESP_ERR_ILLEGAL_GENERATION;
}

std::runtime_error activeMembersError(const std::string &group, int members)
{
    const std::string count = members > 0 ? std::to_string(members) + " active member(s)"
                                          : "active members (the broker does not say how many)";
    return std::runtime_error("cannot reset the offsets of group '" + group + "': it has " + count
                              + "; stop its consumers first");
}

// Throws when DescribeGroups reports members. Returns quietly when the broker cannot tell
// (the sandbox), leaving the commit to refuse.
void requireNoMembersListed(rd_kafka_t *handle, const std::string &group, int timeoutMs)
{
    const rd_kafka_group_list *list = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_list_groups(handle, group.c_str(), &list, timeoutMs);
    if (err)
        return;
    int members = 0;
    for (int i = 0; i < list->group_cnt; ++i)
        if (!list->groups[i].err)
            members += list->groups[i].member_cnt;
    rd_kafka_group_list_destroy(list);
    if (members > 0)
        throw activeMembersError(group, members);
}

} // namespace

std::vector<OffsetResetRow> KafkaAdmin::previewReset(const OffsetResetPlan &plan,
                                                     std::chrono::milliseconds timeout)
{
    if (plan.group.empty())
        throw std::invalid_argument("an offset reset needs a group id");
    const Deadline deadline(timeout);
    const std::vector<int32_t> partitions
        = chosenPartitions(plan, topicPartitions(m_handle, plan.topic, deadline.remainingMs()));

    PartitionList committed;
    for (int32_t p : partitions)
        rd_kafka_topic_partition_list_add(committed.list, plan.topic.c_str(), p);
    {
        const ClientHandle consumer(newConsumer(plan.group));
        const rd_kafka_resp_err_t err
            = rd_kafka_committed(consumer.handle, committed.list, deadline.remainingMs());
        if (err)
            throw std::runtime_error("cannot read the committed offsets of group '" + plan.group
                                     + "': " + rd_kafka_err2str(err));
    }

    std::vector<OffsetResetRow> rows;
    for (size_t i = 0; i < partitions.size(); ++i) {
        const int32_t p = partitions[i];
        const PartitionWatermarks marks = watermarks(plan.topic, p, deadline.remainingMs());
        OffsetResetRow &row = rows.emplace_back();
        row.partition = p;
        const int64_t before = committed.list->elems[i].offset;
        if (before >= 0)
            row.before = before;
        switch (plan.kind) {
        case OffsetResetPlan::Kind::Earliest:
            row.after = marks.low;
            break;
        case OffsetResetPlan::Kind::Latest:
            row.after = marks.high;
            break;
        case OffsetResetPlan::Kind::Timestamp:
            row.after = offsetForTime(plan.topic, p, plan.timestampMs,
                                      std::chrono::milliseconds(deadline.remainingMs()));
            break;
        case OffsetResetPlan::Kind::Explicit:
            row.after = std::clamp(plan.offsets.at(p), marks.low, marks.high);
            break;
        }
    }
    return rows;
}

std::vector<OffsetResetRow> KafkaAdmin::applyReset(const OffsetResetPlan &plan,
                                                   std::chrono::milliseconds timeout)
{
    const Deadline deadline(timeout);
    std::vector<OffsetResetRow> rows
        = previewReset(plan, std::chrono::milliseconds(deadline.remainingMs()));
    requireNoMembersListed(m_handle, plan.group, deadline.remainingMs());

    PartitionList offsets;
    for (const OffsetResetRow &row : rows)
        rd_kafka_topic_partition_list_add(offsets.list, plan.topic.c_str(), row.partition)->offset
            = row.after;
    const ClientHandle consumer(newConsumer(plan.group));
    rd_kafka_resp_err_t err = rd_kafka_commit(consumer.handle, offsets.list, 0);
    for (int i = 0; !err && i < offsets.list->cnt; ++i)
        err = offsets.list->elems[i].err;
    if (isMembershipError(err))
        throw activeMembersError(plan.group, -1);
    if (err)
        throw std::runtime_error("cannot commit the offsets of group '" + plan.group
                                 + "': " + rd_kafka_err2str(err));
    return rows;
}

} // namespace weir
