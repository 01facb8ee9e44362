#pragma once

#include "paramtable.h"

class QComboBox;

namespace weir {

// The aggregates of a window: fn (a combo of the engine's functions), field (the fields
// upstream, or any text), as (the output column) and q (for percentile).
class AggregatesTable : public ParamTable
{
    Q_OBJECT

public:
    enum Column { Fn, Field, As, Q };

    AggregatesTable(const ParamInfo &info, const ParamContext &context,
                    QWidget *parent = nullptr);

    QComboBox *fnCombo(int row) const;
    QComboBox *fieldCombo(int row) const;

private:
    void fillRows(const Json &value) override;
    void appendEmptyRow() override;
    Json tableValue() const override;
    void appendRow(const Json &entry);
    QComboBox *createFieldCombo(const QString &field);
};

} // namespace weir
