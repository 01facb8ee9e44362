#pragma once

#include "debugpipeline.h"
#include "metricssnapshot.h"
#include "pipeline.h"
#include "replayrange.h"
#include "replayresults.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace weir {

class BoundedRun;
class ReplayRangeForm;
struct ReplayPlan;

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
    ReplayResults *results() const { return m_results; }

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
    void setBusy(bool busy, const QString &status);

    std::function<Pipeline()> m_pipeline;
    QString m_scratchRoot;
    ReplayRangeForm *m_form;
    QRadioButton *m_toFolder;
    QRadioButton *m_dryRun;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    ReplayResults *m_results;
    BoundedRun *m_run;
    ReplayRecord m_current;
    QString m_directory; // of the replay in progress
    QString m_dryRunDirectory;
    std::vector<ReplayRecord> m_replays;
    int m_watermarkRequest = 0;
    bool m_cancelPlanning = false; // Cancel pressed while the range was being resolved
    std::function<void()> m_prefill; // applied once the watermarks arrived
};

} // namespace weir
