#pragma once

#include "deadletters.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace weir {

// The dead letters of one store: a table of node, reason, source, partition, offset and a
// preview of the value; a detail pane with the selected letter's reason, where it came
// from and where it is stored, and its original bytes as text and as hex. Rows can be
// multi-selected; "Re-drive selected" asks for them to be sent through the pipeline again
// (redriveRequested with their indices in letters()). Reading and re-driving happen
// elsewhere (deadletters.h, redrive.h): "Refresh" asks for the letters to be read again.
class DeadLetterView : public QWidget
{
    Q_OBJECT

public:
    explicit DeadLetterView(QWidget *parent = nullptr);

    // The letters of `store`, as readDeadLetters read them.
    void setLetters(const DeadLetterStore &store, std::vector<DeadLetter> letters);
    const DeadLetterStore &store() const { return m_store; }
    const std::vector<DeadLetter> &letters() const { return m_letters; }
    // A line under the table: the outcome of a re-drive, an error reading the store.
    void setStatus(const QString &text);
    QList<int> selectedIndices() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *redriveButton() const { return m_redrive; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPlainTextEdit *textView() const { return m_text; }
    QPlainTextEdit *hexView() const { return m_hex; }

signals:
    void redriveRequested(const QList<int> &indices);
    void refreshRequested();

private:
    QWidget *makeDetails();
    void fillTable();
    void selectionChanged();
    void showDetails(int index);

    DeadLetterStore m_store;
    std::vector<DeadLetter> m_letters;
    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_redrive;
    QPushButton *m_refresh;
    QLabel *m_status;
    QLabel *m_where;
    QLabel *m_reason;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_hex;
};

// 16 bytes a line: offset, hex, and the printable ASCII characters ('.' for the others).
QString hexDump(const QByteArray &bytes);

} // namespace weir
