#pragma once

#include "debugpipeline.h"
#include "metricssnapshot.h"
#include "pipeline.h"
#include "replayrange.h"

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTabWidget;

namespace weir {

class BoundedRun;
class ReplayRangeForm;
struct ReplayPlan;
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

// Debug > Replay: choose a range of a topic the pipeline reads, run the pipeline over
// exactly that range (no group commits, sinks into a scratch folder or a dry run, event
// time driving the windows) with progress and cancel, show each sink's rows, and compare
// them with an earlier replay. The range is resolved and planned off the GUI thread
// (engine/replayplan.h); the run goes through a BoundedRun.
class ReplayPanel : public QWidget
{
    Q_OBJECT

public:
    // `pipeline`: the document as it is now; `scratchRoot`: where replay folders go.
    ReplayPanel(std::function<Pipeline()> pipeline, QString scratchRoot,
                QWidget *parent = nullptr);
    ~ReplayPanel() override;

    ReplayRangeForm *form() const { return m_form; }
    // Re-reads the topics the document's Kafka sources name.
    void refreshTopics();
    // Prefills the offsets of `topic` (from the topic browser's selection).
    void prefill(const QString &topic, const std::map<int32_t, OffsetRange> &ranges);
    void setDryRun(bool dryRun);
    bool startReplay();
    void cancel();
    bool isRunning() const;

    const std::vector<ReplayRecord> &replays() const { return m_replays; }
    ResultTableView *resultView() const { return m_results; }
    ResultDiffView *diffView() const { return m_diff; }
    // Compares replay `after` with `before` (indices into replays()).
    void compare(int before, int after);

signals:
    void replayFinished(int index);
    void replayFailed(const QString &message);
    void logMessage(const QString &line);

private:
    void loadWatermarks(const QString &topic);
    void planned(const ReplayPlan &plan, int64_t records, const QString &error,
                 const QString &label);
    void finished(const MetricsSnapshot &last);
    void failed(const QString &message);
    void showResult(int sink);
    void setBusy(bool busy, const QString &status);
    void updateCompareChoices();

    std::function<Pipeline()> m_pipeline;
    QString m_scratchRoot;
    ReplayRangeForm *m_form;
    QRadioButton *m_toFolder;
    QRadioButton *m_dryRun;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QComboBox *m_sink;
    ResultTableView *m_results;
    QComboBox *m_compareWith;
    ResultDiffView *m_diff;
    BoundedRun *m_run;
    ReplayRecord m_current;
    QString m_dryRunDirectory;
    std::vector<ReplayRecord> m_replays;
    int m_watermarkRequest = 0;
    std::function<void()> m_prefill; // applied once the watermarks arrived
};

} // namespace weir
