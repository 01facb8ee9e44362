#pragma once

#include "paramtable.h"

class QComboBox;

namespace weir {

// The schema of transform.parse_json: name, type (a combo of the engine's field types),
// required (a check) and default (JSON text). Keys a row had that the table does not
// show are kept.
class SchemaTable : public ParamTable
{
    Q_OBJECT

public:
    enum Column { Name, Type, Required, Default };

    SchemaTable(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    QComboBox *typeCombo(int row) const;

private:
    void fillRows(const Json &value) override;
    void appendEmptyRow() override;
    Json tableValue() const override;
    void appendRow(const Json &entry);
};

} // namespace weir
