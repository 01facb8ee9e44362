#pragma once

#include "batch.h"
#include "port.h"
#include "statestore.h"

#include <string>
#include <utility>
#include <vector>

namespace weir {

// What an operator knows of the pipeline around it, given when it is built.
struct NodeContext
{
    std::string id;                       // the node's id, for dead letters and errors
    std::vector<std::string> sourceNames; // Origin::source -> source node id
    std::string sourceName(uint32_t index) const
    {
        return index < sourceNames.size() ? sourceNames[index] : std::string();
    }
};

// Operator -> engine: where an operator hands the batches it produces. (Not named
// `emit`: Qt defines that as a macro, and the GUI includes both.)
class Emitter
{
public:
    virtual ~Emitter() = default;
    virtual void send(Port port, Batch &&batch) = 0;
};

// A transform or window. The definition (parameters, schemas) is fixed when the
// pipeline is compiled; everything that changes while running is state that
// saveState/loadState carry through checkpoints.
class Operator
{
public:
    virtual ~Operator() = default;

    virtual SchemaPtr outputSchema(Port port) const = 0;
    // Called for every batch arriving at the node's input.
    virtual void process(const Batch &in, Emitter &out) = 0;
    // End of a micro-batch: windows emit what their output mode says.
    virtual void finishBatch(Emitter &) {}
    // End of all input (trigger once, bounded sources): close every window.
    virtual void finishInput(Emitter &) {}

    virtual bool isStateful() const { return false; }
    // Writes what changed since the previous save.
    virtual void saveState(StateWriter &) {}
    virtual void loadState(const StateReader &) {}
    // A bounded run (trigger once) will read these partitions, as (Origin::source,
    // partition) pairs; called once, after the sources opened and before any batch.
    virtual void expectPartitions(const std::vector<std::pair<uint32_t, int32_t>> &) {}
    // Event-time watermark after the last processed record (INT64_MIN if none).
    virtual int64_t watermark() const { return INT64_MIN; }
    // Entries held in state (window+group pairs), for metrics.
    virtual size_t stateSize() const { return 0; }
};

} // namespace weir
