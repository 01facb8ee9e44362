#pragma once

#include "paramtable.h"

namespace weir {

// The schema of transform.parse_json: name, type (a choice of the engine's field types),
// required (a check) and default (JSON text). Keys a row had that the table does not
// show are kept.
class SchemaTable : public ParamTable
{
    Q_OBJECT

public:
    enum Column { Name, Type, Required, Default };

    SchemaTable(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

private:
    void fillRows(const Json &value) override;
    void appendEmptyRow() override;
    Json tableValue() const override;
    void appendRow(const Json &entry);
};

} // namespace weir
