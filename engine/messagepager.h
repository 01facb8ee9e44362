#pragma once

#include "kafkabrowsetypes.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace weir {

class KafkaAdmin;

// Pages through one or several partitions of a topic. A page holds up to pageSize records
// merged across the partitions by timestamp (then partition), each partition contributing
// a run of consecutive offsets, so paging never skips nor repeats a record. next() goes on
// after the page shown, previous() goes back before it. Newest opens the last page.
// Not thread-safe; the KafkaAdmin passed in must belong to the calling thread.
class MessagePager
{
public:
    MessagePager(std::string topic, std::vector<int32_t> partitions, size_t pageSize);

    const std::string &topic() const { return m_topic; }
    const std::vector<int32_t> &partitions() const { return m_partitions; }

    // The page at `start` (FetchStart::newest's count is ignored: the last page opens).
    std::vector<KafkaMessage> open(KafkaAdmin &admin, FetchStart start,
                                   std::chrono::milliseconds timeout);
    // The page after / before the last one returned; empty at the end / the beginning (the
    // page shown stays the current one then).
    std::vector<KafkaMessage> next(KafkaAdmin &admin, std::chrono::milliseconds timeout);
    std::vector<KafkaMessage> previous(KafkaAdmin &admin, std::chrono::milliseconds timeout);

private:
    std::vector<KafkaMessage> forward(KafkaAdmin &admin, const std::map<int32_t, int64_t> &from,
                                      std::chrono::milliseconds timeout);
    std::vector<KafkaMessage> backward(KafkaAdmin &admin, const std::map<int32_t, int64_t> &until,
                                       std::chrono::milliseconds timeout);

    std::string m_topic;
    std::vector<int32_t> m_partitions;
    size_t m_pageSize;
    std::map<int32_t, int64_t> m_begin; // first offset of the page shown, per partition
    std::map<int32_t, int64_t> m_end; // offset after the page shown, per partition
};

} // namespace weir
