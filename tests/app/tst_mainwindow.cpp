#include "designeractions.h"
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "mainwindow.h"
#include "pipelineeditor.h"
#include "pipelinefile.h"
#include "pipelinemodel.h"
#include "runlogpanel.h"
#include "windowtesting.h"

#include "../cli/weirrunprocess.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace weir;

// The designer's window: files (open, save, templates, recent, unsaved changes), the dock
// layout between sessions, and a pipeline saved in the GUI running headless unchanged.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void templateOpensUntitledAndClean();
    void malformedFileKeepsDocument_data();
    void malformedFileKeepsDocument();
    void editMarksDirtySaveClears();
    void savedPipelineRunsHeadless();
    void unsavedChangesPrompt();
    void recentFiles();
    void dockLayoutRestored();

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_MainWindow::init()
{
    useTestSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    if (m_window)
        m_window->editor()->undoStack()->setClean(); // no prompt on close
    m_window.reset();
}

void tst_MainWindow::templateOpensUntitledAndClean()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events")), QString());
    QCOMPARE(m_window->model()->nodes().size(), size_t(9));
    QVERIFY(m_window->document()->path().isEmpty());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains("user_events (unsaved)"));
    QVERIFY(DocumentController::templates().contains(templatePath("user_events")));
    QVERIFY(DocumentController::templates().contains(templatePath("user_events_generator")));
}

void tst_MainWindow::malformedFileKeepsDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"format\": \"weir-pipeline\", ") << "JSON";
    QTest::newRow("repeated id") << QByteArray(
        R"({"format":"weir-pipeline","version":1,"nodes":[)"
        R"({"id":"a","type":"source.generator","params":{}},)"
        R"({"id":"a","type":"sink.console","params":{}}],"edges":[]})")
                                 << "used by more than one node";
    QTest::newRow("not a pipeline") << QByteArray(R"({"format":"something-else"})") << "format";
}

void tst_MainWindow::malformedFileKeepsDocument()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events")), QString());
    const std::string before = m_window->model()->toFileText();
    const QString title = m_window->windowTitle();

    const QString path = m_dir->filePath("broken.weir.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const QString error = m_window->document()->open(path);

    QVERIFY2(error.contains(reason, Qt::CaseInsensitive), qPrintable(error));
    auto *box = m_window->findChild<QMessageBox *>("documentError");
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), error);
    QCOMPARE(m_window->model()->toFileText(), before);
    QCOMPARE(m_window->windowTitle(), title);
    QVERIFY(m_window->document()->path().isEmpty());
    box->close();
}

void tst_MainWindow::editMarksDirtySaveClears()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    m_window->editor()->setParam("events", "rate", 500);
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains("[*]") || m_window->isWindowModified());

    const QString path = m_dir->filePath("mine.weir.json");
    QCOMPARE(m_window->document()->saveAs(path), QString());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().startsWith("mine.weir.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().toStdString(), m_window->model()->toFileText());

    m_window->editor()->undoStack()->undo(); // away from the saved state: dirty again
    QVERIFY(m_window->isWindowModified());
    m_window->editor()->undoStack()->redo(); // back to it: clean
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::savedPipelineRunsHeadless()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
    const int events = 3000;
    m_window->editor()->setParam("events", "count", events);
    m_window->editor()->setParam("events", "rate", 0);
    const QString path = m_dir->filePath("bounded.weir.json");
    QCOMPARE(m_window->document()->saveAs(path), QString());

    const WeirRunResult result = runWeirRun({path, "--once", "--quiet"}, m_dir->path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // Every generated event reached the parser: rows in the table or a dead letter.
    const Pipeline reread = loadPipelineFile(path.toStdString());
    QCOMPARE(reread, m_window->model()->toPipeline());
    QVERIFY(QFile::exists(m_dir->filePath("user_event_counts.db")));
}

void tst_MainWindow::unsavedChangesPrompt()
{
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events")), QString());
    m_window->editor()->setParam("events", "rate", 123);
    const std::string edited = m_window->model()->toFileText();

    QString prompt;
    answerNextMessageBox(QMessageBox::Cancel, &prompt);
    m_window->actions()->newDocument->trigger();
    QVERIFY(prompt.contains("unsaved changes"));
    QCOMPARE(m_window->model()->toFileText(), edited);

    answerNextMessageBox(QMessageBox::Discard);
    m_window->actions()->newDocument->trigger();
    QVERIFY(m_window->model()->nodes().empty());
    QVERIFY(!m_window->isWindowModified());
}

void tst_MainWindow::recentFiles()
{
    const QStringList names = {"a.weir.json", "b.weir.json"};
    for (const QString &name : names) {
        QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")),
                 QString());
        QCOMPARE(m_window->document()->saveAs(m_dir->filePath(name)), QString());
    }
    QCOMPARE(m_window->document()->open(m_dir->filePath("a.weir.json")), QString());
    const QStringList recent = m_window->document()->recentFiles();
    QCOMPARE(recent.mid(0, 2),
             QStringList({m_dir->filePath("a.weir.json"), m_dir->filePath("b.weir.json")}));
    const QList<QAction *> entries = m_window->actions()->recentMenu->actions();
    QVERIFY(entries.size() >= 3); // two files, a separator, "Clear the List"
    QVERIFY(entries.first()->text().contains("a.weir.json"));

    m_window->document()->newDocument();
    entries.at(1)->trigger(); // b, no unsaved changes: opens straight away
    QCOMPARE(m_window->document()->path(), m_dir->filePath("b.weir.json"));
}

void tst_MainWindow::dockLayoutRestored()
{
    auto *palette = m_window->findChild<QDockWidget *>("paletteDock");
    QVERIFY(palette && palette->isVisible());
    palette->hide();
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->findChild<QDockWidget *>("paletteDock")->isVisible());
    QVERIFY(m_window->findChild<QDockWidget *>("propertiesDock")->isVisible());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
