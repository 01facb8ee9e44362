#pragma once

#include "parameditor.h"

class QPlainTextEdit;

namespace weir {

// Free text of a few lines (the pipeline's description): committed when the field loses
// the focus, so one visit to the field is one undo step.
class DescriptionEdit : public ParamEditor
{
    Q_OBJECT

public:
    DescriptionEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    bool isWide() const override { return true; }
    QWidget *focusTarget() const override;
    QPlainTextEdit *textEdit() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showValue(const Json &value) override;

    QPlainTextEdit *m_edit;
};

} // namespace weir
