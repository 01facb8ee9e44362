#include "connectionitem.h"
#include "designeractions.h"
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "runfigures.h"
#include "runlogpanel.h"
#include "runsession.h"
#include "windowtesting.h"

#include "../kafka/brokerprocess.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace weir;

// Running from the designer's window: the Run actions drive the engine thread through the
// controller, the canvas and status bar show the figures and keep them after the stop, and
// the in-process sandbox broker's address is shown for outside clients.
class tst_DesignerRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runOnceCountsEveryEvent();
    void pauseAndResumeFromTheWindow();
    void invalidPipelineReportsInLog();
    void sandboxAddressShownAndUsable();

private:
    const NodeStats *nodeStats(const QString &id) const;

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DesignerRun::init()
{
    useTestSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->document()->setScratchDirectory(m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DesignerRun::cleanup()
{
    if (m_window->engine()->isActive()) {
        m_window->engine()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->engine()->isActive(), 30000);
    }
    m_window->editor()->undoStack()->setClean();
    m_window.reset();
}

const NodeStats *tst_DesignerRun::nodeStats(const QString &id) const
{
    for (const NodeStats &node : m_window->engine()->lastSnapshot().nodes) {
        if (node.id == id.toStdString())
            return &node;
    }
    return nullptr;
}

void tst_DesignerRun::runOnceCountsEveryEvent()
{
    const int events = 20000;
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("events", "count", events);
    m_window->editor()->setParam("events", "rate", 0);

    m_window->actions()->runOnce->trigger();
    QVERIFY(!m_window->actions()->run->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engine()->state(), RunState::Finished, 60000);

    // The generator's events all reach the parser; each one leaves it on out or errors.
    const NodeStats *parse = nodeStats("parse");
    QVERIFY(parse);
    QCOMPARE(parse->in, uint64_t(events));
    QCOMPARE(parse->out + parse->errors, uint64_t(events));
    QVERIFY(parse->errors > 0); // the template generates 0.1% malformed events
    QCOMPARE(nodeStats("dead_letters")->in, parse->errors);
    // Stopped: the last figures stay on the canvas, in the status bar and the log.
    NodeItem *parseItem = m_window->scene()->nodeItem("parse");
    QVERIFY2(parseItem->figuresText().contains("in " + compactCount(events)),
             qPrintable(parseItem->figuresText()));
    QVERIFY(parseItem->hasErrors());
    QCOMPARE(parseItem->errorCount(), parse->errors);
    QVERIFY(!m_window->scene()->nodeItem("watermark")->hasErrors());
    const ConnectionId deadLetters {"parse", "errors", "dead_letters"};
    QCOMPARE(m_window->scene()->connectionItem(deadLetters)->label(),
             compactCount(double(parse->errors)));
    bool summarised = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        summarised |= label->text().startsWith("Finished") && label->text().contains("in 20.0k");
    QVERIFY(summarised);
    QVERIFY2(m_window->runLog()->text().contains("Finished"),
             qPrintable(m_window->runLog()->text()));
    QVERIFY(m_window->actions()->run->isEnabled());
    QVERIFY(!m_window->actions()->stop->isEnabled());
}

void tst_DesignerRun::pauseAndResumeFromTheWindow()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("events", "rate", 5000);
    m_window->actions()->run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(nodeStats("parse") && nodeStats("parse")->in > 0, 30000);

    m_window->actions()->pause->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engine()->state(), RunState::Paused, 10000);
    QVERIFY(m_window->actions()->pause->isChecked());
    QVERIFY(m_window->runLog()->text().contains("Paused"));

    m_window->actions()->pause->trigger(); // unchecked: resume
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engine()->state(), RunState::Running, 10000);
    QVERIFY(!m_window->actions()->pause->isChecked());
    const uint64_t resumedAt = nodeStats("parse")->in;
    QTRY_VERIFY_WITH_TIMEOUT(nodeStats("parse")->in > resumedAt, 30000);

    m_window->actions()->stop->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->engine()->state(), RunState::Finished, 30000);
    QVERIFY(m_window->scene()->nodeItem("parse")->figuresText().contains("in "));
}

void tst_DesignerRun::invalidPipelineReportsInLog()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("counts", "size", "soon");
    m_window->actions()->run->trigger();
    QVERIFY(!m_window->engine()->isActive());
    const QString log = m_window->runLog()->text();
    QVERIFY2(log.contains("counts") && log.contains("size"), qPrintable(log));
    QVERIFY(m_window->actions()->run->isEnabled());
}

void tst_DesignerRun::sandboxAddressShownAndUsable()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events")), QString());
    m_window->editor()->setParam("events", "rate", 2000);
    m_window->actions()->run->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->sandboxAddress().isEmpty(), 30000);
    const QString address = m_window->session()->sandboxAddress();
    QVERIFY(address.startsWith("127.0.0.1:"));

    QLabel *shown = nullptr;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(address))
            shown = label;
    }
    QVERIFY(shown && shown->isVisible());
    m_window->actions()->copySandboxAddress->trigger();
    QCOMPARE(QApplication::clipboard()->text(), address);

    // Records flow through the sandbox: the Kafka source reads what the sink produced.
    QTRY_VERIFY_WITH_TIMEOUT(nodeStats("parse") && nodeStats("parse")->in > 1000, 30000);
    // An outside client sees the topic at that address.
    const ToolResult metadata = runTool("kcat", {"-b", address, "-L", "-t", "user_events"});
    QVERIFY2(metadata.exitCode == 0, metadata.err.constData());
    QVERIFY2(metadata.out.contains("topic \"user_events\""), metadata.out.constData());

    m_window->actions()->stop->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->engine()->isActive(), 30000);
    QCOMPARE(m_window->engine()->state(), RunState::Finished);
    QVERIFY(nodeStats("parse")->in > 1000); // figures kept after the stop
}

QTEST_MAIN(tst_DesignerRun)
#include "tst_designerrun.moc"
