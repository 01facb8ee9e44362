#pragma once

#include "chunkqueue.h"
#include "metricssnapshot.h"
#include "source.h"

#include <atomic>
#include <map>
#include <mutex>
#include <stop_token>
#include <thread>

namespace weir {

// Drives one source on its own thread: read a chunk, push it into the queue
// (pausing the source while the queue is full), and repeat until the source ends, fails,
// or the run stops. The source object is touched by this thread only.
class SourceReader
{
public:
    // `maxRate` > 0 limits the source to that many records per second.
    SourceReader(uint32_t index, Source &source, ChunkQueue &queue, size_t chunkRecords,
                 double maxRate = 0);
    ~SourceReader();

    void start();
    void requestStop();
    void join();
    // Per partition: records available at the source but not read yet, and the age of
    // the last record read (reader -> engine). `sourceName` labels partitions without a topic.
    std::vector<PartitionLag> lag(const std::string &sourceName) const;
    // The source's notices since the last call, oldest first (reader -> engine).
    std::vector<std::string> takeNotices();

private:
    void run(std::stop_token stop);
    // Pushes into the queue; while it is full, pauses the source until the queue drains
    // below half. False when the run stops first.
    bool deliver(QueueItem item, std::stop_token stop);
    void updateBacklog();
    void collectNotice();
    // Records the rate limit lets through now (all of chunkRecords when unlimited).
    size_t allowance(std::stop_token stop);

    uint32_t m_index;
    Source &m_source;
    ChunkQueue &m_queue;
    size_t m_chunkRecords;
    double m_maxRate;
    std::atomic<bool> m_paused{false};
    double m_tokens = 0;
    int64_t m_tokensAtNs = 0;
    std::jthread m_thread;
    mutable std::mutex m_backlogMutex;
    std::vector<PartitionLag> m_lag;
    std::vector<std::string> m_notices; // under m_backlogMutex
};

} // namespace weir
