#include "designeractions.h"

#include "languagemenu.h"

#include <QAction>
#include <QActionGroup>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QToolBar>
#include <QWidget>

namespace weir {

DesignerActions::DesignerActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    newDocument = make(tr("&New"), "new", QKeySequence::New, tr("Start an empty pipeline"));
    open = make(tr("&Open…"), "open", QKeySequence::Open, tr("Open a *.weir.json pipeline"));
    save = make(tr("&Save"), "save", QKeySequence::Save, tr("Save the pipeline"));
    saveAs = make(tr("Save &As…"), "save-as", QKeySequence(tr("Ctrl+Shift+S")),
                  tr("Save the pipeline under a new name"));
    quit = make(tr("&Quit"), "quit", QKeySequence(tr("Ctrl+Q")), tr("Quit Weir"));
    recentMenu = new QMenu(tr("Open &Recent"), window);
    templatesMenu = new QMenu(tr("New from &Template"), window);

    cut = make(tr("Cu&t"), "cut", QKeySequence::Cut, tr("Cut the selected nodes"));
    copy = make(tr("&Copy"), "copy", QKeySequence::Copy,
                tr("Copy the selected nodes and the connections among them (as pipeline JSON)"));
    paste = make(tr("&Paste"), "paste", QKeySequence::Paste, tr("Paste nodes"));
    duplicate = make(tr("&Duplicate"), "duplicate", QKeySequence(tr("Ctrl+D")),
                     tr("Duplicate the selected nodes"));
    remove = make(tr("De&lete"), "delete", QKeySequence::Delete,
                  tr("Delete the selected nodes and connections"));
    selectAll = make(tr("Select &All"), "select-all", QKeySequence::SelectAll, tr("Select every node"));
    alignLeft = make(tr("Align Le&ft"), "align-left", QKeySequence(tr("Ctrl+Shift+L")),
                     tr("Line the selected nodes up on the leftmost one"));
    alignTop = make(tr("Align T&op"), "align-top", QKeySequence(tr("Ctrl+Shift+T")),
                    tr("Line the selected nodes up on the topmost one"));
    autoLayout = make(tr("Auto-La&yout"), "auto-layout", QKeySequence(tr("Ctrl+L")),
                      tr("Lay the pipeline out left to right in flow order"));
    snapToGrid = make(tr("&Snap to Grid"), "snap-grid", QKeySequence(tr("Ctrl+G")),
                      tr("Snap moved and dropped nodes to the grid"));
    snapToGrid->setCheckable(true);

    zoomIn = make(tr("Zoom &In"), "zoom-in", QKeySequence::ZoomIn, tr("Zoom in"));
    zoomOut = make(tr("Zoom &Out"), "zoom-out", QKeySequence::ZoomOut, tr("Zoom out"));
    resetZoom = make(tr("&Actual Size"), "zoom-reset", QKeySequence(tr("Ctrl+0")), tr("Zoom to 100%"));
    fitToView = make(tr("&Fit to View"), "zoom-fit", QKeySequence(tr("Ctrl+1")),
                     tr("Show the whole pipeline"));
    findNode = make(tr("Find &Node Type…"), "find", QKeySequence::Find,
                    tr("Search the palette of node types"));
    panelsMenu = new QMenu(tr("&Panels"), window);
    themeMenu = new QMenu(tr("&Theme"), window);
    themeMenu->setIcon(QIcon(QStringLiteral(":/icons/theme.svg")));
    auto *themes = new QActionGroup(this);
    themeSystem = themes->addAction(tr("&System"));
    themeLight = themes->addAction(tr("&Light"));
    themeDark = themes->addAction(tr("&Dark"));
    for (QAction *theme : themes->actions()) {
        theme->setCheckable(true);
        themeMenu->addAction(theme);
    }

    languageMenu = new LanguageMenu(window);

    run = make(tr("&Run"), "run", QKeySequence(Qt::Key_F5),
               tr("Run the pipeline on the engine thread until stopped"));
    runOnce = make(tr("Run &Once"), "run-once", QKeySequence(tr("Ctrl+F5")),
                   tr("Run until the sources are drained, then stop"));
    pause = make(tr("&Pause"), "pause", QKeySequence(Qt::Key_F6),
                 tr("Pause the run (sources stop reading); again to resume"));
    pause->setCheckable(true);
    stop = make(tr("&Stop"), "stop", QKeySequence(tr("Shift+F5")),
                tr("Finish the batch in flight, commit and stop"));
    copySandboxAddress = make(tr("&Copy Sandbox Broker Address"), "copy-address", {},
                              tr("Copy the embedded sandbox broker's bootstrap servers, for "
                                 "outside producers and consumers"));
    showMonitor = make(tr("Show &Monitor"), "monitor", QKeySequence(tr("Ctrl+M")),
                       tr("Bring the live monitor's charts forward"));
    exportAlertRules = make(tr("Export &Alert Rules…"), "alert", {},
                            tr("Save the pipeline's alert thresholds as a Prometheus "
                               "alerting-rules file, for its headless workers"));
    browseTopics = make(tr("&Browse Topics"), "browse-topics", QKeySequence(tr("Ctrl+Shift+K")),
                        tr("Browse a Kafka cluster: topics, consumer groups and messages"));
    replay = make(tr("&Replay Through Pipeline…"), "replay", QKeySequence(tr("Ctrl+Shift+R")),
                  tr("Run the pipeline over an exact offset or time range of a topic, into "
                     "a scratch folder, and compare with an earlier replay"));
    previewData = make(tr("&Preview Data"), "preview", QKeySequence(tr("Ctrl+Shift+P")),
                       tr("Run the pipeline on its first records without touching its sinks, "
                          "then click a node to see what it sent"));
    showDeadLetters = make(tr("&Dead Letters"), "dead-letters", QKeySequence(tr("Ctrl+Shift+D")),
                           tr("Records that failed parsing: why, where from, and re-drive them "
                              "after fixing the schema"));
    about = make(tr("&About Weir"), "about", {}, tr("Version and libraries"));
}

void DesignerActions::addMenus(QMenuBar *bar)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({newDocument});
    file->addMenu(templatesMenu);
    file->addActions({open});
    file->addMenu(recentMenu);
    file->addSeparator();
    file->addActions({save, saveAs});
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({cut, copy, paste, duplicate, remove, selectAll});
    edit->addSeparator();
    edit->addActions({alignLeft, alignTop, autoLayout, snapToGrid});

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions({zoomIn, zoomOut, resetZoom, fitToView});
    view->addSeparator();
    view->addAction(findNode);
    view->addMenu(panelsMenu);
    view->addMenu(themeMenu);
    view->addMenu(languageMenu);

    QMenu *runMenu = bar->addMenu(tr("&Run"));
    runMenu->addActions({run, runOnce, pause, stop});
    runMenu->addSeparator();
    runMenu->addActions({showMonitor, exportAlertRules});
    runMenu->addSeparator();
    runMenu->addAction(copySandboxAddress);

    QMenu *debug = bar->addMenu(tr("&Debug"));
    debug->addActions({browseTopics, replay});
    debug->addSeparator();
    debug->addActions({previewData, showDeadLetters});

    bar->addMenu(tr("&Help"))->addAction(about);
}

QToolBar *DesignerActions::createToolBar(QWidget *parent)
{
    auto *bar = new QToolBar(tr("Main toolbar"), parent);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({newDocument, open, save});
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({run, runOnce, pause, stop});
    bar->addSeparator();
    bar->addActions({autoLayout, fitToView});
    return bar;
}

QAction *DesignerActions::make(const QString &text, const QString &icon,
                               const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, m_window);
    // Japanese and Chinese menus append the mnemonic, "ファイル(&F)"; the toolbar shows the
    // icon text, from which Qt drops only the '&'.
    static const QRegularExpression appendedMnemonic(QStringLiteral("\\s*[(\uff08]&\\w[)\uff09]"));
    if (text.contains(appendedMnemonic))
        action->setIconText(QString(text).remove(appendedMnemonic));
    const QString path = QStringLiteral(":/icons/%1.svg").arg(icon);
    if (!icon.isEmpty() && QFile::exists(path))
        action->setIcon(QIcon(path));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    } else {
        action->setToolTip(tip);
    }
    action->setStatusTip(tip);
    m_window->addAction(action);
    return action;
}

} // namespace weir
