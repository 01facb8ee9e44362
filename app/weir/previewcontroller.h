#pragma once

#include "pipeline.h"

#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace weir {

class BoundedRun;
class PreviewPanel;
struct PreviewPlan;

// Debug > Preview Data: runs the document over the first N records of each source (its
// sinks redirected, a tap on every port; engine/previewplan.h) through a BoundedRun and
// shows the records at the node selected on the canvas. Planning, which asks Kafka for
// watermarks and copies file samples, happens off the GUI thread.
class PreviewController : public QWidget
{
    Q_OBJECT

public:
    PreviewController(std::function<Pipeline()> pipeline, QString scratchDirectory,
                      QWidget *parent = nullptr);
    ~PreviewController() override;

    PreviewPanel *panel() const { return m_panel; }
    void setRecords(int records);
    // Reads `file` (NDJSON) instead of the source `sourceId`; an empty file: the sources.
    void setSample(const QString &sourceId, const QString &file);
    // Re-reads the document's sources for the sample chooser.
    void refreshSources();
    bool start();
    bool isRunning() const;
    void showNode(const QString &nodeId);

signals:
    void finished();
    void failed(const QString &message);
    void logMessage(const QString &line);
    void showPanel(QWidget *panel);

private:
    void planned(const PreviewPlan &plan, const QString &error);
    void setBusy(bool busy, const QString &status);

    std::function<Pipeline()> m_pipeline;
    QString m_directory;
    QSpinBox *m_records;
    QComboBox *m_sampleSource;
    QLineEdit *m_sampleFile;
    QPushButton *m_browse;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    PreviewPanel *m_panel;
    BoundedRun *m_run;
    std::shared_ptr<PreviewPlan> m_plan;
    QString m_pendingNode; // selected before the preview finished
    bool m_cancelPlanning = false;
};

} // namespace weir
