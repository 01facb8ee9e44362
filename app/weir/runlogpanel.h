#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace weir {

// The run log: engine messages and the designer's own notes about runs (started, stopped,
// failed with its problems), each line stamped with the wall-clock time. Read-only,
// selectable, capped at kMaxLines so a chatty run cannot grow it without bound.
class RunLogPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 5000;

    explicit RunLogPanel(QWidget *parent = nullptr);

    void append(const QString &line);
    void appendError(const QString &line);
    QString text() const;
    void clear();

private:
    void add(const QString &html);

    QPlainTextEdit *m_view;
};

} // namespace weir
