#include "aggregatestable.h"
#include "boolparamedit.h"
#include "descriptionedit.h"
#include "durationedit.h"
#include "enumedit.h"
#include "errorframe.h"
#include "fieldlistedit.h"
#include "keyvaluetable.h"
#include "numberedit.h"
#include "panelstesting.h"
#include "../common/typeinto.h"
#include "propertyeditor.h"
#include "schematable.h"
#include "textparamedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace weir;

// Json has no QTest::toString: compare its text.
#define QCOMPARE_JSON(actual, expected)                                                            \
    QCOMPARE(QString::fromStdString(Json(actual).dump()),                                          \
             QString::fromStdString(Json(expected).dump()))

namespace {

Json param(const PipelineModel &model, const char *node, const char *name)
{
    const Json &params = model.node(QString::fromLatin1(node))->params;
    return params.contains(name) ? params.at(name) : Json();
}

// Replaces a line edit's text by typing, and finishes with Return.
bool hasErrorFrame(QWidget *editor)
{
    auto frame = qobject_cast<ErrorFrame *>(editor->parentWidget());
    return frame && frame->hasError();
}

} // namespace

class tst_PropertyEditor : public QObject
{
    Q_OBJECT

private slots:
    void everyParamHasItsEditor_data();
    void everyParamHasItsEditor();
    void durationIsOneUndoStep();
    void boolEnumAndNumber();
    void resetRemovesTheParam();
    void keyValueRows();
    void schemaRow();
    void aggregateRow();
    void invalidValueMarkedInline_data();
    void invalidValueMarkedInline();
    void groupByOffersUpstreamFields();
    void renameThroughIdField();
    void followsModelKeepingFocus();
    void pipelineSettings();
    void alertThresholdsAreNestedSettings();
    void removedNodeShowsSettings();
    void switchingNodeCommitsToTheOldNode();
    void problemsWithoutParamGoToHeader();
};

void tst_PropertyEditor::everyParamHasItsEditor_data()
{
    QTest::addColumn<QString>("node");
    for (const char *node : {"events", "to_kafka", "user_events", "parse", "watermark", "counts",
                             "sink", "dead_letters"})
        QTest::newRow(node) << node;
}

void tst_PropertyEditor::everyParamHasItsEditor()
{
    QFETCH(QString, node);
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(node);
    QCOMPARE(form.node(), node);
    QVERIFY(form.fieldEditor(QStringLiteral("id")));
    const NodeTypeInfo *type
        = NodeRegistry::instance().find(doc.model.node(node)->type.toStdString());
    for (const ParamInfo &info : type->params) {
        QWidget *editor = form.fieldEditor(QString::fromStdString(info.name));
        QVERIFY2(editor, info.name.c_str());
        bool right = false;
        switch (info.type) {
        case ParamType::Int:
        case ParamType::Double:
            right = qobject_cast<NumberEdit *>(editor);
            break;
        case ParamType::Bool:
            right = qobject_cast<BoolParamEdit *>(editor);
            break;
        case ParamType::Duration:
            right = qobject_cast<DurationEdit *>(editor);
            break;
        case ParamType::Enum:
            right = qobject_cast<EnumEdit *>(editor);
            break;
        case ParamType::StringList:
            right = qobject_cast<FieldListEdit *>(editor);
            break;
        case ParamType::StringDoubleMap:
        case ParamType::StringStringMap:
            right = qobject_cast<KeyValueTable *>(editor);
            break;
        case ParamType::Schema:
            right = qobject_cast<SchemaTable *>(editor);
            break;
        case ParamType::Aggregates:
            right = qobject_cast<AggregatesTable *>(editor);
            break;
        default:
            right = qobject_cast<TextParamEdit *>(editor);
        }
        QVERIFY2(right, info.name.c_str());
    }
}

void tst_PropertyEditor::durationIsOneUndoStep()
{
    ExampleDocument doc;
    const std::string before = doc.model.toFileText();
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    auto size = qobject_cast<DurationEdit *>(form.fieldEditor(QStringLiteral("size")));
    QVERIFY(size);
    QCOMPARE(size->lineEdit()->text(), QStringLiteral("5 minutes"));
    QCOMPARE(size->parsedText(), QStringLiteral("= 5 min"));
    typeInto(size->lineEdit(), QStringLiteral("10m"));
    QCOMPARE_JSON(param(doc.model, "counts", "size"), Json("10m"));
    QCOMPARE(size->parsedText(), QStringLiteral("= 10 min"));
    QCOMPARE(doc.editor.undoStack()->count(), 1);
    doc.editor.undoStack()->undo();
    QCOMPARE(doc.model.toFileText(), before);
    QCOMPARE(size->lineEdit()->text(), QStringLiteral("5 minutes"));
}

void tst_PropertyEditor::boolEnumAndNumber()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("user_events"));
    auto insecure
        = qobject_cast<BoolParamEdit *>(form.fieldEditor(QStringLiteral("allow_insecure_tls")));
    QVERIFY(!insecure->checkBox()->isChecked());
    insecure->checkBox()->click();
    QCOMPARE_JSON(param(doc.model, "user_events", "allow_insecure_tls"), Json(true));
    auto mode = qobject_cast<EnumEdit *>(form.fieldEditor(QStringLiteral("group_mode")));
    QCOMPARE(mode->comboBox()->currentText(), QStringLiteral("assign")); // the default
    QTest::keyClick(mode->comboBox(), Qt::Key_Down);
    QCOMPARE_JSON(param(doc.model, "user_events", "group_mode"), Json("subscribe"));
    auto rate = form.fieldEditor(QStringLiteral("max_rate"))->findChild<QLineEdit *>();
    typeInto(rate, QStringLiteral("2500"));
    QCOMPARE_JSON(param(doc.model, "user_events", "max_rate"), Json(2500));
    QCOMPARE(doc.editor.undoStack()->count(), 3);
}

void tst_PropertyEditor::resetRemovesTheParam()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    QToolButton *reset = nullptr;
    for (QToolButton *button : form.findChildren<QToolButton *>()) {
        if (button->accessibleName() == QStringLiteral("Reset output_mode to its default"))
            reset = button;
    }
    QVERIFY(reset && reset->isEnabled());
    reset->click();
    QCOMPARE_JSON(param(doc.model, "counts", "output_mode"), Json());
    QVERIFY(!reset->isEnabled());
    auto mode = qobject_cast<EnumEdit *>(form.fieldEditor(QStringLiteral("output_mode")));
    QCOMPARE(mode->comboBox()->currentText(), QStringLiteral("update"));
}

void tst_PropertyEditor::keyValueRows()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("user_events"));
    auto config = qobject_cast<KeyValueTable *>(form.fieldEditor(QStringLiteral("config")));
    QTableWidget *table = config->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("allow.auto.create.topics"));
    table->item(0, 1)->setText(QStringLiteral("false"));
    QCOMPARE_JSON(param(doc.model, "user_events", "config"),
                  Json::parse(R"({"allow.auto.create.topics": "false"})"));
    config->addRow();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(doc.editor.undoStack()->count(), 1); // an empty row is no edit yet
    table->item(1, 0)->setText(QStringLiteral("fetch.min.bytes"));
    table->item(1, 1)->setText(QStringLiteral("1"));
    QCOMPARE_JSON(param(doc.model, "user_events", "config"),
                  Json::parse(R"({"allow.auto.create.topics": "false", "fetch.min.bytes": "1"})"));
    table->selectRow(0);
    config->removeSelectedRows();
    QCOMPARE_JSON(param(doc.model, "user_events", "config"),
                  Json::parse(R"({"fetch.min.bytes": "1"})"));
}

void tst_PropertyEditor::schemaRow()
{
    ExampleDocument doc;
    const Json before = param(doc.model, "parse", "schema");
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("parse"));
    auto schema = qobject_cast<SchemaTable *>(form.fieldEditor(QStringLiteral("schema")));
    QCOMPARE(schema->table()->rowCount(), 5);
    QCOMPARE(schema->table()->item(3, SchemaTable::Type)->text(), QStringLiteral("timestamp"));
    QCOMPARE(schema->table()->item(4, SchemaTable::Required)->checkState(), Qt::Unchecked);
    schema->addRow();
    schema->table()->item(5, SchemaTable::Name)->setText(QStringLiteral("amount"));
    Json expected = before;
    expected.push_back({{"name", "amount"}, {"type", "string"}});
    QCOMPARE_JSON(param(doc.model, "parse", "schema"), expected);
    // The type is picked from the engine's field types, in a combo shown while editing.
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QTableWidget *table = schema->table();
    table->setCurrentCell(5, SchemaTable::Type); // ends editing the name
    table->editItem(table->item(5, SchemaTable::Type));
    auto type = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(type);
    QCOMPARE(type->count(), 6);
    QCOMPARE(type->itemText(5), QStringLiteral("map<string,string>"));
    type->setCurrentIndex(type->findText(QStringLiteral("double")));
    emit type->activated(type->currentIndex());
    QCOMPARE(schema->table()->item(5, SchemaTable::Type)->text(), QStringLiteral("double"));
    schema->table()->item(5, SchemaTable::Required)->setCheckState(Qt::Unchecked);
    schema->table()->item(5, SchemaTable::Default)->setText(QStringLiteral("0"));
    expected.back()
        = Json {{"name", "amount"}, {"type", "double"}, {"required", false}, {"default", 0}};
    QCOMPARE_JSON(param(doc.model, "parse", "schema"), expected);
    doc.model.validateNow();
    QVERIFY(doc.model.problems().empty());
}

void tst_PropertyEditor::aggregateRow()
{
    ExampleDocument doc;
    Json expected = param(doc.model, "counts", "aggregates");
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    auto aggregates
        = qobject_cast<AggregatesTable *>(form.fieldEditor(QStringLiteral("aggregates")));
    QCOMPARE(aggregates->table()->rowCount(), 2);
    QCOMPARE(aggregates->table()->item(1, AggregatesTable::Field)->text(),
             QStringLiteral("user_id"));
    aggregates->addRow();
    aggregates->table()->item(2, AggregatesTable::Fn)->setText(QStringLiteral("max"));
    expected.push_back({{"fn", "max"}});
    QCOMPARE_JSON(param(doc.model, "counts", "aggregates"), expected);
    QCOMPARE(aggregates->offeredFields(),
             QStringList({"event_id", "user_id", "event_type", "timestamp", "properties"}));
    aggregates->table()->item(2, AggregatesTable::Field)->setText(QStringLiteral("timestamp"));
    aggregates->table()->item(2, AggregatesTable::As)->setText(QStringLiteral("latest"));
    expected.back() = Json {{"fn", "max"}, {"field", "timestamp"}, {"as", "latest"}};
    QCOMPARE_JSON(param(doc.model, "counts", "aggregates"), expected);
    doc.model.validateNow();
    QVERIFY(doc.model.problems().empty());
}

void tst_PropertyEditor::invalidValueMarkedInline_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("wrong");
    QTest::addColumn<QString>("right");
    QTest::newRow("duration") << "size"
                              << "soon"
                              << "5 minutes";
    QTest::newRow("group_by field") << "group_by"
                                    << "no_such_field"
                                    << "user_id";
}

void tst_PropertyEditor::invalidValueMarkedInline()
{
    QFETCH(QString, param);
    QFETCH(QString, wrong);
    QFETCH(QString, right);
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    QWidget *editor = form.fieldEditor(param);
    auto enter = [&](const QString &text) {
        if (auto list = qobject_cast<FieldListEdit *>(editor))
            list->list()->item(0)->setText(text);
        else
            typeInto(editor->findChild<QLineEdit *>(), text);
    };
    QVERIFY(form.problemText(param).isEmpty());
    enter(wrong);
    QTRY_VERIFY(!modelProblemText(doc.model, "counts", param).isEmpty());
    QTRY_COMPARE(form.problemText(param), modelProblemText(doc.model, "counts", param));
    QVERIFY(form.problemText(param).contains(wrong));
    QVERIFY(hasErrorFrame(editor));
    QVERIFY(editor->toolTip().contains(form.problemText(param)));
    enter(right);
    QTRY_VERIFY(form.problemText(param).isEmpty());
    QVERIFY(!hasErrorFrame(editor));
}

void tst_PropertyEditor::groupByOffersUpstreamFields()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    auto groupBy = qobject_cast<FieldListEdit *>(form.fieldEditor(QStringLiteral("group_by")));
    QCOMPARE(groupBy->offeredFields(),
             QStringList({"event_id", "user_id", "event_type", "timestamp", "properties"}));
    std::unique_ptr<QMenu> menu(groupBy->createAddMenu());
    QStringList offered;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            offered << action->text() + (action->isEnabled() ? "" : " (in the list)");
    }
    QCOMPARE(offered,
             QStringList({"event_id", "user_id", "event_type (in the list)", "timestamp",
                          "properties", "Other…"}));
    menu->actions().at(1)->trigger();
    QCOMPARE_JSON(param(doc.model, "counts", "group_by"),
                  Json::parse(R"(["event_type", "user_id"])"));
    form.setNode(QStringLiteral("user_events")); // a source: nothing known upstream
    auto topics = qobject_cast<FieldListEdit *>(form.fieldEditor(QStringLiteral("topics")));
    QVERIFY(topics->offeredFields().isEmpty());
}

void tst_PropertyEditor::renameThroughIdField()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    auto id = form.fieldEditor(QStringLiteral("id"))->findChild<QLineEdit *>();
    typeInto(id, QStringLiteral("parse"));
    QVERIFY(doc.model.node(QStringLiteral("counts")));
    QCOMPARE(form.problemText(QStringLiteral("id")),
             QStringLiteral("the id 'parse' is taken by another node"));
    typeInto(id, QStringLiteral("event_counts"));
    QVERIFY(!doc.model.node(QStringLiteral("counts")));
    QCOMPARE(form.node(), QStringLiteral("event_counts"));
    QVERIFY(form.problemText(QStringLiteral("id")).isEmpty());
    QCOMPARE(doc.model.connectionsOf(QStringLiteral("event_counts")).size(), size_t(3));
    doc.editor.undoStack()->undo();
    QCOMPARE(form.node(), QStringLiteral("counts"));
    QCOMPARE(id->text(), QStringLiteral("counts"));
}

void tst_PropertyEditor::followsModelKeepingFocus()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    form.resize(360, 700);
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto slide = qobject_cast<DurationEdit *>(form.fieldEditor(QStringLiteral("slide")));
    form.focusParam(QStringLiteral("slide"));
    QCOMPARE(QApplication::focusWidget(), slide->lineEdit());
    slide->lineEdit()->setText(QStringLiteral("30 s")); // being typed, not finished
    doc.editor.setParam(QStringLiteral("counts"), QStringLiteral("size"), "7 minutes");
    auto size = qobject_cast<DurationEdit *>(form.fieldEditor(QStringLiteral("size")));
    QCOMPARE(size->lineEdit()->text(), QStringLiteral("7 minutes"));
    doc.editor.undoStack()->undo();
    QCOMPARE(size->lineEdit()->text(), QStringLiteral("5 minutes"));
    QCOMPARE(QApplication::focusWidget(), slide->lineEdit());
    QCOMPARE(slide->lineEdit()->text(), QStringLiteral("30 s"));
}

void tst_PropertyEditor::pipelineSettings()
{
    ExampleDocument doc;
    const std::string before = doc.model.toFileText();
    PropertyEditor form(&doc.editor);
    form.setNode(QString());
    auto name = form.fieldEditor(QStringLiteral("name"))->findChild<QLineEdit *>();
    QCOMPARE(name->text(), QStringLiteral("user_events"));
    auto interval = qobject_cast<DurationEdit *>(form.fieldEditor(QStringLiteral("interval")));
    typeInto(interval->lineEdit(), QStringLiteral("never"));
    QCOMPARE_JSON(doc.model.pipelineSettings().settings.at("interval"), Json("never"));
    QTRY_VERIFY(!form.problemText(QStringLiteral("interval")).isEmpty());
    QCOMPARE(form.problemText(QStringLiteral("interval")),
             modelProblemText(doc.model, QString(), QStringLiteral("settings.interval")));
    typeInto(name, QStringLiteral("renamed"));
    QCOMPARE(doc.model.pipelineSettings().name, QStringLiteral("renamed"));
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto description
        = qobject_cast<DescriptionEdit *>(form.fieldEditor(QStringLiteral("description")));
    QCOMPARE(description->textEdit()->toPlainText(), doc.model.pipelineSettings().description);
    form.focusParam(QStringLiteral("description"));
    description->textEdit()->setPlainText(QStringLiteral("Counts events."));
    QCOMPARE(doc.editor.undoStack()->count(), 2); // not while typing
    form.focusParam(QStringLiteral("trigger"));
    QCOMPARE(doc.model.pipelineSettings().description, QStringLiteral("Counts events."));
    QCOMPARE(doc.editor.undoStack()->count(), 3);
    form.focusParam(QStringLiteral("settings.max_batch_records")); // as problems name it
    QCOMPARE(QApplication::focusWidget(),
             form.fieldEditor(QStringLiteral("max_batch_records"))->findChild<QLineEdit *>());
    for (int i = 0; i < 3; ++i)
        doc.editor.undoStack()->undo();
    QCOMPARE(doc.model.toFileText(), before);
    QCOMPARE(interval->lineEdit()->text(), QStringLiteral("1 second"));
}

// The alert rows edit settings.alerts.*: set, checked (the problem lands on its row) and
// removed again, the alerts object going with its last threshold.
void tst_PropertyEditor::alertThresholdsAreNestedSettings()
{
    ExampleDocument doc;
    const std::string before = doc.model.toFileText();
    PropertyEditor form(&doc.editor);
    form.setNode(QString());
    auto *p99 = form.fieldEditor(QStringLiteral("alerts.latency_p99_ms"))->findChild<QLineEdit *>();
    QVERIFY(p99);
    typeInto(p99, QStringLiteral("2000"));
    QCOMPARE_JSON(doc.model.pipelineSettings().settings.at("alerts"),
                  Json({{"latency_p99_ms", 2000}}));
    auto *wait = qobject_cast<DurationEdit *>(form.fieldEditor(QStringLiteral("alerts.for")));
    typeInto(wait->lineEdit(), QStringLiteral("soon"));
    QCOMPARE_JSON(doc.model.pipelineSettings().settings.at("alerts").at("for"), Json("soon"));
    QTRY_VERIFY(!form.problemText(QStringLiteral("alerts.for")).isEmpty());
    QCOMPARE(form.problemText(QStringLiteral("alerts.for")),
             modelProblemText(doc.model, QString(), QStringLiteral("settings.alerts.for")));
    typeInto(wait->lineEdit(), QString());
    typeInto(p99, QString());
    QVERIFY(!doc.model.pipelineSettings().settings.contains("alerts"));
    QCOMPARE(doc.model.toFileText(), before);
}

void tst_PropertyEditor::removedNodeShowsSettings()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    doc.editor.removeNodes({QStringLiteral("counts")});
    QCOMPARE(form.node(), QString());
    QVERIFY(form.fieldEditor(QStringLiteral("trigger")));
}

void tst_PropertyEditor::switchingNodeCommitsToTheOldNode()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    form.show();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    form.focusParam(QStringLiteral("slide"));
    auto slide = qobject_cast<DurationEdit *>(form.fieldEditor(QStringLiteral("slide")));
    QCOMPARE(QApplication::focusWidget(), slide->lineEdit());
    slide->lineEdit()->setText(QStringLiteral("30s"));
    form.setNode(QStringLiteral("watermark"));
    QCOMPARE_JSON(param(doc.model, "counts", "slide"), Json("30s"));
    QCOMPARE_JSON(param(doc.model, "watermark", "slide"), Json());
}

void tst_PropertyEditor::problemsWithoutParamGoToHeader()
{
    ExampleDocument doc;
    PropertyEditor form(&doc.editor);
    form.setNode(QStringLiteral("counts"));
    QVERIFY(form.problemText(QString()).isEmpty());
    doc.editor.removeConnection(
        {QStringLiteral("watermark"), QStringLiteral("out"), QStringLiteral("counts")});
    doc.model.validateNow();
    const QString expected = modelProblemText(doc.model, QStringLiteral("counts"), "in");
    QVERIFY(!expected.isEmpty());
    QCOMPARE(form.problemText(QString()), expected);
    doc.editor.undoStack()->undo();
    doc.model.validateNow();
    QVERIFY(form.problemText(QString()).isEmpty());
}

QTEST_MAIN(tst_PropertyEditor)
#include "tst_propertyeditor.moc"
