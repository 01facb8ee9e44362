#include "enginecontroller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace weir;

namespace {

// generator -> file sink: `count` events (0: forever) as fast as `rate` allows.
Pipeline generatorPipeline(const QTemporaryDir &dir, int64_t count, double rate)
{
    Pipeline p;
    p.name = "controller_test";
    p.settings = {{"trigger", "processing_time"}, {"interval", "50ms"}};
    p.nodes = {
        {"events",
         "source.generator",
         {{"seed", 3}, {"count", count}, {"rate", rate}},
         std::nullopt},
        {"copy", "sink.file", {{"path", dir.filePath("out.ndjson").toStdString()}}, std::nullopt}};
    p.edges = {{"events", "out", "copy"}};
    return p;
}

const NodeStats *statsOf(const MetricsSnapshot &snapshot, const std::string &id)
{
    for (const NodeStats &node : snapshot.nodes) {
        if (node.id == id)
            return &node;
    }
    return nullptr;
}

constexpr int kTimeoutMs = 60000;

} // namespace

class tst_EngineController : public QObject
{
    Q_OBJECT

private slots:
    void runOnceReachesCount_data();
    void runOnceReachesCount();
    void pauseResumeStopKeepFigures();
    void startErrorBecomesSignal();
    void failureWhileStartingBecomesSignal();
    void stopWhileStarting();
    void secondRunWhileActiveIsRefused();
    void engineLogReachesGui();
};

void tst_EngineController::runOnceReachesCount_data()
{
    QTest::addColumn<qint64>("count");
    QTest::newRow("1000") << qint64(1000);
    QTest::newRow("50000") << qint64(50000);
}

void tst_EngineController::runOnceReachesCount()
{
    QFETCH(qint64, count);
    QTemporaryDir dir;
    EngineController controller;
    QSignalSpy states(&controller, &EngineController::stateChanged);
    QSignalSpy snapshots(&controller, &EngineController::snapshot);
    QVERIFY(controller.runOnce(generatorPipeline(dir, count, 0)));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kTimeoutMs);
    QVERIFY(!controller.isActive());

    const MetricsSnapshot &last = controller.lastSnapshot();
    QCOMPARE(last.eventsIn, uint64_t(count));
    QCOMPARE(last.eventsOut, uint64_t(count));
    QCOMPARE(statsOf(last, "copy")->in, uint64_t(count));
    QCOMPARE(states.last().at(0).value<RunState>(), RunState::Finished);
    QVERIFY(!snapshots.isEmpty());
    QCOMPARE(snapshots.last().at(0).value<MetricsSnapshot>().eventsIn, uint64_t(count));

    controller.stop(); // nothing to stop: the figures stay
    QCOMPARE(controller.lastSnapshot().eventsIn, uint64_t(count));
    QCOMPARE(controller.state(), RunState::Finished);
}

void tst_EngineController::pauseResumeStopKeepFigures()
{
    QTemporaryDir dir;
    EngineController controller;
    QSignalSpy allSnapshots(&controller, &EngineController::snapshot);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(controller.run(generatorPipeline(dir, 0, 20000)));
    QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot().eventsOut > 0, kTimeoutMs);

    controller.pause();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Paused, kTimeoutMs);
    controller.resume();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Running, kTimeoutMs);
    const uint64_t before = controller.lastSnapshot().eventsOut;
    QTRY_VERIFY_WITH_TIMEOUT(controller.lastSnapshot().eventsOut > before, kTimeoutMs);

    QSignalSpy snapshots(&controller, &EngineController::snapshot);
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kTimeoutMs);
    // However fast the engine runs, the GUI gets at most 30 snapshots a second.
    const qint64 limit = clock.elapsed() * EngineController::kMaxSnapshotsPerSecond / 1000 + 2;
    QVERIFY2(allSnapshots.count() <= limit,
             qPrintable(QStringLiteral("%1 > %2").arg(allSnapshots.count()).arg(limit)));
    const MetricsSnapshot last = controller.lastSnapshot();
    QVERIFY(last.eventsOut > before);
    QCOMPARE(statsOf(last, "copy")->in, last.eventsOut);
    // Stopped: no more snapshots, and the figures stay.
    const qsizetype published = snapshots.count();
    QCoreApplication::processEvents();
    QCOMPARE(snapshots.count(), published);
    QVERIFY(!controller.isActive());
    QCOMPARE(controller.lastSnapshot().eventsOut, last.eventsOut);
}

void tst_EngineController::startErrorBecomesSignal()
{
    QTemporaryDir dir;
    Pipeline broken = generatorPipeline(dir, 10, 0);
    broken.nodes[0].params["rate"] = "fast";
    EngineController controller;
    QSignalSpy errors(&controller, &EngineController::errorOccurred);
    QVERIFY(!controller.run(broken));
    QCOMPARE(errors.count(), 1);
    const auto problems = errors.first().at(1).value<std::vector<Problem>>();
    QVERIFY(!problems.empty());
    QCOMPARE(problems[0].node, std::string("events"));
    QCOMPARE(problems[0].param, std::string("rate"));
    QCOMPARE(controller.state(), RunState::Failed);
    QVERIFY(!controller.isActive());

    // The controller still works after the failure.
    QVERIFY(controller.runOnce(generatorPipeline(dir, 10, 0)));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kTimeoutMs);
    QCOMPARE(controller.lastSnapshot().eventsIn, uint64_t(10));
}

// Problems only opening the files show while starting, on the starter thread.
void tst_EngineController::failureWhileStartingBecomesSignal()
{
    QTemporaryDir dir;
    Pipeline unwritable = generatorPipeline(dir, 10, 0);
    unwritable.nodes[1].params["path"] = dir.filePath("missing/dir/out.ndjson").toStdString();
    EngineController controller;
    QSignalSpy errors(&controller, &EngineController::errorOccurred);
    QVERIFY(controller.run(unwritable));
    QCOMPARE(controller.state(), RunState::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeoutMs);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("missing/dir")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(controller.state(), RunState::Failed);
    QVERIFY(!controller.isActive());
}

void tst_EngineController::stopWhileStarting()
{
    QTemporaryDir dir;
    EngineController controller;
    QVERIFY(controller.run(generatorPipeline(dir, 0, 1000)));
    controller.pause();
    controller.stop();
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kTimeoutMs);
    QVERIFY(!controller.isActive());
}

void tst_EngineController::secondRunWhileActiveIsRefused()
{
    QTemporaryDir dir;
    EngineController controller;
    QSignalSpy errors(&controller, &EngineController::errorOccurred);
    QVERIFY(controller.run(generatorPipeline(dir, 0, 1000)));
    QVERIFY(!controller.run(generatorPipeline(dir, 0, 1000)));
    QCOMPARE(errors.count(), 1);
    QVERIFY(controller.isActive());
    // Destroying the controller mid-run stops the run and joins the engine thread.
}

void tst_EngineController::engineLogReachesGui()
{
    QTemporaryDir dir;
    RunOptions options;
    options.checkpointPath = dir.filePath("run.checkpoint").toStdString();
    EngineController controller;
    QVERIFY(controller.runOnce(generatorPipeline(dir, 100, 0), options));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kTimeoutMs);

    QSignalSpy log(&controller, &EngineController::logMessage);
    QVERIFY(controller.runOnce(generatorPipeline(dir, 100, 0), options));
    QTRY_COMPARE_WITH_TIMEOUT(controller.state(), RunState::Finished, kTimeoutMs);
    QTRY_VERIFY(!log.isEmpty());
    QVERIFY2(log.first().at(0).toString().contains(QStringLiteral("restored checkpoint")),
             qPrintable(log.first().at(0).toString()));
}

QTEST_GUILESS_MAIN(tst_EngineController)

#include "tst_enginecontroller.moc"
