#include "designertesting.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace weir;

namespace {

// Everything the model holds: the file text, and the positions even where the file
// leaves them out.
std::string fullState(const PipelineModel &model)
{
    std::string state = model.toFileText();
    for (const PipelineNode &node : model.nodes())
        state += node.id.toStdString() + " @ " + std::to_string(node.position.x()) + ","
            + std::to_string(node.position.y()) + "\n";
    return state;
}

const QString kEvents = QStringLiteral("events");
const QString kParse = QStringLiteral("parse");
const QString kWatermark = QStringLiteral("watermark");
const QString kCounts = QStringLiteral("counts");
const QString kSink = QStringLiteral("sink");

} // namespace

class tst_PipelineEditor : public QObject
{
    Q_OBJECT

private slots:
    void undoRedoRestoreExactModel_data();
    void undoRedoRestoreExactModel();
    void oneDragIsOneMove();
    void copyPasteRenamesAndOffsets();
    void pasteMalformedChangesNothing();
    void duplicateCopiesParams();
    void removeTakesConnectionsAlong();
    void renameFollowsConnections();
    void refusedConnectionIsNoCommand();
    void alignAndAutoLayout();
    void openClearsHistory();
    void editsAnnounceThemselves();
};

void tst_PipelineEditor::undoRedoRestoreExactModel_data()
{
    QTest::addColumn<bool>("positions");
    QTest::newRow("file with positions") << true;
    QTest::newRow("file without positions") << false;
}

void tst_PipelineEditor::undoRedoRestoreExactModel()
{
    QFETCH(bool, positions);
    const std::string text = readText(articleTemplatePath());
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openText(positions ? text : withoutPositions(text)), QString());
    const QString filter = QStringLiteral("filter");
    const QString clicks = QStringLiteral("clicks");

    const std::vector<std::function<void()>> steps {
        [&] {
            QCOMPARE(editor.addNode(QStringLiteral("transform.filter"), {300, 300}), filter);
        },
        [&] { editor.setParam(filter, QStringLiteral("expression"), "event_type == 'click'"); },
        [&] {
            QCOMPARE(editor.addConnection({kParse, QStringLiteral("out"), filter}), QString());
        },
        [&] {
            editor.moveNodes({{filter, {310, 320}}}, 1);
            editor.moveNodes(
                {
                    {filter, {330, 340}},
                },
                1);
        },
        [&] { QCOMPARE(editor.renameNode(filter, clicks), QString()); },
        [&] { editor.setParam(kCounts, QStringLiteral("slide"), Json()); },
        [&] { editor.removeNodes({kParse}); },
        [&] {
            editor.paste(editor.copy({kWatermark, kCounts}), {0, 400});
        },
        [&] { editor.duplicate({kSink}); },
        [&] {
            editor.align({kEvents, clicks, QStringLiteral("sink_2")}, Alignment::Left);
        },
        [&] { editor.autoLayout(); },
        [&] {
            editor.removeConnection(
                {kCounts, QStringLiteral("late"), QStringLiteral("late_events")});
        },
        [&] {
            PipelineSettings settings = model.pipelineSettings();
            settings.name = QStringLiteral("edited");
            settings.settings["trigger"] = "once";
            editor.setPipelineSettings(settings);
        },
        [&] {
            editor.setParams(kCounts, Json {{"size", "1 minute"}});
        },
    };
    std::vector<std::string> states {fullState(model)};
    for (const auto &step : steps) {
        step();
        states.push_back(fullState(model));
        QVERIFY(states.back() != states[states.size() - 2]);
    }
    QCOMPARE(editor.undoStack()->count(), int(steps.size()));

    for (size_t i = steps.size(); i-- > 0;) {
        editor.undoStack()->undo();
        QCOMPARE(fullState(model), states[i]);
    }
    QCOMPARE(model.toFileText(), positions ? text : withoutPositions(text));
    for (size_t i = 1; i <= steps.size(); ++i) {
        editor.undoStack()->redo();
        QCOMPARE(fullState(model), states[i]);
    }
}

void tst_PipelineEditor::oneDragIsOneMove()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    QSignalSpy moved(&model, &PipelineModel::nodeMoved);
    for (int step = 1; step <= 5; ++step)
        editor.moveNodes({{kParse, {220.0 + step, 10.0 * step}}, {kEvents, {qreal(step), 0}}}, 7);
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(moved.count(), 10);
    editor.moveNodes({{kParse, {500, 500}}}, 8); // another drag
    QCOMPARE(editor.undoStack()->count(), 2);
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(model.node(kParse)->position, QPointF(220, 0));
    QCOMPARE(model.node(kEvents)->position, QPointF(0, 0));

    editor.moveNodes({{kParse, {230, 0}}}, 9);
    editor.moveNodes({{kParse, {220, 0}}}, 9); // dragged back where it was
    QCOMPARE(editor.undoStack()->count(), 0);
}

void tst_PipelineEditor::copyPasteRenamesAndOffsets()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    const std::string clip = editor.copy({kParse, kWatermark, QStringLiteral("dead_letters")});
    // The clipboard holds a pipeline file: the nodes and the connections among them only.
    const Pipeline fragment = loadPipeline(clip);
    QCOMPARE(fragment.nodes.size(), size_t(3));
    QCOMPARE(fragment.edges.size(), size_t(2));
    QVERIFY(fragment.nodes[0].params == model.node(kParse)->params);

    QSignalSpy created(&model, &PipelineModel::nodeCreated);
    QSignalSpy connected(&model, &PipelineModel::connectionCreated);
    const QStringList ids = editor.paste(clip, {0, 400});
    QCOMPARE(ids,
             (QStringList {QStringLiteral("parse_2"), QStringLiteral("watermark_2"),
                           QStringLiteral("dead_letters_2")}));
    QCOMPARE(created.count(), 3);
    QCOMPARE(connected.count(), 2);
    QCOMPARE(model.node(QStringLiteral("watermark_2"))->position, QPointF(440, 400));
    QVERIFY(model.connectionIndex({QStringLiteral("parse_2"), QStringLiteral("errors"),
                                   QStringLiteral("dead_letters_2")})
            >= 0);
    QVERIFY(model.node(QStringLiteral("parse_2"))->params == model.node(kParse)->params);
    QCOMPARE(editor.paste(clip, {0, 800}).first(), QStringLiteral("parse_3"));

    // A fragment without positions (hand-written) is laid out, then offset.
    const QStringList laidOut = editor.paste(withoutPositions(clip), {1000, 0});
    QCOMPARE(model.node(laidOut[0])->position, QPointF(1000, 0));
    QCOMPARE(model.node(laidOut[1])->position, QPointF(1220, 0));
    QCOMPARE(model.node(laidOut[2])->position, QPointF(1220, 160));

    editor.undoStack()->undo();
    editor.undoStack()->undo();
    editor.undoStack()->undo();
    QCOMPARE(model.toFileText(), readText(articleTemplatePath()));
}

void tst_PipelineEditor::pasteMalformedChangesNothing()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    QString error;
    QVERIFY(editor.paste("{\"nodes\": [", {0, 0}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("invalid JSON")), qPrintable(error));
    QVERIFY(editor.paste("plain text from another app", {0, 0}, &error).isEmpty());
    QCOMPARE(editor.undoStack()->count(), 0);
    QCOMPARE(model.toFileText(), readText(articleTemplatePath()));
}

void tst_PipelineEditor::duplicateCopiesParams()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    const QStringList copies = editor.duplicate({kCounts, kSink});
    QCOMPARE(copies, (QStringList {QStringLiteral("counts_2"), QStringLiteral("sink_2")}));
    QVERIFY(model.node(copies[0])->params == model.node(kCounts)->params);
    QCOMPARE(model.node(copies[1])->position,
             model.node(kSink)->position + PipelineEditor::kCopyOffset);
    QVERIFY(model.connectionIndex({copies[0], QStringLiteral("out"), copies[1]}) >= 0);
    QCOMPARE(editor.undoStack()->count(), 1);
}

void tst_PipelineEditor::removeTakesConnectionsAlong()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    QSignalSpy removed(&model, &PipelineModel::connectionRemoved);
    QSignalSpy nodesRemoved(&model, &PipelineModel::nodeRemoved);
    editor.removeNodes({kParse, kSink});
    QCOMPARE(nodesRemoved.count(), 2);
    QCOMPARE(removed.count(), 4);
    QCOMPARE(model.connections().size(), size_t(2));
    editor.undoStack()->undo();
    QCOMPARE(model.toFileText(), readText(articleTemplatePath()));
}

void tst_PipelineEditor::renameFollowsConnections()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    QSignalSpy renamed(&model, &PipelineModel::nodeRenamed);
    QVERIFY(editor.renameNode(kParse, kCounts).contains(QStringLiteral("taken")));
    QVERIFY(!editor.renameNode(kParse, QStringLiteral(" ")).isEmpty());
    QCOMPARE(editor.renameNode(kParse, QStringLiteral("decode")), QString());
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(model.connectionsOf(QStringLiteral("decode")).size(), size_t(3));
    QVERIFY(model.connectionsOf(kParse).empty());
    QCOMPARE(editor.undoStack()->count(), 1);
}

void tst_PipelineEditor::refusedConnectionIsNoCommand()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    const QString reason = editor.addConnection({kSink, QStringLiteral("out"), kParse});
    QVERIFY2(reason.contains(QStringLiteral("sinks have no outputs")), qPrintable(reason));
    QCOMPARE(editor.undoStack()->count(), 0);
    QVERIFY(editor.addNode(QStringLiteral("no.such_type"), {}).isEmpty());
    QCOMPARE(editor.undoStack()->count(), 0);
}

void tst_PipelineEditor::alignAndAutoLayout()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    editor.align({kParse, QStringLiteral("dead_letters"), kSink}, Alignment::Top);
    QCOMPARE(model.node(QStringLiteral("dead_letters"))->position, QPointF(440, 0));
    editor.align({kEvents, kParse}, Alignment::HorizontalCenter);
    QCOMPARE(model.node(kEvents)->position.x(), 110.0);
    QCOMPARE(model.node(kParse)->position.x(), 110.0);
    editor.autoLayout(); // back to the template's layout
    QCOMPARE(model.toFileText(), readText(articleTemplatePath()));
    QCOMPARE(editor.undoStack()->count(), 3);
    editor.autoLayout(); // nothing left to do
    QCOMPARE(editor.undoStack()->count(), 3);
}

void tst_PipelineEditor::openClearsHistory()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    editor.addNode(QStringLiteral("source.generator"), {});
    QCOMPARE(editor.undoStack()->count(), 1);
    QCOMPARE(editor.openFile(QStringLiteral("/nonexistent.weir.json")).isEmpty(), false);
    QCOMPARE(editor.undoStack()->count(), 1); // a failed open changes nothing
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    QCOMPARE(editor.undoStack()->count(), 0);
    editor.newDocument();
    QVERIFY(model.nodes().empty());
}

// What a scene listens to: every change comes with its signal.
void tst_PipelineEditor::editsAnnounceThemselves()
{
    PipelineModel model;
    PipelineEditor editor(&model);
    QCOMPARE(editor.openFile(articleTemplatePath()), QString());
    QSignalSpy params(&model, &PipelineModel::nodeParamsChanged);
    QSignalSpy settings(&model, &PipelineModel::pipelineSettingsChanged);
    QSignalSpy created(&model, &PipelineModel::connectionCreated);
    QSignalSpy removed(&model, &PipelineModel::connectionRemoved);

    editor.setParam(kSink, QStringLiteral("table"), "other");
    QCOMPARE(params.count(), 1);
    QCOMPARE(params.first().at(0).toString(), kSink);
    editor.setParam(kSink, QStringLiteral("table"), "other"); // no change, no command
    QCOMPARE(editor.undoStack()->count(), 1);

    PipelineSettings changed = model.pipelineSettings();
    changed.description = QStringLiteral("edited");
    editor.setPipelineSettings(changed);
    QCOMPARE(settings.count(), 1);

    const ConnectionId late {kWatermark, QStringLiteral("late"), QStringLiteral("late_events")};
    QCOMPARE(editor.addConnection(late), QString());
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().at(0).value<ConnectionId>(), late);
    editor.removeConnection(late);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(editor.undoStack()->count(), 4);
}

QTEST_GUILESS_MAIN(tst_PipelineEditor)

#include "tst_pipelineeditor.moc"
