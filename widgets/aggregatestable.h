#pragma once

#include "paramtable.h"

namespace weir {

// The aggregates of a window: fn (a choice of the engine's functions), field (the fields
// upstream, or any text), as (the output column) and q (for percentile).
class AggregatesTable : public ParamTable
{
    Q_OBJECT

public:
    enum Column { Fn, Field, As, Q };

    AggregatesTable(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    // The fields the field column offers: those known at the node's input.
    QStringList offeredFields() const;

private:
    void fillRows(const Json &value) override;
    void appendEmptyRow() override;
    Json tableValue() const override;
    void appendRow(const Json &entry);
};

} // namespace weir
