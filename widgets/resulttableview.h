#pragma once

#include "resulttable.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace weir {

class ResultTableModel;

// The rows one sink wrote in a debug run: a sortable table and a line saying how many rows
// and where they came from.
class ResultTableView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultTableView(QWidget *parent = nullptr);

    void setResult(ResultTable table);
    const ResultTable &result() const;
    QTableView *tableView() const { return m_view; }
    ResultTableModel *model() const { return m_model; }
    // "1,234 rows in 'out/agg.db' table 'counts'"
    QString countText() const;

private:
    ResultTableModel *m_model;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace weir
