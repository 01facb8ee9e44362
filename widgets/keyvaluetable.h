#pragma once

#include "paramtable.h"

namespace weir {

// StringDoubleMap and StringStringMap parameters (generator weights, librdkafka config):
// a key / value table. Rows without a key are left out of the value.
class KeyValueTable : public ParamTable
{
    Q_OBJECT

public:
    KeyValueTable(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

private:
    void fillRows(const Json &value) override;
    void appendEmptyRow() override;
    Json tableValue() const override;
    void appendRow(const QString &key, const QString &value);
};

} // namespace weir
