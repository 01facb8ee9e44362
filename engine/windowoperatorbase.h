#pragma once

#include "aggregateinputs.h"
#include "aggregates.h"
#include "groupdictionary.h"
#include "groupkeycodec.h"
#include "windowconfig.h"
#include "windowoperator.h"

#include <cstdint>
#include <string>
#include <vector>

namespace weir {

// What tumbling, sliding and session windows share: reading event time and per-row
// watermarks, the late port, group keys, sorted output batches, and the checkpoint
// layout. Subclasses keep the windows and decide what each micro-batch emits.
//
// Checkpoint keys: "m" for the operator's watermark and late count; "w" + start + end
// (8 bytes each, big-endian, sign bit flipped) + group key for one window and group,
// whose value is its serialized Aggregates.
class WindowOperatorBase : public WindowOperator
{
public:
    explicit WindowOperatorBase(WindowConfig config);

    SchemaPtr outputSchema(Port port) const override;
    void process(const Batch &in, Emitter &out) override;
    void finishBatch(Emitter &out) final;
    void finishInput(Emitter &out) final;
    bool isStateful() const override { return true; }
    void saveState(StateWriter &out) final;
    void loadState(const StateReader &in) final;
    int64_t watermark() const override { return m_watermark; }
    uint64_t lateCount() const override { return m_lateCount; }

protected:
    struct OutputRow
    {
        int64_t start;
        int64_t end;
        uint32_t group;
        const Aggregates *aggregates;
    };

    // Adds `row` (event time ts) to the windows that are not final at m_watermark;
    // false when there are none (the record is late).
    virtual bool accumulate(const Batch &in, size_t row, int64_t ts) = 0;
    // Appends to m_rows every window and group whose end is at most `endAtMost`.
    virtual void collectUpTo(int64_t endAtMost) = 0;
    // Emits the windows and groups changed since the last emission.
    virtual void emitChanged(Emitter &out) = 0;
    // Drops the windows whose end is at most `watermark` (saved ones are erased at the next save).
    virtual void evictUntil(int64_t watermark) = 0;
    // Puts (putEntry) every entry changed since the last save.
    virtual void saveEntries(StateWriter &out) = 0;
    virtual void loadEntry(int64_t start, int64_t end, uint32_t group, Aggregates aggregates) = 0;
    virtual void finishLoad() { }
    virtual void clearEntries() = 0;

    // The id of the row's group key in m_groups (not yet retained).
    uint32_t groupOf(const Batch &in, size_t row);
    // Sorts rows by window start, group key, window end and emits them as one batch.
    void emitRows(std::vector<OutputRow> &rows, Emitter &out);
    void putEntry(StateWriter &out, int64_t start, int64_t end, uint32_t group,
                  const Aggregates &aggregates);
    // The entry was saved under these bounds and no longer exists: erase it at the next save.
    void forgetSaved(int64_t start, int64_t end, uint32_t group);

    const WindowConfig m_config;
    AggregateInputs m_inputs;
    GroupDictionary m_groups;
    int64_t m_watermark = INT64_MIN;
    std::vector<OutputRow> m_rows; // scratch for emission

private:
    void emitUpTo(Emitter &out, int64_t watermark);
    void writeStateKey(int64_t start, int64_t end, uint32_t group, std::string &key) const;
    void loadPair(std::string_view key, std::string_view value, bool &sawMeta);

    GroupKeyCodec m_codec;
    std::string m_keyBuffer;
    std::vector<uint32_t> m_lateRows;
    uint64_t m_lateCount = 0;
    int64_t m_oldestIngestNs = 0;
    std::vector<std::string> m_erasedKeys;
    bool m_metaSaved = false;
    int64_t m_savedWatermark = INT64_MIN;
    uint64_t m_savedLateCount = 0;
    std::string m_stateKey;
    std::string m_stateValue;
};

} // namespace weir
