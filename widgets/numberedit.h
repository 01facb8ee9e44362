#pragma once

#include "parameditor.h"

class QLineEdit;

namespace weir {

// Int and Double parameters: a line edit taking numbers, the unit as a suffix, the range
// in the tooltip. Out-of-range values are committed and reported by the validation.
class NumberEdit : public ParamEditor
{
    Q_OBJECT

public:
    NumberEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;

private:
    void showValue(const Json &value) override;
    void finished();
    QString rangeText() const;

    QLineEdit *m_edit;
};

} // namespace weir
