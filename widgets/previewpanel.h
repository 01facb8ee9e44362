#pragma once

#include "previewresult.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QTableWidget;

namespace weir {

// The records of a data preview at one node: a table with a column per field (the union
// of the records' keys, in the order they first appear), a port selector (out, errors,
// late; a port the node lacks or that got no records is disabled) and the row counts.
// For a sink it shows its input, the records of the ports that feed it. What the preview
// could not do as asked (PreviewPlan::notes, e.g. a missing topic) is said under the table.
//
// The preview itself runs elsewhere (runPreview, off the GUI thread); setResult() takes
// its result GUI-side and showNode() follows the canvas's selection.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setResult(const PreviewResult &result);
    const PreviewResult &result() const { return m_result; }
    // Shows a node: the port shown before if it has records there, else the first port
    // with records, else out.
    void showNode(const QString &nodeId);
    void showPort(const QString &port);
    // At most this many rows are read into the table (default 500).
    void setMaxRows(int rows);

    QString node() const { return m_node; }
    QString port() const { return m_port; } // "input" for a sink
    int shownRows() const;
    quint64 recordCount() const;
    QTableWidget *table() const { return m_table; }
    QAbstractButton *portButton(const QString &port) const;

signals:
    void shown(const QString &node, const QString &port);

private:
    void refresh();
    void updatePortButtons();
    void fillTable(const std::vector<Json> &records);
    void updateCounts();

    PreviewResult m_result;
    QString m_node;
    QString m_port = QStringLiteral("out");
    int m_maxRows = 500;
    QLabel *m_title;
    QButtonGroup *m_ports;
    QTableWidget *m_table;
    QLabel *m_counts;
    QLabel *m_notes;
};

} // namespace weir
