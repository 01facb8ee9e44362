#pragma once

#include "parameditor.h"

class QComboBox;

namespace weir {

// Enum parameters: a combo box of the allowed values. A value that is not allowed (from
// a hand-written file) is shown as an extra entry, so its problem can be seen and fixed.
class EnumEdit : public ParamEditor
{
    Q_OBJECT

public:
    EnumEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    QComboBox *comboBox() const { return m_combo; }

private:
    void showValue(const Json &value) override;

    QComboBox *m_combo;
};

} // namespace weir
