#pragma once

#include "parameditor.h"

class QLabel;
class QLineEdit;

namespace weir {

// Duration parameters: a line edit taking "10 minutes", "5m", "500ms", with what it reads
// as next to it ("= 10 min"), updated while typing; committed when editing finishes.
class DurationEdit : public ParamEditor
{
    Q_OBJECT

public:
    DurationEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    QLineEdit *lineEdit() const { return m_edit; }
    // What the text reads as: "= 1 h 30 min", "not a duration".
    QString parsedText() const;

private:
    void showValue(const Json &value) override;
    void updateParsed();

    QLineEdit *m_edit;
    QLabel *m_parsed;
};

// 5400000 -> "1 h 30 min", 500 -> "500 ms", 0 -> "0 s".
QString shortDuration(qint64 ms);

} // namespace weir
