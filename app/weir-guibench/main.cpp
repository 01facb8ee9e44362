// weir-guibench: opens the real designer window (offscreen unless a display is set), runs
// the generator example at full speed (events.rate 0) for a fixed number of events, and
// reports what the GUI thread felt meanwhile:
//  - event-loop delay: how late a 10 ms timer fires (p50, p99, max) — what a click waits;
//  - the GUI-thread cost of one snapshot (canvas figures + status summary) and of one
//    repaint of the canvas, measured on the run's last snapshot;
//  - the run's events/s inside the app, to compare with weir-bench's headless figure.
//   weir-guibench [EVENTS]
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "mainwindow.h"
#include "pipelineeditor.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "runsession.h"

#include <QUndoStack>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace weir;

namespace {

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[size_t(q * double(values.size() - 1))];
}

// Mean milliseconds of `step` over `rounds` calls.
double meanMs(int rounds, const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        step();
    return double(timer.nsecsElapsed()) / 1e6 / rounds;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WeirBench"));
    QApplication::setApplicationName(QStringLiteral("WeirGuiBench"));
    const long long events = argc > 1 ? std::atoll(argv[1]) : 4'000'000;

    MainWindow window;
    const QString scratch = QDir::temp().filePath(QStringLiteral("weir-guibench"));
    QDir(scratch).removeRecursively();
    window.document()->setScratchDirectory(scratch);
    window.show();
    if (!window.document()->openTemplate(":/templates/user_events_generator.weir.json").isEmpty())
        return 1;
    window.editor()->setParam("events", "rate", 0);
    window.editor()->setParam("events", "count", events);
    window.view()->fitToView();

    std::vector<double> delays;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        delays.push_back(std::max(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - 10.0));
        sinceTick.restart();
    });
    int snapshots = 0;
    QObject::connect(window.engine(), &EngineController::snapshot, &window,
                     [&](const MetricsSnapshot &) { ++snapshots; });
    QObject::connect(window.engine(), &EngineController::stateChanged, &app, [&](RunState s) {
        if (s == RunState::Finished || s == RunState::Failed)
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); }); // no close prompt
    });
    QTimer::singleShot(0, &window, [&] {
        sinceTick.start();
        probe.start();
        window.session()->runOnce();
    });
    QApplication::exec();
    probe.stop();

    const MetricsSnapshot last = window.engine()->lastSnapshot();
    if (last.state != RunState::Finished) {
        std::fprintf(stderr, "weir-guibench: the run did not finish: %s\n", last.error.c_str());
        return 1;
    }
    const double figuresMs = meanMs(1000, [&] {
        window.scene()->showRunFigures(last);
        RunSession::summary(last);
    });
    const double repaintMs = meanMs(100, [&] { window.view()->viewport()->repaint(); });
    window.editor()->undoStack()->setClean(); // closing asks nothing
    std::printf("designer window, generator example at full speed, %lld events\n", events);
    std::printf("  engine inside the app: %.2f M events/s (%.1f s)\n",
                double(last.eventsIn) / last.elapsedSeconds / 1e6, last.elapsedSeconds);
    std::printf("  snapshots shown: %d (%.1f/s; cap %d/s)\n", snapshots,
                snapshots / last.elapsedSeconds, EngineController::kMaxSnapshotsPerSecond);
    std::printf("  event-loop delay of a 10 ms timer: p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(%zu samples)\n",
                percentile(delays, 0.5), percentile(delays, 0.99), percentile(delays, 1.0),
                delays.size());
    std::printf("  GUI-thread cost per snapshot (canvas figures + summary): %.3f ms; "
                "canvas repaint: %.2f ms\n",
                figuresMs, repaintMs);
    window.editor()->newDocument(); // nothing to save
    return 0;
}
