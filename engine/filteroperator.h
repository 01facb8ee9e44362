#pragma once

#include "expression.h"
#include "operator.h"
#include "pipeline.h"

#include <memory>
#include <vector>

namespace weir {

// transform.filter: keeps the rows for which a condition is true. The condition is
// evaluated column-wise into a selection vector; a batch whose rows all match passes
// through unchanged, one with no match is dropped.
class FilterOperator : public Operator
{
public:
    FilterOperator(SchemaPtr schema, std::unique_ptr<Expression> condition);

    SchemaPtr outputSchema(Port port) const override;
    void process(const Batch &in, Emitter &out) override;
    // The last watermark seen in the input, so that filtering every row of a batch
    // does not hold back event time downstream.
    int64_t watermark() const override { return m_watermark; }

private:
    SchemaPtr m_schema;
    std::unique_ptr<Expression> m_condition;
    std::vector<uint32_t> m_selection; // reused between batches
    int64_t m_watermark = INT64_MIN;
};

// Parameters: expression (string, required).
std::unique_ptr<Operator> makeFilter(const NodeContext &ctx, const Json &params, SchemaPtr input);

} // namespace weir
