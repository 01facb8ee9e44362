#pragma once

#include "resultdiff.h"
#include "resultdiffmodel.h"

#include <QWidget>

#include <vector>

class QAbstractButton;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace weir {

// How the results of two debug runs differ, one sink at a time: a sink selector, filter
// buttons with counts, a summary line, and a table with added rows green-ish, removed rows
// red-ish and, for changed rows, each value before and after side by side with the changed
// ones highlighted.
class ResultDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultDiffView(QWidget *parent = nullptr);
    ~ResultDiffView() override;

    void setDiffs(std::vector<SinkDiff> diffs);
    const std::vector<SinkDiff> &diffs() const { return m_diffs; }
    void setCurrentSink(const QString &node);
    QString currentSink() const;
    void setFilter(ResultDiffModel::Kinds kinds);
    ResultDiffModel::Kinds filter() const { return m_model->filter(); }

    // "12 added, 3 removed, 5 changed, 980 unchanged" for the current sink.
    QString summaryText() const;
    QAbstractButton *filterButton(ResultDiffModel::Kind kind) const;
    QTableView *tableView() const { return m_view; }
    ResultDiffModel *model() const { return m_model; }

signals:
    void currentSinkChanged(const QString &node);
    void filterChanged(weir::ResultDiffModel::Kinds kinds);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeToolbar();
    void showSink(int index);
    void updateFilterFromButtons();
    void updateTexts();
    QString columnsText() const;
    const ResultDiff *currentDiff() const;

    std::vector<SinkDiff> m_diffs;
    ResultDiffModel *m_model;
    QComboBox *m_sinks = nullptr;
    QToolButton *m_added = nullptr;
    QToolButton *m_removed = nullptr;
    QToolButton *m_changed = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_columns = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace weir
