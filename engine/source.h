#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace weir {

// Per-partition positions. A position is the offset of the next record to read;
// a range [from, to) per partition describes the input of one micro-batch.
using Positions = std::map<int32_t, int64_t>;

// Raw records read by a source: source thread -> engine thread, through the
// bounded queue. Record i is data[starts[i] .. starts[i+1]) with key keys[i].
struct RawChunk
{
    uint32_t source = 0;
    std::string data;
    std::vector<uint32_t> starts{0};
    std::vector<std::string> keys; // empty when the source has no keys
    std::vector<int32_t> partitions;
    std::vector<int64_t> offsets;
    int64_t ingestNs = 0;
    Positions next; // the source's position after the last record (set by the reader)

    size_t size() const { return offsets.size(); }
    std::string_view value(size_t i) const
    {
        return std::string_view(data).substr(starts[i], starts[i + 1] - starts[i]);
    }
    void append(std::string_view value, int32_t partition, int64_t offset)
    {
        data.append(value);
        starts.push_back(uint32_t(data.size()));
        partitions.push_back(partition);
        offsets.push_back(offset);
    }
};

enum class ReadStatus {
    Data,  // the chunk got records
    Idle,  // nothing now; try again later
    End,   // bounded input is exhausted
};

// Records available but not read yet, per partition of `end`: end - at, never below 0.
// This is the consumer lag in records (for Kafka: high watermark - position).
inline std::map<int32_t, int64_t> backlog(const Positions &end, const Positions &at)
{
    std::map<int32_t, int64_t> lag;
    for (const auto &[partition, offset] : end) {
        const auto it = at.find(partition);
        lag[partition] = std::max<int64_t>(0, offset - (it == at.end() ? 0 : it->second));
    }
    return lag;
}

// A source of raw records. Sources are driven by one reader thread each; they
// must be restartable from any position they reported (for exactly-once replay).
class Source
{
public:
    virtual ~Source() = default;

    // Opens the input positioned at `from` (empty: the configured start).
    // Throws std::runtime_error with a reason (unreadable path ...).
    virtual void open(const Positions &from) = 0;
    // Appends up to `maxRecords` records to `chunk`.
    virtual ReadStatus read(RawChunk &chunk, size_t maxRecords) = 0;
    // Position of the next record that read() would return.
    virtual Positions position() const = 0;
    // Where the input available right now ends (for trigger once).
    virtual Positions availableEnd() = 0;
    virtual void close() {}
    // Per partition: seconds from the timestamp of the newest record read to now — the age
    // of the last consumed record; while behind, an upper bound of the next one's age.
    virtual std::map<int32_t, double> lagSeconds() const { return {}; }
    // How a partition key reads in metrics and the GUI: a topic name (empty: the source
    // node's id) and the partition number.
    virtual std::pair<std::string, int32_t> describePartition(int32_t key) const
    {
        return {std::string(), key};
    }
    // Engine thread -> source, after a batch's sinks and checkpoint committed: the input
    // is processed up to `next` (per partition). Kafka commits its group offsets here.
    // Called on the engine thread while the reader thread may be in read().
    virtual void committed(const Positions &) {}
    // Backpressure, reader thread: the engine's queue is full (true) or has drained (false).
    // Sources that must keep talking to a server while nothing is read (a Kafka consumer
    // group member) pause their input here and get keepAlive() calls until resumed.
    virtual void setPaused(bool) {}
    virtual void keepAlive() {}
    // A rate limit the source sets itself (records/s, 0: none), e.g. Kafka's
    // max_rate_per_partition times the partitions it reads. Reader thread.
    virtual double maxRecordsPerSecond() const { return 0; }
    // Whether open() at a batch's logged start positions reads exactly that batch's records
    // again. A Kafka consumer-group member cannot (its partitions may have moved), so the
    // engine does not replay an uncommitted batch of such a source: it is read again from
    // the group's offsets, at least once.
    virtual bool replaysExactly() const { return true; }
    // Reader thread: something unusual that happened since the last call (a followed file
    // was truncated or replaced ...), empty if nothing. The runner logs it and shows it in
    // the run's snapshot.
    virtual std::string takeNotice() { return {}; }
    // Source state to persist in the checkpoint (e.g. resolved start time), and back.
    virtual std::string persistentSettings() const { return {}; }
    virtual void restoreSettings(const std::string &) {}
};

} // namespace weir
