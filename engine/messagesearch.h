#pragma once

#include "kafkabrowsetypes.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace weir {

class KafkaAdmin;
class MessageFilter;

// The records a search scans: per partition (all of the topic's when empty) from `from`
// up to the high watermark at the start of the scan, or `endOffset` (exclusive) if lower,
// and at most `maxPerPartition` records.
struct SearchRange
{
    std::string topic;
    std::vector<int32_t> partitions;
    FetchStart from = FetchStart::oldest();
    std::optional<int64_t> endOffset;
    int64_t maxPerPartition = 100000;
};

struct SearchProgress
{
    int64_t scanned = 0;
    int64_t total = 0; // records in the range when the scan started
};

struct SearchResult
{
    std::vector<KafkaMessage> matches; // by partition, then offset
    SearchProgress progress;
    bool cancelled = false;
    bool truncated = false; // stopped at maxMatches
};

// Scans a range in pages of `pageSize` records with `filter`, calling `onProgress` after
// every page. Checks `cancel` between pages, so a cancelled scan ends within one page
// fetch. Runs on the caller's thread with the caller's KafkaAdmin.
SearchResult searchMessages(KafkaAdmin &admin, const SearchRange &range, MessageFilter &filter,
                            const std::atomic<bool> &cancel,
                            const std::function<void(const SearchProgress &)> &onProgress = {},
                            size_t maxMatches = 10000, size_t pageSize = 500,
                            std::chrono::milliseconds pageTimeout = std::chrono::seconds(30));

} // namespace weir
