#include "panelstesting.h"
#include "problemspanel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace weir;

class tst_ProblemsPanel : public QObject
{
    Q_OBJECT

private slots:
    void countFollowsEdits();
    void rowsShowNodeParamMessage();
    void activatingRowEmitsNodeAndParam();
};

void tst_ProblemsPanel::countFollowsEdits()
{
    ExampleDocument doc;
    ProblemsPanel panel(&doc.model);
    QSignalSpy counts(&panel, &ProblemsPanel::countChanged);
    QCOMPARE(panel.count(), 0);
    QCOMPARE(panel.title(), QStringLiteral("No problems"));
    doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("size"), "soon");
    QTRY_COMPARE(panel.count(), 1);
    QCOMPARE(panel.title(), QStringLiteral("1 problem"));
    doc.editor.setParam(QStringLiteral("events"), QStringLiteral("rate"), -5);
    doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("group_by"),
                        Json::parse(R"(["nope"])"));
    QTRY_COMPARE(panel.count(), 3);
    QCOMPARE(panel.count(), int(doc.model.problems().size()));
    QCOMPARE(panel.title(), QStringLiteral("3 problems"));
    QCOMPARE(panel.view()->topLevelItemCount(), 3);
    doc.editor.undoStack()->undo();
    doc.editor.undoStack()->undo();
    doc.editor.undoStack()->undo();
    QTRY_COMPARE(panel.count(), 0);
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.last().at(0).toInt(), 0);
}

void tst_ProblemsPanel::rowsShowNodeParamMessage()
{
    ExampleDocument doc;
    ProblemsPanel panel(&doc.model);
    PipelineSettings settings = doc.model.pipelineSettings();
    settings.settings["trigger"] = "sometimes";
    doc.editor.setPipelineSettings(settings);
    doc.editor.setParam(QStringLiteral("watermark"), QStringLiteral("delay"), "soon");
    doc.model.validateNow();
    QCOMPARE(panel.count(), int(doc.model.problems().size()));
    QCOMPARE(panel.count(), 2);
    for (int i = 0; i < panel.count(); ++i) {
        const Problem &problem = doc.model.problems()[size_t(i)];
        const QTreeWidgetItem *item = panel.view()->topLevelItem(i);
        const QString node = problem.node.empty() ? QStringLiteral("(pipeline)")
                                                  : QString::fromStdString(problem.node);
        QCOMPARE(item->text(0), node);
        QCOMPARE(item->text(1), QString::fromStdString(problem.param));
        QCOMPARE(item->text(2), QString::fromStdString(problem.message));
        QVERIFY(!item->icon(0).isNull());
    }
}

void tst_ProblemsPanel::activatingRowEmitsNodeAndParam()
{
    ExampleDocument doc;
    ProblemsPanel panel(&doc.model);
    panel.resize(600, 200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("slide"), "later");
    QTRY_COMPARE(panel.count(), 1);
    QSignalSpy activated(&panel, &ProblemsPanel::problemActivated);
    QTreeWidgetItem *item = panel.view()->topLevelItem(0);
    const QPoint center = panel.view()->visualItemRect(item).center();
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, center);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0), QVariantList({QStringLiteral("counts"), QStringLiteral("slide")}));
    panel.view()->setCurrentItem(item);
    panel.view()->setFocus();
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QVERIFY(activated.size() >= 2);
    QCOMPARE(activated.last(), QVariantList({QStringLiteral("counts"), QStringLiteral("slide")}));
}

QTEST_MAIN(tst_ProblemsPanel)
#include "tst_problemspanel.moc"
