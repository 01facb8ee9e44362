#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QToolButton;

namespace weir {

class DebugController;
class DesignerActions;
class DocumentController;
class EngineController;
class MonitorController;
class NodePalette;
class PipelineEditor;
class PipelineModel;
class PipelineScene;
class PipelineView;
class ProblemsPanel;
class PropertyEditor;
class RunLogPanel;
class RunSession;

// The designer's window: the canvas in the middle, the palette, property editor,
// problems and run log as docks (their layout restored between runs), menus, toolbar and
// status bar. It owns the document (model + editor) and wires the parts together; the
// parts themselves never know about each other.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PipelineModel *model() const { return m_model; }
    PipelineEditor *editor() const { return m_editor; }
    PipelineScene *scene() const { return m_scene; }
    PipelineView *view() const { return m_view; }
    NodePalette *palette() const { return m_palette; }
    PropertyEditor *properties() const { return m_properties; }
    ProblemsPanel *problems() const { return m_problems; }
    RunLogPanel *runLog() const { return m_runLog; }
    DocumentController *document() const { return m_document; }
    EngineController *engine() const { return m_engine; }
    RunSession *session() const { return m_session; }
    MonitorController *monitor() const { return m_monitor; }
    DebugController *debug() const { return m_debug; }
    DesignerActions *actions() const { return m_actions; }
    // "system" | "light" | "dark"; remembered for the next start unless `remember` is false.
    void setTheme(const QString &name, bool remember = true);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addMonitorDocks();
    void addDebugDocks();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name,
                         Qt::DockWidgetArea area);
    void createStatusBar();
    void connectFileActions();
    void connectEditActions();
    void connectViewActions();
    void connectRunActions();
    void connectPanels();
    void rebuildRecentMenu();
    void rebuildTemplatesMenu();
    void selectionChanged(const QStringList &ids);
    void addNodeType(const QString &type);
    void showProblem(const QString &node, const QString &param);
    void paste();
    void updateTitle();
    void updateRunActions();
    void restoreSettings();
    void saveSettings();
    void showAbout();
    void restartForLanguage();

    PipelineModel *m_model;
    PipelineEditor *m_editor;
    PipelineScene *m_scene;
    PipelineView *m_view;
    NodePalette *m_palette;
    PropertyEditor *m_properties;
    ProblemsPanel *m_problems;
    RunLogPanel *m_runLog;
    EngineController *m_engine;
    DocumentController *m_document;
    RunSession *m_session;
    DesignerActions *m_actions;
    MonitorController *m_monitor;
    DebugController *m_debug;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_monitorDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_sandbox = nullptr;
    QToolButton *m_copySandbox = nullptr;
};

} // namespace weir
