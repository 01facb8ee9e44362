#pragma once

#include "operator.h"
#include "pipeline.h"

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace weir {

// transform.watermark: tracks event time. The watermark after a row is the largest
// event time this node has seen (across batches) minus the allowed delay; every row
// leaving the node carries it, and the batch names its event-time column. Rows
// without an event time cannot be placed in a window and go to `late`; with
// drop_late, so do rows older than the watermark that was current when they came.
// With align_partitions the largest event time is kept per input partition (the rows'
// origins) and the watermark follows the smallest of them, waiting for every partition a
// bounded run announced: a partition read later in bulk is not behind the others'
// watermark. The per-partition maxima are not checkpointed; the aligned basis is, as
// max_event_time.
class WatermarkOperator : public Operator
{
public:
    WatermarkOperator(SchemaPtr schema, int eventTimeColumn, int64_t delayMs, bool dropLate,
                      bool alignPartitions = false);

    SchemaPtr outputSchema(Port port) const override;
    void process(const Batch &in, Emitter &out) override;

    bool isStateful() const override { return true; }
    void saveState(StateWriter &writer) override;
    void loadState(const StateReader &reader) override;
    int64_t watermark() const override { return watermarkAfter(m_state.maxEventTime); }
    void expectPartitions(const std::vector<std::pair<uint32_t, int32_t>> &partitions) override;

    // Rows sent to `late` since the node was built (null event times included).
    uint64_t lateCount() const { return m_lateCount; }
    uint64_t nullEventTimeCount() const { return m_nullCount; }
    int64_t maxEventTime() const { return m_state.maxEventTime; }

private:
    // What checkpoints carry.
    struct State
    {
        int64_t maxEventTime = INT64_MIN; // INT64_MIN: no row yet
    };

    int64_t watermarkAfter(int64_t maxEventTime) const;
    // The smallest partition maximum once `time` (a row of `origin`) is taken in.
    int64_t alignedMax(const Origin &origin, int64_t time);
    void emitRows(Port port, const Batch &in, const std::vector<uint32_t> &rows,
                  Emitter &out) const;

    SchemaPtr m_schema;
    int m_column;
    int64_t m_delayMs;
    bool m_dropLate;
    bool m_align;
    State m_state; // with m_align: the smallest partition maximum so far (never lowered)
    // (source, partition) -> largest event time; INT64_MIN for an announced partition that
    // sent nothing yet.
    std::map<std::pair<uint32_t, int32_t>, int64_t> m_partitionMax;
    int64_t m_smallestMax = INT64_MAX; // the smallest of m_partitionMax's values
    int64_t m_savedMaxEventTime = INT64_MIN;
    uint64_t m_lateCount = 0;
    uint64_t m_nullCount = 0;
    // Reused between batches.
    std::vector<int64_t> m_rowWatermarks;
    std::vector<uint32_t> m_onTime;
    std::vector<uint32_t> m_late;
};

// Parameters: event_time (timestamp field, required), delay (duration, "10 minutes"),
// drop_late (bool, false).
std::unique_ptr<Operator> makeWatermark(const NodeContext &ctx, const Json &params,
                                        SchemaPtr input);

} // namespace weir
