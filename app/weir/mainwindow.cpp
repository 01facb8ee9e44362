#include "mainwindow.h"

#include "aboutdialog.h"
#include "deadletterpanel.h"
#include "debugcontroller.h"
#include "designeractions.h"
#include "documentcontroller.h"
#include "enginecontroller.h"
#include "kafkabrowser.h"
#include "languagemenu.h"
#include "monitorcontroller.h"
#include "nodepalette.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "previewcontroller.h"
#include "problemspanel.h"
#include "propertyeditor.h"
#include "replaypanel.h"
#include "runhistorypanel.h"
#include "runlogpanel.h"
#include "runsession.h"
#include "theme.h"
#include "workerspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace weir {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new PipelineModel(this))
    , m_editor(new PipelineEditor(m_model, this))
    , m_scene(new PipelineScene(m_editor, this))
    , m_view(new PipelineView(m_scene, this))
    , m_palette(new NodePalette(this))
    , m_properties(new PropertyEditor(m_editor, this))
    , m_problems(new ProblemsPanel(m_model, this))
    , m_runLog(new RunLogPanel(this))
    , m_engine(new EngineController(this))
    , m_document(new DocumentController(m_editor, this))
    , m_session(new RunSession(m_engine, m_model, m_document, m_scene, m_runLog, this))
    , m_actions(new DesignerActions(this))
    , m_monitor(new MonitorController(m_engine, m_scene, m_runLog, this))
    , m_debug(new DebugController(m_model, m_document, m_runLog, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/weir.svg")));
    setCentralWidget(m_view);
    addDock(m_palette, tr("Nodes"), QStringLiteral("paletteDock"), Qt::LeftDockWidgetArea);
    m_propertiesDock = addDock(m_properties, tr("Properties"), QStringLiteral("propertiesDock"),
                               Qt::RightDockWidgetArea);
    m_problemsDock = addDock(m_problems, tr("Problems"), QStringLiteral("problemsDock"),
                             Qt::BottomDockWidgetArea);
    m_logDock
        = addDock(m_runLog, tr("Run Log"), QStringLiteral("runLogDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_problemsDock, m_logDock);
    addMonitorDocks();
    addDebugDocks();

    m_actions->undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_actions->undo->setShortcut(QKeySequence::Undo);
    m_actions->undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    m_actions->redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_actions->redo->setShortcut(QKeySequence::Redo);
    m_actions->redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    m_actions->addMenus(menuBar());
    addToolBar(m_actions->createToolBar(this));
    createStatusBar();

    connectFileActions();
    connectEditActions();
    connectViewActions();
    connectRunActions();
    connectPanels();
    restoreSettings();
    updateTitle();
    updateRunActions();
    selectionChanged({});
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    if (m_engine->isActive())
        m_engine->stop(); // the controller's destructor waits for the engine thread
    event->accept();
}

// The monitor, the run history and the workers are tabs of the bottom area, beside the
// problems and the log: the charts get the window's whole width.
void MainWindow::addMonitorDocks()
{
    m_monitorDock = addDock(m_monitor->view(), tr("Monitor"), QStringLiteral("monitorDock"),
                            Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_logDock, m_monitorDock);
    QDockWidget *history = addDock(m_monitor->historyPanel(), tr("Run History"),
                                   QStringLiteral("historyDock"), Qt::BottomDockWidgetArea);
    QDockWidget *workers = addDock(m_monitor->workersPanel(), tr("Workers"),
                                   QStringLiteral("workersDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_monitorDock, history);
    tabifyDockWidget(m_monitorDock, workers);
    m_problemsDock->raise();
    connect(m_monitor->historyPanel(), &RunHistoryPanel::openRun, m_monitorDock, [this] {
        m_monitorDock->show();
        m_monitorDock->raise();
    });
}

// The debug panels are tabs of the bottom area too, hidden until the Debug menu (or the
// browser's "replay selection") asks for one.
void MainWindow::addDebugDocks()
{
    const std::pair<QWidget *, QString> panels[] = {
        {m_debug->browser(), tr("Topics")},
        {m_debug->replayPanel(), tr("Replay")},
        {m_debug->preview(), tr("Preview")},
        {m_debug->deadLetters(), tr("Dead Letters")},
    };
    for (const auto &[panel, title] : panels) {
        QDockWidget *dock = addDock(panel, title, panel->objectName() + QStringLiteral("Dock"),
                                    Qt::BottomDockWidgetArea);
        tabifyDockWidget(m_monitorDock, dock);
        dock->hide();
    }
    m_problemsDock->raise();
    connect(m_debug, &DebugController::showPanel, this, [](QWidget *panel) {
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        dock->show();
        dock->raise();
    });
    connect(m_actions->browseTopics, &QAction::triggered, m_debug, &DebugController::openBrowser);
    connect(m_actions->replay, &QAction::triggered, m_debug, &DebugController::openReplay);
    connect(m_actions->previewData, &QAction::triggered, m_debug, &DebugController::startPreview);
    connect(m_actions->showDeadLetters, &QAction::triggered, m_debug,
            &DebugController::openDeadLetters);
    connect(m_scene, &PipelineScene::nodeSelectionChanged, m_debug, &DebugController::selectNodes);
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    widget->setAccessibleName(title);
    addDockWidget(area, dock);
    m_actions->panelsMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createStatusBar()
{
    m_summary = new QLabel(tr("Ready"), this);
    m_summary->setAccessibleName(tr("Run summary"));
    m_sandbox = new QLabel(this);
    m_sandbox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sandbox->setAccessibleName(tr("Sandbox broker address"));
    m_sandbox->setToolTip(tr("Outside Kafka clients (kcat, kafka-python) can produce to and "
                             "consume from the sandbox broker at this address"));
    m_copySandbox = new QToolButton(this);
    m_copySandbox->setDefaultAction(m_actions->copySandboxAddress);
    m_copySandbox->setAutoRaise(true);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_sandbox);
    statusBar()->addPermanentWidget(m_copySandbox);
    m_sandbox->hide();
    m_copySandbox->hide();
}

void MainWindow::connectFileActions()
{
    connect(m_actions->newDocument, &QAction::triggered, this, [this] {
        if (m_document->maybeSave()) {
            m_document->newDocument();
            m_scene->clearRunFigures();
        }
    });
    connect(m_actions->open, &QAction::triggered, m_document, &DocumentController::openWithDialog);
    connect(m_actions->save, &QAction::triggered, m_document, &DocumentController::saveWithDialog);
    connect(m_actions->saveAs, &QAction::triggered, m_document,
            &DocumentController::saveAsWithDialog);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_document, &DocumentController::documentChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DocumentController::recentFilesChanged, this,
            &MainWindow::rebuildRecentMenu);
    connect(m_model, &PipelineModel::modelReset, m_scene, &PipelineScene::clearRunFigures);
    rebuildRecentMenu();
    rebuildTemplatesMenu();
}

void MainWindow::connectEditActions()
{
    // Clipboard and delete keys belong to the canvas; in a text field they edit the text.
    for (QAction *action : {m_actions->cut, m_actions->copy, m_actions->paste, m_actions->duplicate,
                            m_actions->remove, m_actions->selectAll}) {
        removeAction(action);
        m_view->addAction(action);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(m_actions->copy, &QAction::triggered, this, [this] {
        const std::string text = m_editor->copy(m_scene->selectedNodeIds());
        QApplication::clipboard()->setText(QString::fromStdString(text));
    });
    connect(m_actions->cut, &QAction::triggered, this, [this] {
        m_actions->copy->trigger();
        m_scene->deleteSelection();
    });
    connect(m_actions->paste, &QAction::triggered, this, &MainWindow::paste);
    connect(m_actions->duplicate, &QAction::triggered, this,
            [this] { m_scene->selectNodes(m_editor->duplicate(m_scene->selectedNodeIds())); });
    connect(m_actions->remove, &QAction::triggered, m_scene, &PipelineScene::deleteSelection);
    connect(m_actions->selectAll, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const PipelineNode &node : m_model->nodes())
            ids.append(node.id);
        m_scene->selectNodes(ids);
    });
    connect(m_actions->alignLeft, &QAction::triggered, this,
            [this] { m_editor->align(m_scene->selectedNodeIds(), Alignment::Left); });
    connect(m_actions->alignTop, &QAction::triggered, this,
            [this] { m_editor->align(m_scene->selectedNodeIds(), Alignment::Top); });
    connect(m_actions->autoLayout, &QAction::triggered, this, [this] {
        m_editor->autoLayout();
        m_view->fitToView();
    });
    connect(m_actions->snapToGrid, &QAction::toggled, m_scene, &PipelineScene::setSnapToGrid);
}

void MainWindow::connectViewActions()
{
    connect(m_actions->zoomIn, &QAction::triggered, m_view, &PipelineView::zoomIn);
    connect(m_actions->zoomOut, &QAction::triggered, m_view, &PipelineView::zoomOut);
    connect(m_actions->resetZoom, &QAction::triggered, m_view, &PipelineView::resetZoom);
    connect(m_actions->fitToView, &QAction::triggered, m_view, &PipelineView::fitToView);
    connect(m_actions->findNode, &QAction::triggered, this, [this] {
        m_palette->parentWidget()->show();
        m_palette->searchBox()->setFocus();
        m_palette->searchBox()->selectAll();
    });
    connect(m_actions->languageMenu, &LanguageMenu::restartRequested, this,
            &MainWindow::restartForLanguage);
    connect(m_actions->themeSystem, &QAction::triggered, this, [this] { setTheme("system"); });
    connect(m_actions->themeLight, &QAction::triggered, this, [this] { setTheme("light"); });
    connect(m_actions->themeDark, &QAction::triggered, this, [this] { setTheme("dark"); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::connectRunActions()
{
    connect(m_actions->run, &QAction::triggered, m_session, [this] {
        if (!m_session->run())
            m_logDock->raise();
    });
    connect(m_actions->runOnce, &QAction::triggered, m_session, [this] {
        if (!m_session->runOnce())
            m_logDock->raise();
    });
    connect(m_actions->showMonitor, &QAction::triggered, this, [this] {
        m_monitorDock->show();
        m_monitorDock->raise();
    });
    connect(m_actions->exportAlertRules, &QAction::triggered, this, [this] {
        m_monitor->exportAlertRules(this, m_model->toPipeline(), m_document->workingDirectory());
    });
    connect(m_session, &RunSession::started, this, [this](const Pipeline &pipeline) {
        m_monitor->runStarted(pipeline, m_document->displayName(), m_document->path());
        m_monitorDock->show();
        m_monitorDock->raise();
    });
    connect(m_actions->pause, &QAction::triggered, m_session, &RunSession::setPaused);
    connect(m_actions->stop, &QAction::triggered, m_session, &RunSession::stop);
    connect(m_session, &RunSession::stateChanged, this, &MainWindow::updateRunActions);
    connect(m_session, &RunSession::summaryChanged, m_summary, &QLabel::setText);
    connect(m_session, &RunSession::sandboxAddressChanged, this, [this](const QString &address) {
        m_sandbox->setText(tr("Sandbox broker: %1").arg(address));
        m_sandbox->show();
        m_copySandbox->show();
        updateRunActions();
    });
    connect(m_actions->copySandboxAddress, &QAction::triggered, this, [this] {
        QApplication::clipboard()->setText(m_session->sandboxAddress());
        statusBar()->showMessage(tr("Copied %1").arg(m_session->sandboxAddress()), 3000);
    });
}

void MainWindow::connectPanels()
{
    connect(m_scene, &PipelineScene::nodeSelectionChanged, this, &MainWindow::selectionChanged);
    connect(m_scene, &PipelineScene::nodeSelectionChanged, m_monitor,
            &MonitorController::selectNodes);
    connect(m_scene, &PipelineScene::nodeDoubleClicked, this, [this](const QString &id) {
        m_properties->setNode(id);
        m_propertiesDock->show();
        m_propertiesDock->raise();
    });
    connect(m_scene, &PipelineScene::connectionRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 6000); });
    connect(m_palette, &NodePalette::nodeTypeActivated, this, &MainWindow::addNodeType);
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
    connect(m_problems, &ProblemsPanel::countChanged, this, [this](int count) {
        m_problemsDock->setWindowTitle(count ? tr("Problems (%1)").arg(count) : tr("Problems"));
    });
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    menu->clear();
    const QStringList files = m_document->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QAction *action = menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                          this, [this, path] {
                                              if (m_document->maybeSave())
                                                  m_document->open(path);
                                          });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    menu->addSeparator();
    menu->addAction(tr("Clear the List"), m_document, &DocumentController::clearRecentFiles)
        ->setEnabled(!files.isEmpty());
}

void MainWindow::rebuildTemplatesMenu()
{
    for (const QString &path : DocumentController::templates()) {
        const QString name = QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0);
        QAction *action = m_actions->templatesMenu->addAction(name, this, [this, path] {
            if (m_document->maybeSave())
                m_document->openTemplate(path);
        });
        action->setStatusTip(DocumentController::templateDescription(path));
    }
}

void MainWindow::selectionChanged(const QStringList &ids)
{
    m_properties->setNode(ids.size() == 1 ? ids.first() : QString());
    for (QAction *action : {m_actions->cut, m_actions->copy, m_actions->duplicate})
        action->setEnabled(!ids.isEmpty());
    m_actions->alignLeft->setEnabled(ids.size() > 1);
    m_actions->alignTop->setEnabled(ids.size() > 1);
}

void MainWindow::addNodeType(const QString &type)
{
    const QString id = m_editor->addNode(type, m_view->visibleCenter());
    if (!id.isEmpty()) {
        m_scene->selectNodes({id});
        m_view->setFocus();
    }
}

void MainWindow::showProblem(const QString &node, const QString &param)
{
    if (!node.isEmpty() && m_model->node(node)) {
        m_scene->selectNodes({node});
        m_view->centerOnNode(node);
    }
    m_properties->setNode(m_model->node(node) ? node : QString());
    m_propertiesDock->show();
    m_propertiesDock->raise();
    if (!param.isEmpty())
        m_properties->focusParam(param);
}

void MainWindow::paste()
{
    QString error;
    const QString text = QApplication::clipboard()->text();
    const QStringList ids
        = m_editor->paste(text.toStdString(), PipelineEditor::kCopyOffset, &error);
    if (ids.isEmpty())
        statusBar()->showMessage(tr("Nothing to paste: %1").arg(error), 6000);
    else
        m_scene->selectNodes(ids);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Weir").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateRunActions()
{
    const RunState state = m_session->state();
    const bool active = m_engine->isActive();
    m_actions->run->setEnabled(!active);
    m_actions->runOnce->setEnabled(!active);
    m_actions->pause->setEnabled(active && state != RunState::Stopping);
    m_actions->pause->setChecked(state == RunState::Paused);
    m_actions->stop->setEnabled(active && state != RunState::Stopping);
    m_actions->copySandboxAddress->setEnabled(!m_session->sandboxAddress().isEmpty());
}

void MainWindow::setTheme(const QString &name, bool remember)
{
    const Theme theme = themeFromName(name);
    applyTheme(theme);
    (theme == Theme::Dark        ? m_actions->themeDark
         : theme == Theme::Light ? m_actions->themeLight
                                 : m_actions->themeSystem)
        ->setChecked(true);
    if (remember)
        QSettings().setValue(QStringLiteral("view/theme"), themeName(theme));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    setTheme(settings.value(QStringLiteral("view/theme"), "system").toString(), false);
    const bool snap = settings.value(QStringLiteral("edit/snapToGrid"), true).toBool();
    m_actions->snapToGrid->setChecked(snap);
    m_scene->setSnapToGrid(snap);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    // Dock sizes only come out right once the window has its final size: after show().
    QTimer::singleShot(0, this, [this] {
        if (restoreState(QSettings().value(QStringLiteral("window/state")).toByteArray()))
            return;
        // First start: the canvas gets the room, the panels what their content needs.
        resizeDocks({qobject_cast<QDockWidget *>(m_palette->parentWidget()), m_propertiesDock},
                    {qMax(250, m_palette->widthForTitles()), 370}, Qt::Horizontal);
        resizeDocks({m_problemsDock}, {300}, Qt::Vertical);
    });
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("edit/snapToGrid"), m_actions->snapToGrid->isChecked());
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

// A language is read when the windows are built: start a new Weir on the same file, once
// this window has closed (its unsaved-changes prompt may still cancel).
void MainWindow::restartForLanguage()
{
    if (!close())
        return;
    QStringList arguments;
    if (!m_document->path().isEmpty())
        arguments << m_document->path();
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

} // namespace weir
