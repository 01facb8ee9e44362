#pragma once

#include "parameditor.h"

class QCheckBox;

namespace weir {

// Bool parameters: a check box showing the value, or the default when not set.
class BoolParamEdit : public ParamEditor
{
    Q_OBJECT

public:
    BoolParamEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    QCheckBox *checkBox() const { return m_box; }

private:
    void showValue(const Json &value) override;

    QCheckBox *m_box;
};

} // namespace weir
