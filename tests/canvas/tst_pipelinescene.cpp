#include "canvastesting.h"
#include "connectionitem.h"
#include "metricssnapshot.h"
#include "nodeitem.h"
#include "nodemimetype.h"
#include "noderegistry.h"
#include "pipelineoverview.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

using namespace weir;

namespace {

const QString kParse = QStringLiteral("parse");
const QString kWatermark = QStringLiteral("watermark");
const QString kCounts = QStringLiteral("counts");
const QString kSink = QStringLiteral("sink");
const QString kLateEvents = QStringLiteral("late_events");

// The items agree with the model: one per node at its position, one per connection.
void verifyMirrors(const Canvas &canvas)
{
    const PipelineModel &model = canvas.model;
    int nodeItems = 0;
    int connectionItems = 0;
    for (QGraphicsItem *item : canvas.scene.items()) {
        nodeItems += item->type() == NodeItem::Type;
        connectionItems += item->type() == ConnectionItem::Type;
    }
    QCOMPARE(nodeItems, int(model.nodes().size()));
    QCOMPARE(connectionItems, int(model.connections().size()));
    for (const PipelineNode &node : model.nodes()) {
        const NodeItem *item = canvas.scene.nodeItem(node.id);
        QVERIFY2(item, qPrintable(node.id));
        QCOMPARE(item->pos(), node.position);
        QCOMPARE(canvas.scene.nodeRect(node.id).topLeft(), node.position);
    }
    for (const ConnectionId &c : model.connections()) {
        const ConnectionItem *item = canvas.scene.connectionItem(c);
        QVERIFY2(item, qPrintable(c.from + "->" + c.to));
        QCOMPARE(item->fromPos(), canvas.scene.nodeItem(c.from)->outputScenePos(c.port));
        QCOMPARE(item->toPos(), canvas.scene.nodeItem(c.to)->inputScenePos());
    }
}

} // namespace

class tst_PipelineScene : public QObject
{
    Q_OBJECT

private slots:
    void mirrorsModelThroughUndo();
    void portDragConnects();
    void refusedDropChangesNothing_data();
    void refusedDropChangesNothing();
    void reconnectReplacesOrRemoves();
    void nodeDragSnapsAndUndoesAtOnce();
    void paletteDropAddsNode();
    void rubberBandSelectsAndDeleteUndoes();
    void zoomStaysWithinLimitsAndFits();
    void runFiguresShowAndClear();
    void problemsBadgeFollowsModel();
    void minimapOnlyWhenNotFitting();
    void wheelZoomsWithCtrlAndMiddlePans();
    void doubleClickNamesNode();
};

void tst_PipelineScene::mirrorsModelThroughUndo()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    verifyMirrors(canvas);
    QUndoStack *undo = canvas.editor.undoStack();

    const QString filter = canvas.editor.addNode(QStringLiteral("transform.filter"), {660, 320});
    QVERIFY(canvas.scene.nodeItem(filter));
    verifyMirrors(canvas);
    QCOMPARE(canvas.editor.addConnection({kWatermark, QStringLiteral("out"), filter}), QString());
    QVERIFY(canvas.scene.connectionItem({kWatermark, QStringLiteral("out"), filter}));
    verifyMirrors(canvas);
    QCOMPARE(canvas.editor.renameNode(kWatermark, QStringLiteral("wm")), QString());
    QVERIFY(!canvas.scene.nodeItem(kWatermark));
    QCOMPARE(canvas.scene.nodeItem(QStringLiteral("wm"))->id(), QStringLiteral("wm"));
    verifyMirrors(canvas);
    canvas.editor.removeNodes({kParse});
    QVERIFY(!canvas.scene.nodeItem(kParse));
    verifyMirrors(canvas);

    for (int i = 0; i < 4; ++i) {
        undo->undo();
        verifyMirrors(canvas);
    }
    QVERIFY(!canvas.scene.nodeItem(filter));
    for (int i = 0; i < 4; ++i) {
        undo->redo();
        verifyMirrors(canvas);
    }
    QVERIFY(!canvas.scene.nodeItem(kParse));
    QVERIFY(canvas.scene.nodeItem(filter));
}

void tst_PipelineScene::portDragConnects()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    const QString filter = canvas.editor.addNode(QStringLiteral("transform.filter"), {660, 320});
    const ConnectionId wanted {kWatermark, QStringLiteral("out"), filter};
    QCOMPARE(canvas.model.connectionRefusal(wanted), QString());
    const size_t before = canvas.model.connections().size();
    QSignalSpy refused(&canvas.scene, &PipelineScene::connectionRefused);

    QWidget *viewport = canvas.view.viewport();
    const QPoint start
        = canvas.viewportPos(canvas.scene.nodeItem(kWatermark)->outputScenePos(wanted.port));
    const QPoint target = canvas.viewportPos(canvas.scene.nodeItem(filter)->inputScenePos());
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, (start + target) / 2);
    QTest::mouseMove(viewport, target);
    QCOMPARE(canvas.scene.nodeItem(filter)->dropLook(), NodeLook::Drop::Accepted);
    QCOMPARE(canvas.model.connections().size(), before); // nothing until the release
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);

    QCOMPARE(canvas.model.connections().size(), before + 1);
    QCOMPARE(canvas.model.connections().back(), wanted);
    QVERIFY(canvas.scene.connectionItem(wanted));
    QCOMPARE(refused.count(), 0);

    // A release on empty space connects nothing.
    canvas.drag(canvas.scene.nodeItem(kCounts)->outputScenePos(QStringLiteral("out")),
                QPointF(1100, 500));
    QCOMPARE(canvas.model.connections().size(), before + 1);
}

void tst_PipelineScene::refusedDropChangesNothing_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("to");
    QTest::newRow("into a source") << kCounts << "out"
                                   << "user_events";
    QTest::newRow("a cycle") << kCounts << "out" << kWatermark;
    QTest::newRow("existing") << kParse << "out" << kWatermark;
}

void tst_PipelineScene::refusedDropChangesNothing()
{
    QFETCH(QString, from);
    QFETCH(QString, port);
    QFETCH(QString, to);
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    const QString reason = canvas.model.connectionRefusal({from, port, to});
    QVERIFY(!reason.isEmpty());
    const std::string text = canvas.model.toFileText();
    const int commands = canvas.editor.undoStack()->count();
    QSignalSpy refused(&canvas.scene, &PipelineScene::connectionRefused);

    // While hovering, the target shows the refusal: red, with the reason as a tooltip.
    QWidget *viewport = canvas.view.viewport();
    const QPoint start = canvas.viewportPos(canvas.scene.nodeItem(from)->outputScenePos(port));
    const QPoint target = canvas.viewportPos(canvas.scene.nodeItem(to)->inputScenePos());
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, (start + target) / 2);
    QTest::mouseMove(viewport, target);
    QCOMPARE(canvas.scene.nodeItem(to)->dropLook(), NodeLook::Drop::Refused);
    QTRY_COMPARE(QToolTip::text(), reason);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
    QCOMPARE(canvas.scene.nodeItem(to)->dropLook(), NodeLook::Drop::None);

    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), reason);
    QCOMPARE(canvas.model.toFileText(), text);
    QCOMPARE(canvas.editor.undoStack()->count(), commands);
    verifyMirrors(canvas);
}

void tst_PipelineScene::reconnectReplacesOrRemoves()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    const QString extra = canvas.editor.addNode(QStringLiteral("sink.file"), {1100, 320});
    const ConnectionId late {kCounts, QStringLiteral("late"), kLateEvents};
    const ConnectionId moved {kCounts, QStringLiteral("late"), extra};
    QVERIFY(canvas.model.connectionIndex(late) >= 0);
    const std::string text = canvas.model.toFileText();
    const int commands = canvas.editor.undoStack()->count();

    canvas.drag(canvas.scene.nodeItem(kLateEvents)->inputScenePos(),
                canvas.scene.nodeItem(extra)->inputScenePos());
    QCOMPARE(canvas.model.connectionIndex(late), -1);
    QVERIFY(canvas.model.connectionIndex(moved) >= 0);
    QCOMPARE(canvas.editor.undoStack()->count(), commands + 1);
    verifyMirrors(canvas);
    canvas.editor.undoStack()->undo();
    QCOMPARE(canvas.model.toFileText(), text);
    verifyMirrors(canvas);

    canvas.drag(canvas.scene.nodeItem(kLateEvents)->inputScenePos(), QPointF(1100, 560));
    QCOMPARE(canvas.model.connectionIndex(late), -1);
    QCOMPARE(canvas.model.connectionIndex(moved), -1);
    verifyMirrors(canvas);
    canvas.editor.undoStack()->undo();
    QCOMPARE(canvas.model.toFileText(), text);
}

void tst_PipelineScene::nodeDragSnapsAndUndoesAtOnce()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    const QPointF start = canvas.model.node(kSink)->position;
    const int commands = canvas.editor.undoStack()->count();
    const QPointF grab = canvas.scene.nodeRect(kSink).center();

    canvas.drag(grab, grab + QPointF(37, 52), 5);

    QCOMPARE(canvas.model.node(kSink)->position, start + QPointF(40, 60));
    QCOMPARE(canvas.scene.nodeItem(kSink)->pos(), start + QPointF(40, 60));
    QCOMPARE(canvas.editor.undoStack()->count(), commands + 1);
    verifyMirrors(canvas);
    canvas.editor.undoStack()->undo();
    QCOMPARE(canvas.model.node(kSink)->position, start);
    verifyMirrors(canvas);
}

void tst_PipelineScene::paletteDropAddsNode()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    QMimeData mime;
    mime.setData(QLatin1String(kNodeTypeMimeType), QByteArrayLiteral("transform.filter"));
    const QPoint at = canvas.viewportPos(QPointF(667, 333));
    QWidget *viewport = canvas.view.viewport();

    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);

    const PipelineNode *node = canvas.model.node(QStringLiteral("filter"));
    QVERIFY(node);
    QCOMPARE(node->type, QStringLiteral("transform.filter"));
    QCOMPARE(node->position, canvas.scene.snapped(canvas.view.mapToScene(at)));
    QCOMPARE(node->position.x() / PipelineScene::kGridSize,
             std::round(node->position.x() / PipelineScene::kGridSize));
    QCOMPARE(canvas.scene.selectedNodeIds(), QStringList {QStringLiteral("filter")});
    verifyMirrors(canvas);
}

void tst_PipelineScene::rubberBandSelectsAndDeleteUndoes()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    QSignalSpy selection(&canvas.scene, &PipelineScene::nodeSelectionChanged);
    const std::string text = canvas.model.toFileText();
    const int commands = canvas.editor.undoStack()->count();

    canvas.drag(QPointF(195, -40), QPointF(645, 125));

    QCOMPARE(canvas.scene.selectedNodeIds(), (QStringList {kParse, kWatermark}));
    QVERIFY(selection.count() > 0);
    QCOMPARE(selection.last().at(0).toStringList(), (QStringList {kParse, kWatermark}));
    canvas.scene.deleteSelection();
    QVERIFY(!canvas.model.node(kParse) && !canvas.model.node(kWatermark));
    QVERIFY(canvas.model.connectionsOf(kCounts).size() == 2); // only its outputs remain
    verifyMirrors(canvas);
    QCOMPARE(canvas.editor.undoStack()->count(), commands + 1);
    canvas.editor.undoStack()->undo();
    QCOMPARE(canvas.model.toFileText(), text);
    verifyMirrors(canvas);

    // A selected connection is deleted alone.
    const ConnectionId edge {kCounts, QStringLiteral("out"), kSink};
    canvas.scene.clearSelection();
    canvas.scene.connectionItem(edge)->setSelected(true);
    QCOMPARE(canvas.scene.selectedConnections(), std::vector<ConnectionId> {edge});
    canvas.scene.deleteSelection();
    QCOMPARE(canvas.model.connectionIndex(edge), -1);
    QVERIFY(canvas.model.node(kSink));
}

void tst_PipelineScene::zoomStaysWithinLimitsAndFits()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    QSignalSpy zoomed(&canvas.view, &PipelineView::zoomChanged);
    canvas.view.zoomIn();
    QVERIFY(canvas.view.zoom() > 1.0);
    QCOMPARE(zoomed.count(), 1);
    for (int i = 0; i < 30; ++i)
        canvas.view.zoomIn();
    QCOMPARE(canvas.view.zoom(), PipelineView::kMaxZoom);
    for (int i = 0; i < 40; ++i)
        canvas.view.zoomOut();
    QCOMPARE(canvas.view.zoom(), PipelineView::kMinZoom);
    canvas.view.resetZoom();
    QCOMPARE(canvas.view.zoom(), 1.0);

    canvas.view.resize(500, 300);
    QTRY_COMPARE(canvas.view.viewport()->width() < 500, true);
    canvas.view.fitToView();
    QVERIFY(canvas.view.zoom() < 1.0 && canvas.view.zoom() >= PipelineView::kMinZoom);
    for (const PipelineNode &node : canvas.model.nodes()) {
        const QRect rect = canvas.view.mapFromScene(canvas.scene.nodeRect(node.id)).boundingRect();
        QVERIFY2(canvas.view.viewport()->rect().contains(rect), qPrintable(node.id));
    }
    canvas.view.resize(1600, 1000);
    QTRY_VERIFY(canvas.view.viewport()->width() > 1200);
    canvas.view.fitToView();
    QCOMPARE(canvas.view.zoom(), 1.0); // capped: a small pipeline is not blown up
}

void tst_PipelineScene::runFiguresShowAndClear()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    MetricsSnapshot snapshot;
    snapshot.nodes.push_back({.id = "parse",
                              .type = "transform.parse_json",
                              .in = 12345,
                              .out = 12000,
                              .errors = 345,
                              .inRate = 2000,
                              .outRate = 2000});
    snapshot.nodes.push_back(
        {.id = "sink", .type = "sink.sqlite", .in = 900, .out = 900, .outRate = 50, .commits = 14});
    const QRectF parseBefore = canvas.scene.nodeRect(kParse);

    canvas.scene.showRunFigures(snapshot);

    const NodeItem *parse = canvas.scene.nodeItem(kParse);
    QCOMPARE(parse->figuresText(), QStringLiteral("in 12.3k · 2.0k/s\nout 12.0k · 2.0k/s"));
    QVERIFY(parse->hasErrors());
    QCOMPARE(parse->errorCount(), quint64(345));
    QVERIFY(canvas.scene.nodeItem(kSink)->figuresText().contains(QStringLiteral("commits 14")));
    QVERIFY(!canvas.scene.nodeItem(kSink)->hasErrors());
    QVERIFY(canvas.scene.nodeItem(kWatermark)->figuresText().isEmpty());
    QVERIFY(canvas.scene.nodeRect(kParse).height() > parseBefore.height());
    QCOMPARE(canvas.scene.connectionItem({kParse, QStringLiteral("out"), kWatermark})->label(),
             QStringLiteral("2.0k/s"));
    QCOMPARE(canvas.scene
                 .connectionItem({kParse, QStringLiteral("errors"), QStringLiteral("dead_letters")})
                 ->label(),
             QStringLiteral("345"));
    verifyMirrors(canvas); // the edges follow the taller nodes

    canvas.scene.clearRunFigures();
    QVERIFY(parse->figuresText().isEmpty());
    QVERIFY(!parse->hasErrors());
    QCOMPARE(canvas.scene.nodeRect(kParse), parseBefore);
    QVERIFY(canvas.scene.connectionItem({kParse, QStringLiteral("out"), kWatermark})
                ->label()
                .isEmpty());
    verifyMirrors(canvas);
}

void tst_PipelineScene::problemsBadgeFollowsModel()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    const QString file = canvas.editor.addNode(QStringLiteral("sink.file"), {1100, 320});
    canvas.model.validateNow();
    QVERIFY(!canvas.model.problemsOf(file).empty());
    QCOMPARE(canvas.scene.nodeItem(file)->problems().size(),
             qsizetype(canvas.model.problemsOf(file).size()));
    const NodeItem *item = canvas.scene.nodeItem(file);
    const QString problems = item->toolTipAt(item->geometry().badgeRect(0).center());
    QVERIFY2(problems.contains(
                 QString::fromStdString(canvas.model.problemsOf(file)[0].message).toHtmlEscaped()),
             qPrintable(problems));

    // Elsewhere the tooltips explain the type and the ports.
    const NodeItem *parse = canvas.scene.nodeItem(kParse);
    const NodeTypeInfo *info = parse->typeInfo();
    QVERIFY(parse->toolTipAt(parse->geometry().subtitleRect().center())
                .contains(QString::fromStdString(info->title)));
    QVERIFY(parse->toolTipAt(parse->geometry().outputPort(QStringLiteral("errors")))
                .contains(QString::fromStdString(info->output("errors")->help).toHtmlEscaped()));

    canvas.editor.undoStack()->undo();
    canvas.model.validateNow();
    for (const PipelineNode &node : canvas.model.nodes())
        QCOMPARE(canvas.scene.nodeItem(node.id)->problems().size(),
                 qsizetype(canvas.model.problemsOf(node.id).size()));
}

void tst_PipelineScene::minimapOnlyWhenNotFitting()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    canvas.view.fitToView();
    QTRY_VERIFY(!canvas.view.overview()->isVisible());
    canvas.view.setZoom(2.0);
    QTRY_VERIFY(canvas.view.overview()->isVisible());
    const QRect overview = canvas.view.overview()->geometry();
    QVERIFY(canvas.view.viewport()->geometry().contains(overview));

    // Clicking on the minimap centres the view there.
    const QPointF before = canvas.view.visibleCenter();
    QTest::mouseClick(canvas.view.overview(), Qt::LeftButton, {}, QPoint(10, 10));
    QVERIFY(canvas.view.visibleCenter() != before);
    canvas.view.fitToView();
    QTRY_VERIFY(!canvas.view.overview()->isVisible());
}

void tst_PipelineScene::wheelZoomsWithCtrlAndMiddlePans()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    QWidget *viewport = canvas.view.viewport();
    const QPointF cursor(300, 200);
    const QPointF underCursor = canvas.view.mapToScene(cursor.toPoint());
    const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(cursor, viewport->mapToGlobal(cursor), {}, {0, 120}, Qt::NoButton,
                          modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &event);
    };

    wheel(Qt::ControlModifier);
    QVERIFY(canvas.view.zoom() > 1.0);
    const QPointF drift = canvas.view.mapToScene(cursor.toPoint()) - underCursor;
    QVERIFY2(drift.manhattanLength() < 2, "zooms around the cursor");
    const qreal zoom = canvas.view.zoom();
    const QPointF centre = canvas.view.visibleCenter();
    wheel({});
    QCOMPARE(canvas.view.zoom(), zoom);
    QVERIFY(canvas.view.visibleCenter() != centre); // scrolled

    const std::string text = canvas.model.toFileText();
    const QPointF before = canvas.view.visibleCenter();
    const QPoint grab = canvas.viewportPos(canvas.scene.nodeRect(kParse).center());
    QTest::mousePress(viewport, Qt::MiddleButton, {}, grab);
    QTest::mouseMove(viewport, grab + QPoint(-60, -40));
    QTest::mouseRelease(viewport, Qt::MiddleButton, {}, grab + QPoint(-60, -40));
    QVERIFY(canvas.view.visibleCenter().x() > before.x());
    QVERIFY(canvas.view.visibleCenter().y() > before.y());
    QCOMPARE(canvas.model.toFileText(), text); // panning moved no node

    // Space + left drag pans too, even over a node.
    const QPointF spaceBefore = canvas.view.visibleCenter();
    QTest::keyPress(&canvas.view, Qt::Key_Space);
    canvas.drag(canvas.scene.nodeRect(kParse).center(),
                canvas.scene.nodeRect(kParse).center() + QPointF(50, 30));
    QTest::keyRelease(&canvas.view, Qt::Key_Space);
    QVERIFY(canvas.view.visibleCenter().x() < spaceBefore.x());
    QCOMPARE(canvas.model.toFileText(), text);
}

void tst_PipelineScene::doubleClickNamesNode()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    QSignalSpy doubleClicked(&canvas.scene, &PipelineScene::nodeDoubleClicked);
    QTest::mouseDClick(canvas.view.viewport(), Qt::LeftButton, {},
                       canvas.viewportPos(canvas.scene.nodeRect(kCounts).center()));
    QCOMPARE(doubleClicked.count(), 1);
    QCOMPARE(doubleClicked.at(0).at(0).toString(), kCounts);
    QCOMPARE(canvas.view.accessibleName(), QStringLiteral("Pipeline canvas"));
}

QTEST_MAIN(tst_PipelineScene)

#include "tst_pipelinescene.moc"
