#pragma once

#include "metricssnapshot.h"
#include "pipeline.h"
#include "pipelinerunner.h"
#include "problem.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace weir {

// The only door between the designer and the engine. It owns one PipelineRunner at a
// time; the engine runs on the runner's own thread. Starting (opening files, connecting
// to brokers) happens on a short-lived starter thread, so the GUI never waits for it.
//
// Direction of every message:
//   GUI -> engine   run(), runOnce(), pause(), resume(), stop(): commands. They return
//                   at once; the engine acts on its thread (stop finishes the batch in
//                   flight and commits first). Pause and stop given while the run is
//                   still starting take effect as soon as it has started.
//   engine -> GUI   snapshot(): the metrics, polled by a timer while a run is active,
//                   at most kMaxSnapshotsPerSecond, whatever the engine's pace.
//                   stateChanged(): when the snapshot's state differs from the last one.
//                   logMessage(): an engine log line. The engine thread only queues it
//                   under a short lock and arms one queued flush per burst.
//                   errorOccurred(): a run that could not start (the problems name node
//                   and parameter) or that failed.
//                   sandboxReady(): the run started and uses `bootstrap_servers: embedded`;
//                   the in-process sandbox broker listens at this address for outside
//                   clients (kcat, kafka-python) until the application exits.
// All signals are emitted on the controller's thread (the GUI thread). After a run ends
// the last snapshot stays available, so the figures remain visible.
class EngineController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSnapshotsPerSecond = 30;

    explicit EngineController(QObject *parent = nullptr);
    ~EngineController() override; // stops a run and waits for its thread

    // Start `pipeline` with its own trigger / with trigger once. False, with
    // errorOccurred(), when the pipeline has problems or a run is still active; a start
    // that fails later (a file or broker cannot be opened) reports errorOccurred() then.
    bool run(const Pipeline &pipeline, RunOptions options = {});
    bool runOnce(const Pipeline &pipeline, RunOptions options = {});
    void pause();
    void resume();
    void stop();

    RunState state() const { return m_last.state; }
    bool isActive() const { return m_runner != nullptr; } // starting, running or stopping
    const MetricsSnapshot &lastSnapshot() const { return m_last; }

signals:
    void snapshot(const weir::MetricsSnapshot &snapshot);
    void stateChanged(weir::RunState state);
    void logMessage(const QString &line);
    void errorOccurred(const QString &message, const std::vector<weir::Problem> &problems);
    void sandboxReady(const QString &bootstrapServers);

private:
    struct StartFailure
    {
        QString message;
        std::vector<Problem> problems;
    };

    void started(const std::optional<StartFailure> &failure); // starter -> GUI
    void startFailed(const QString &message, const std::vector<Problem> &problems);
    void poll();
    void publish(MetricsSnapshot snapshot);
    void queueLog(const std::string &line); // engine thread
    void flushLog();

    std::unique_ptr<PipelineRunner> m_runner;
    std::thread m_starter; // runs m_runner->start(), then hands over to started()
    bool m_pauseAfterStart = false;
    bool m_stopAfterStart = false;
    bool m_usesSandbox = false; // the pipeline being started names `embedded` brokers
    MetricsSnapshot m_last;
    QTimer m_poll;
    std::mutex m_logMutex;
    std::vector<std::string> m_pendingLog; // guarded by m_logMutex
    std::atomic<bool> m_logFlushArmed = false;
};

} // namespace weir
