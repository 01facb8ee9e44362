#pragma once

#include "pipeline.h"

#include <QObject>
#include <QStringList>

class QGridLayout;
class QLabel;
class QToolButton;

namespace weir {

class ErrorFrame;
class ParamEditor;

// One row of the property form: the parameter's name (bold when set, help as tooltip),
// its editor in an error frame, a reset-to-default button, and the problems of the
// parameter in red under the editor. Narrow editors sit next to their label, wide ones
// (tables, lists) under it across the form.
class ParamRow : public QObject
{
    Q_OBJECT

public:
    // Places the row in `grid` from row `row` on; nextRow() is the first row after it.
    ParamRow(ParamEditor *editor, QGridLayout *grid, int row, QObject *parent = nullptr);

    QString name() const;
    ParamEditor *editor() const { return m_editor; }
    int nextRow() const { return m_nextRow; }
    void setValue(const Json &value);
    void setProblems(const QStringList &messages);
    QString problemText() const;
    void setResettable(bool resettable);
    void focus();

signals:
    void edited(const nlohmann::ordered_json &value); // null: reset to the default

private:
    ParamEditor *m_editor;
    QLabel *m_label;
    ErrorFrame *m_frame;
    QToolButton *m_reset;
    QLabel *m_problems;
    QString m_help;
    int m_nextRow = 0;
};

} // namespace weir
