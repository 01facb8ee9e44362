#include "canvastesting.h"
#include "connectionitem.h"
#include "metricssnapshot.h"
#include "nodeitem.h"

#include "themepalettes.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QScreen>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace weir;

namespace {

MetricsSnapshot runningSnapshot()
{
    MetricsSnapshot snapshot;
    const auto add = [&](const char *id, uint64_t in, uint64_t out, double rate,
                         uint64_t errors = 0, uint64_t late = 0, uint64_t commits = 0) {
        snapshot.nodes.push_back({.id = id,
                                  .in = in,
                                  .out = out,
                                  .errors = errors,
                                  .late = late,
                                  .inRate = rate,
                                  .outRate = rate,
                                  .commits = commits});
    };
    add("events", 0, 240000, 20000);
    add("to_kafka", 240000, 240000, 20000, 0, 0, 240);
    add("user_events", 0, 238500, 19800);
    add("parse", 238500, 238260, 19780, 240);
    add("watermark", 238260, 238020, 19760, 0, 240);
    add("counts", 238020, 1210, 4.2, 0, 12);
    add("sink", 1210, 1210, 4.2, 0, 0, 121);
    add("dead_letters", 240, 240, 20, 0, 0, 3);
    add("late_events", 252, 252, 21, 0, 0, 3);
    return snapshot;
}

} // namespace

// How the example pipeline looks: nothing overlaps, edges stay clear of the node bodies;
// PNGs of the canvas in both palettes (kept with WEIR_CANVAS_SCREENSHOTS=<dir>).
class tst_CanvasLook : public QObject
{
    Q_OBJECT

private slots:
    void exampleLaysOutCleanly_data();
    void exampleLaysOutCleanly();
    void incrementalRepaintsLeaveNoTrails();
    void alertBadgeShowsAndClears();
    void screenshots();

private:
    void saveDragScreenshots(const QString &dir);
};

void tst_CanvasLook::exampleLaysOutCleanly_data()
{
    QTest::addColumn<bool>("figures");
    QTest::newRow("design") << false;
    QTest::newRow("run figures") << true;
}

void tst_CanvasLook::exampleLaysOutCleanly()
{
    QFETCH(bool, figures);
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    if (figures)
        canvas.scene.showRunFigures(runningSnapshot());
    const std::vector<PipelineNode> &nodes = canvas.model.nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        for (size_t j = i + 1; j < nodes.size(); ++j) {
            QVERIFY2(!canvas.scene.nodeRect(nodes[i].id)
                          .adjusted(-10, -10, 10, 10)
                          .intersects(canvas.scene.nodeRect(nodes[j].id)),
                     qPrintable(nodes[i].id + " / " + nodes[j].id));
        }
    }
    for (const ConnectionId &c : canvas.model.connections()) {
        const QPainterPath path = ConnectionItem::curve(canvas.scene.connectionItem(c)->fromPos(),
                                                        canvas.scene.connectionItem(c)->toPos());
        for (int step = 1; step < 50; ++step) {
            const QPointF point = path.pointAtPercent(step / 50.0);
            for (const PipelineNode &node : nodes) {
                QVERIFY2(!canvas.scene.nodeRect(node.id).adjusted(1, 1, -1, -1).contains(point),
                         qPrintable(c.from + "->" + c.to + " crosses " + node.id));
            }
        }
    }
}

// The view repaints only what changed (run figures arrive 30 times a second): after nodes
// move and figures change, what is on screen equals a full repaint of the same scene.
void tst_CanvasLook::incrementalRepaintsLeaveNoTrails()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    canvas.view.fitToView();
    QCoreApplication::processEvents();
    MetricsSnapshot snapshot = runningSnapshot();
    const QPointF start = canvas.scene.nodeRect(QStringLiteral("watermark")).center();
    for (int step = 1; step <= 5; ++step) {
        canvas.drag(start - QPointF(7 * (step - 1), 13 * (step - 1)),
                    start - QPointF(7 * step, 13 * step), 2);
        for (NodeStats &node : snapshot.nodes)
            node.in += 1000 * step;
        canvas.scene.showRunFigures(snapshot);
        QCoreApplication::processEvents();
    }
    canvas.scene.clearRunFigures();
    QTRY_VERIFY(!canvas.scene.showsRunFigures());
    // What the view has painted so far (its backing store) against a fresh full render;
    // polled, as the last repaints are still queued.
    const auto onScreen = [&] {
        return canvas.view.screen()
            ->grabWindow(canvas.view.winId())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    };
    const QImage fresh = canvas.view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QTRY_VERIFY(onScreen() == fresh);
}

// A monitor alert puts a bell badge on its node, with the messages as the badge's tooltip;
// the next evaluation without it takes the badge away again.
void tst_CanvasLook::alertBadgeShowsAndClears()
{
    Canvas canvas;
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    NodeItem *sink = canvas.scene.nodeItem(QStringLiteral("sink"));
    QVERIFY(sink);
    const auto badgeColourShown = [&] {
        const QRectF badge = sink->mapRectToScene(sink->geometry().badgeRect(0));
        QImage image(badge.size().toSize() * 2, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        canvas.scene.render(&painter, QRectF(image.rect()), badge);
        painter.end();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == NodePainter::alertColor())
                    return true;
        return false;
    };
    QVERIFY(!badgeColourShown());
    const QString message = QStringLiteral("End-to-end p99 2400 ms above 2000 ms for 30 s");
    canvas.scene.setNodeAlerts({{QStringLiteral("sink"), {message}}});
    QCOMPARE(sink->alerts(), QStringList{message});
    QVERIFY(canvas.scene.nodeItem(QStringLiteral("parse"))->alerts().isEmpty());
    QVERIFY(badgeColourShown());
    const QString tip = sink->toolTipAt(sink->geometry().badgeRect(0).center());
    QVERIFY2(tip.contains(QStringLiteral("alert")) && tip.contains(message), qPrintable(tip));
    canvas.scene.setNodeAlerts({});
    QVERIFY(sink->alerts().isEmpty());
    QVERIFY(!badgeColourShown());
}

void tst_CanvasLook::screenshots()
{
    // Into WEIR_CANVAS_SCREENSHOTS=<dir> to look at them, else a temporary folder: the
    // saving itself is what is checked then.
    QTemporaryDir scratch;
    QString dir = qEnvironmentVariable("WEIR_CANVAS_SCREENSHOTS");
    if (dir.isEmpty())
        dir = scratch.path();
    const QPalette light = QApplication::palette();
    const struct
    {
        const char *name;
        QPalette palette;
        bool figures;
    } looks[] = {{"light", light, false},
                 {"dark", darkPalette(), false},
                 {"run-light", light, true},
                 {"run-dark", darkPalette(), true}};
    for (const auto &look : looks) {
        QApplication::setPalette(look.palette);
        Canvas canvas;
        canvas.view.resize(1180, 560);
        QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
        QCOMPARE(canvas.openExample(), QString());
        canvas.editor.addNode(QStringLiteral("sink.file"), {660, 320}); // has problems
        canvas.model.validateNow();
        if (look.figures)
            canvas.scene.showRunFigures(runningSnapshot());
        canvas.scene.selectNodes({QStringLiteral("watermark")});
        canvas.view.fitToView();
        QVERIFY(canvas.view.grab().save(dir + QStringLiteral("/canvas-%1.png").arg(look.name)));
        canvas.view.setZoom(1.6);
        canvas.view.centerOnNode(QStringLiteral("parse"));
        QVERIFY(
            canvas.view.grab().save(dir + QStringLiteral("/canvas-%1-zoomed.png").arg(look.name)));
    }
    QApplication::setPalette(light);
    saveDragScreenshots(dir);
}

// A port drag hovering an accepting and a refusing node.
void tst_CanvasLook::saveDragScreenshots(const QString &dir)
{
    Canvas canvas;
    canvas.view.resize(900, 420);
    QVERIFY(QTest::qWaitForWindowExposed(&canvas.view));
    QCOMPARE(canvas.openExample(), QString());
    const QString filter = canvas.editor.addNode(QStringLiteral("transform.filter"), {660, 160});
    canvas.view.centerOnNode(QStringLiteral("watermark"));
    QWidget *viewport = canvas.view.viewport();
    const QPointF from = canvas.scene.nodeItem(QStringLiteral("watermark"))->outputScenePos("out");
    QTest::mousePress(viewport, Qt::LeftButton, {}, canvas.viewportPos(from));
    QTest::mouseMove(viewport, canvas.viewportPos(from + QPointF(20, 40)));
    QTest::mouseMove(viewport, canvas.viewportPos(canvas.scene.nodeItem(filter)->inputScenePos()));
    QVERIFY(canvas.view.grab().save(dir + QStringLiteral("/canvas-drag-accepted.png")));
    QTest::mouseMove(viewport, canvas.viewportPos(canvas.scene.nodeRect("parse").center()));
    QVERIFY(canvas.view.grab().save(dir + QStringLiteral("/canvas-drag-refused.png")));
    QTest::mouseRelease(viewport, Qt::LeftButton, {},
                        canvas.viewportPos(canvas.scene.nodeRect("parse").center()));
}

QTEST_MAIN(tst_CanvasLook)

#include "tst_canvaslook.moc"
