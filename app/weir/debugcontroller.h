#pragma once

#include "pipeline.h"

#include <QObject>
#include <QString>

namespace weir {

class DeadLetterPanel;
class DocumentController;
class KafkaBrowser;
class PipelineModel;
class PreviewController;
class ReplayPanel;
class RunLogPanel;

// The Debug menu's wiring, so the main window only places the panels: the topic
// browser (its "replay selection" opens the replay panel prefilled), replays of the
// document through the pipeline, the data preview (clicking a node shows its records)
// and the dead letters. Debug runs never touch the document's sinks, topics or consumer
// groups, except a re-drive, which is meant to reach the real sinks. The panels have no
// parent until the main window docks them.
class DebugController : public QObject
{
    Q_OBJECT

public:
    DebugController(PipelineModel *model, DocumentController *document, RunLogPanel *log,
                    QObject *parent = nullptr);
    ~DebugController() override;

    // Where debug runs keep their folders: $WEIR_DATA_DIR/debug, else the user's data folder.
    static QString scratchRoot();

    KafkaBrowser *browser() const { return m_browser; }
    ReplayPanel *replayPanel() const { return m_replay; }
    PreviewController *preview() const { return m_preview; }
    DeadLetterPanel *deadLetters() const { return m_deadLetters; }

    // Connects the browser to the cluster of the document's first Kafka node (the sandbox
    // when there is none) unless it is connected already.
    void openBrowser();
    void openReplay();
    void startPreview();
    void openDeadLetters();
    void selectNodes(const QStringList &ids);

signals:
    // A panel wants to be shown (its dock raised).
    void showPanel(QWidget *panel);

private:
    Pipeline documentPipeline() const;

    PipelineModel *m_model;
    DocumentController *m_document;
    RunLogPanel *m_log;
    KafkaBrowser *m_browser;
    ReplayPanel *m_replay;
    PreviewController *m_preview;
    DeadLetterPanel *m_deadLetters;
};

} // namespace weir
