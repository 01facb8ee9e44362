#pragma once

#include "metricssnapshot.h"
#include "pipeline.h"

#include <QObject>
#include <QString>

namespace weir {

class EngineController;

// One bounded debug run (a replay, a data preview, a re-drive) at a time, next to the
// designer's own run. The pipeline it gets is already rewritten for debugging (see
// engine/debugpipeline.h); it runs with trigger once through an engine controller of
// its own - the same door to the engine as the designer's runs - and reports progress
// against the number of records the caller expects.
class BoundedRun : public QObject
{
    Q_OBJECT

public:
    explicit BoundedRun(QObject *parent = nullptr);
    ~BoundedRun() override;

    // False, with failed(), when a debug run is active or the pipeline has problems.
    bool start(const Pipeline &pipeline, const QString &label, uint64_t expectedRecords);
    void cancel();
    bool isActive() const;
    QString label() const { return m_label; }
    const MetricsSnapshot &lastSnapshot() const;

signals:
    // Records read so far of `expected` (0 when unknown).
    void progress(quint64 read, quint64 expected);
    void finished(const weir::MetricsSnapshot &last);
    void failed(const QString &message);
    void logMessage(const QString &line);

private:
    void stateChanged(RunState state);

    EngineController *m_engine;
    QString m_label;
    uint64_t m_expected = 0;
    bool m_cancelled = false;
};

} // namespace weir
