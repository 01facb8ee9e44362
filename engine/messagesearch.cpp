#include "messagesearch.h"

#include "kafkaadmin.h"
#include "messagefilter.h"

#include <algorithm>
#include <map>

namespace weir {

namespace {

struct PartitionScan
{
    int32_t partition = 0;
    int64_t next = 0; // next offset to read
    int64_t end = 0; // exclusive
};

std::vector<int32_t> rangePartitions(KafkaAdmin &admin, const SearchRange &range,
                                     std::chrono::milliseconds timeout)
{
    if (!range.partitions.empty())
        return range.partitions;
    std::vector<int32_t> ids;
    for (const TopicInfo &topic : admin.listTopics(timeout))
        if (topic.name == range.topic)
            for (const PartitionInfo &p : topic.partitions)
                ids.push_back(p.id);
    if (ids.empty())
        throw std::runtime_error("topic '" + range.topic + "' does not exist");
    return ids;
}

// Where each partition's scan starts and ends, resolved once.
std::vector<PartitionScan> plan(KafkaAdmin &admin, const SearchRange &range,
                                std::chrono::milliseconds timeout)
{
    std::vector<PartitionScan> scans;
    for (int32_t p : rangePartitions(admin, range, timeout)) {
        const PartitionWatermarks marks = admin.partitionWatermarks(range.topic, p, timeout);
        PartitionScan scan {p, marks.high, marks.high};
        if (range.endOffset)
            scan.end = std::clamp(*range.endOffset, marks.low, marks.high);
        const std::vector<KafkaMessage> first
            = admin.fetch(range.topic, p, range.from, 1, scan.end, timeout);
        if (!first.empty())
            scan.next = first.front().offset;
        scan.next = std::min(scan.next, scan.end);
        scan.end = std::min(scan.end, scan.next + std::max<int64_t>(0, range.maxPerPartition));
        scans.push_back(scan);
    }
    return scans;
}

} // namespace

SearchResult searchMessages(KafkaAdmin &admin, const SearchRange &range, MessageFilter &filter,
                            const std::atomic<bool> &cancel,
                            const std::function<void(const SearchProgress &)> &onProgress,
                            size_t maxMatches, size_t pageSize,
                            std::chrono::milliseconds pageTimeout)
{
    SearchResult result;
    std::vector<PartitionScan> scans = plan(admin, range, pageTimeout);
    for (const PartitionScan &scan : scans)
        result.progress.total += scan.end - scan.next;
    if (onProgress)
        onProgress(result.progress);
    for (PartitionScan &scan : scans) {
        while (scan.next < scan.end) {
            if (cancel.load()) {
                result.cancelled = true;
                return result;
            }
            const std::vector<KafkaMessage> page
                = admin.fetch(range.topic, scan.partition, FetchStart::offset(scan.next), pageSize,
                              scan.end, pageTimeout);
            if (page.empty())
                break; // fewer records than the watermarks promised
            result.progress.scanned += page.back().offset + 1 - scan.next;
            scan.next = page.back().offset + 1;
            for (size_t i : filter.matches(page)) {
                if (result.matches.size() == maxMatches) {
                    result.truncated = true;
                    return result;
                }
                result.matches.push_back(page[i]);
            }
            if (onProgress)
                onProgress(result.progress);
        }
    }
    return result;
}

} // namespace weir
