#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace weir {

class MonitorHistory;

// The run history: every recorded run of any pipeline, newest first, with its summary
// (duration, state, events, errors, p99). Opening one shows its charts in the monitor;
// runs can be deleted; how long runs are kept is chosen here and remembered.
class RunHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunHistoryPanel(QWidget *parent = nullptr);

    // Null shows why there is no history (`reason`).
    void setHistory(MonitorHistory *history, const QString &reason = {});
    void refresh();
    int runCount() const;
    // The retention choice, in days; 0 keeps runs forever.
    int keepDays() const;
    void setKeepDays(int days);
    // Opens the run in row `row` (0 = newest), as a double-click does.
    void openRow(int row);

signals:
    void openRun(qint64 runId, const QString &title);
    void keepDaysChanged(int days);

private:
    void openSelected();
    void deleteSelected();
    void updateButtons();

    MonitorHistory *m_history = nullptr;
    QTreeWidget *m_list;
    QComboBox *m_keep;
    QPushButton *m_open;
    QPushButton *m_delete;
    QLabel *m_note;
};

} // namespace weir
