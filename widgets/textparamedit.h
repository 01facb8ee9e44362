#pragma once

#include "parameditor.h"

class QLineEdit;

namespace weir {

// String, Path (with a file chooser) and Expression (monospace) parameters: a line edit,
// committed when editing finishes. Empty text unsets the parameter.
class TextParamEdit : public ParamEditor
{
    Q_OBJECT

public:
    TextParamEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    QLineEdit *lineEdit() const { return m_edit; }

private:
    void showValue(const Json &value) override;
    void finished();
    void browse();

    QLineEdit *m_edit;
};

} // namespace weir
