#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace weir {

class LanguageMenu;

// Every command of the designer's window as a QAction with its text, shortcut, icon
// (resources/icons/<name>.svg), tooltip and status tip, and the menus and toolbar that
// show them. What each action does is wired by MainWindow.
class DesignerActions : public QObject
{
    Q_OBJECT

public:
    explicit DesignerActions(QWidget *window);

    // File
    QAction *newDocument, *open, *save, *saveAs, *quit;
    QMenu *recentMenu, *templatesMenu;
    // Edit
    QAction *undo = nullptr, *redo = nullptr; // from the undo stack, set by MainWindow
    QAction *cut, *copy, *paste, *duplicate, *remove, *selectAll;
    QAction *alignLeft, *alignTop, *autoLayout, *snapToGrid;
    // View
    QAction *zoomIn, *zoomOut, *resetZoom, *fitToView, *findNode;
    QMenu *panelsMenu, *themeMenu;
    LanguageMenu *languageMenu;
    QAction *themeSystem, *themeLight, *themeDark;
    // Run
    QAction *run, *runOnce, *pause, *stop, *copySandboxAddress;
    QAction *showMonitor, *exportAlertRules;
    // Debug
    QAction *browseTopics, *replay, *previewData, *showDeadLetters;
    // Help
    QAction *about;

    // Call once undo and redo are set and panels are known.
    void addMenus(QMenuBar *bar);
    QToolBar *createToolBar(QWidget *parent);

private:
    QAction *make(const QString &text, const QString &icon, const QKeySequence &shortcut,
                  const QString &tip);

    QWidget *m_window;
};

} // namespace weir
