#pragma once

#include "debugpipeline.h"

#include <QDateTime>
#include <QString>
#include <QTabWidget>

#include <vector>

class QComboBox;

namespace weir {

class ResultDiffView;
class ResultTableView;

// One finished replay: what it read and where its sinks wrote.
struct ReplayRecord
{
    QString label;       // "user_events:0:100..200 at 10:42:07"
    QDateTime finished;
    QString directory;   // empty for a dry run (its files are gone)
    std::vector<SinkRedirect> sinks;
    std::vector<int64_t> sinkRecords; // per sink, as counted after the run
    uint64_t recordsRead = 0;
};

// The Replay panel's right side: the latest replay's rows per sink ("Results") and its
// diff with an earlier replay ("Compare", the previous one first). Dry runs keep no rows:
// they are listed but cannot be shown or compared.
class ReplayResults : public QTabWidget
{
    Q_OBJECT

public:
    explicit ReplayResults(QWidget *parent = nullptr);

    // Shows the last of `replays` (all of this session's, oldest first) and, when an
    // earlier one kept its rows, compares them.
    void showLatest(const std::vector<ReplayRecord> &replays);
    // Compares replay `after` with `before` (indices into the list showLatest() got).
    void compare(int before, int after);

    ResultTableView *resultView() const { return m_results; }
    ResultDiffView *diffView() const { return m_diff; }

signals:
    void problem(const QString &message);

private:
    void showResult(int sink);

    std::vector<ReplayRecord> m_replays;
    QComboBox *m_sink;
    ResultTableView *m_results;
    QComboBox *m_compareWith;
    ResultDiffView *m_diff;
};

} // namespace weir
