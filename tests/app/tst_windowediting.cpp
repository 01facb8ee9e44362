#include "designeractions.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "nodepalette.h"
#include "pipelineeditor.h"
#include "pipelinefile.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "problemspanel.h"
#include "propertyeditor.h"
#include "windowtesting.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace weir;

// Editing through the window: the clipboard and delete actions with their shortcuts, adding
// from the palette by keyboard, and the problems panel leading to the node.
class tst_WindowEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void copyPasteThroughClipboard();
    void deleteKeyRemovesSelection();
    void paletteEnterAddsAtViewCentre();
    void problemLeadsToNodeAndField();
    void actionsExplainThemselves();

private:
    std::unique_ptr<MainWindow> m_window;
};

void tst_WindowEditing::init()
{
    useTestSettings();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->document()->openTemplate(templatePath("user_events_generator")), QString());
}

void tst_WindowEditing::cleanup()
{
    m_window->editor()->undoStack()->setClean();
    m_window.reset();
}

void tst_WindowEditing::copyPasteThroughClipboard()
{
    const std::string before = m_window->model()->toFileText();
    m_window->scene()->selectNodes({"parse", "watermark"});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_C, Qt::ControlModifier);
    // The clipboard holds the file format: the two nodes and the edge between them.
    const Pipeline fragment = loadPipeline(QApplication::clipboard()->text().toStdString());
    QCOMPARE(fragment.nodes.size(), size_t(2));
    QCOMPARE(fragment.edges.size(), size_t(1));

    QTest::keyClick(m_window->view(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_window->scene()->selectedNodeIds(), QStringList({"parse_2", "watermark_2"}));
    QVERIFY(m_window->model()->connectionIndex({"parse_2", "out", "watermark_2"}) >= 0);
    const PipelineNode *copy = m_window->model()->node("parse_2");
    QVERIFY(copy->params == m_window->model()->node("parse")->params);
    QCOMPARE(copy->position,
             m_window->model()->node("parse")->position + PipelineEditor::kCopyOffset);

    m_window->actions()->undo->trigger();
    QCOMPARE(m_window->model()->toFileText(), before);
}

void tst_WindowEditing::deleteKeyRemovesSelection()
{
    const std::string before = m_window->model()->toFileText();
    m_window->scene()->selectNodes({"watermark"});
    m_window->view()->setFocus();
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QVERIFY(!m_window->model()->node("watermark"));
    QCOMPARE(m_window->model()->connectionsOf("parse").size(), size_t(2)); // in, errors
    QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->model()->toFileText(), before);
}

void tst_WindowEditing::paletteEnterAddsAtViewCentre()
{
    QLineEdit *search = m_window->palette()->searchBox();
    QTest::keyClicks(search, "filter");
    QTest::keyClick(search, Qt::Key_Return);
    const PipelineNode *filter = m_window->model()->node("filter");
    QVERIFY(filter);
    QCOMPARE(filter->type, QString("transform.filter"));
    QCOMPARE(m_window->scene()->selectedNodeIds(), QStringList({"filter"}));
    const QRectF visible
        = m_window->view()->mapToScene(m_window->view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_window->scene()->nodeRect("filter").center()));
    QCOMPARE(m_window->properties()->node(), QString("filter"));
}

void tst_WindowEditing::problemLeadsToNodeAndField()
{
    m_window->view()->setZoom(2.0);
    m_window->view()->centerOnNode("events");
    m_window->editor()->setParam("counts", "slide", "soon");
    QTRY_COMPARE(m_window->problems()->count(), 1);
    QTreeWidget *list = m_window->problems()->view();
    QTreeWidgetItem *row = list->topLevelItem(0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
    QCOMPARE(m_window->scene()->selectedNodeIds(), QStringList({"counts"}));
    const QRectF visible
        = m_window->view()->mapToScene(m_window->view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_window->scene()->nodeRect("counts")));
    QCOMPARE(m_window->properties()->node(), QString("counts"));
    QWidget *slide = m_window->properties()->fieldEditor("slide");
    QVERIFY(slide->isAncestorOf(QApplication::focusWidget()));
}

void tst_WindowEditing::actionsExplainThemselves()
{
    DesignerActions *a = m_window->actions();
    for (QAction *action : {a->newDocument, a->open,   a->save,      a->saveAs,    a->cut,
                            a->copy,        a->paste,  a->duplicate, a->remove,    a->selectAll,
                            a->autoLayout,  a->zoomIn, a->zoomOut,   a->fitToView, a->run,
                            a->runOnce,     a->pause,  a->stop,      a->undo,      a->redo}) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
    }
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY(!dock->widget()->accessibleName().isEmpty());
    QVERIFY(!m_window->view()->accessibleName().isEmpty());
}

QTEST_MAIN(tst_WindowEditing)
#include "tst_windowediting.moc"
