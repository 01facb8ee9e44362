#pragma once

#include "deadletters.h"
#include "sinkmarkers.h"
#include "pipeline.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;

namespace weir {

class BoundedRun;
class DeadLetterView;

// Debug > Dead Letters: the records the document's parsers refused, from the sinks its
// `errors` ports feed (a store chooser above DeadLetterView), and their re-drive through
// the pipeline once the schema is fixed: planned off the GUI thread (engine/redrive.h),
// run through a BoundedRun into the REAL sinks, then removed from their store. A letter
// that fails again is written back by the run itself, with its new reason.
class DeadLetterPanel : public QWidget
{
    Q_OBJECT

public:
    DeadLetterPanel(std::function<Pipeline()> pipeline, QString scratchDirectory,
                    QWidget *parent = nullptr);
    ~DeadLetterPanel() override;

    DeadLetterView *view() const { return m_view; }
    // Re-reads the stores of the document and the letters of the chosen one.
    void refresh();
    void redrive(const QList<int> &indices);
    bool isRunning() const;

signals:
    void lettersShown(int count);
    void redriveFinished(int redriven, int failedAgain, int refused);
    void logMessage(const QString &line);

private:
    void readStore(int index);
    // Puts the sinks' batch markers back (see sinkmarkers.h); an error text, or empty.
    QString restoreMarkers();

    std::function<Pipeline()> m_pipeline;
    QString m_directory;
    QComboBox *m_stores;
    DeadLetterView *m_view;
    BoundedRun *m_run;
    std::vector<DeadLetterStore> m_storeList;
    DeadLetterStore m_redriveStore; // where m_redriving came from
    std::vector<DeadLetter> m_redriving;
    std::vector<SinkMarker> m_markers; // put back after the re-drive, whatever its outcome
    int m_refused = 0;
    int m_readRequest = 0;
};

} // namespace weir
