#pragma once

#include "operator.h"

#include <utility>
#include <vector>

namespace weir {

// Keeps every batch an operator emits, with its port.
class CollectingEmitter : public Emitter
{
public:
    void send(Port port, Batch &&batch) override { emitted.emplace_back(port, std::move(batch)); }

    // The batches sent to `port`, in order.
    std::vector<const Batch *> on(Port port) const
    {
        std::vector<const Batch *> batches;
        for (const auto &[p, batch] : emitted) {
            if (p == port)
                batches.push_back(&batch);
        }
        return batches;
    }

    std::vector<std::pair<Port, Batch>> emitted;
};

} // namespace weir
