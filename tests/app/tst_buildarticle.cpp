#include "aggregatestable.h"
#include "boolparamedit.h"
#include "descriptionedit.h"
#include "designeractions.h"
#include "documentcontroller.h"
#include "durationedit.h"
#include "enumedit.h"
#include "fieldlistedit.h"
#include "keyvaluetable.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "nodepalette.h"
#include "numberedit.h"
#include "pipelineeditor.h"
#include "pipelinefile.h"
#include "pipelinemodel.h"
#include "pipelinescene.h"
#include "pipelineview.h"
#include "propertyeditor.h"
#include "schematable.h"
#include "textparamedit.h"
#include "windowtesting.h"

#include "../common/typeinto.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <map>
#include <memory>
#include <set>
#include <tuple>

using namespace weir;

namespace {

// Key order does not matter in a pipeline's JSON: compare as plain (sorted) JSON.
nlohmann::json plain(const Json &value)
{
    return nlohmann::json::parse(value.dump());
}

Pipeline templatePipeline(const QString &name)
{
    QFile file(templatePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no template %s", qPrintable(name));
    return loadPipeline(file.readAll().toStdString());
}

QString text(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

} // namespace

// A person builds the article's pipeline in the window: node types dragged from the palette
// onto the canvas, renamed and set up in the property editor, wired by dragging from port
// to port. The saved file means what the template means, and the steps undo and redo to the
// exact same documents.
class tst_BuildArticle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildsTheArticlePipeline();

private:
    QString dropNode(const QString &type, QPointF scenePos);
    void setUpNode(const NodeSpec &spec);
    void setParam(const ParamInfo &info, const Json &value);
    void setSettings(const Pipeline &pipeline);
    void connectPorts(const EdgeSpec &edge);
    template<typename Editor> Editor *field(const std::string &param) const;

    std::unique_ptr<MainWindow> m_window;
};

void tst_BuildArticle::init()
{
    useTestSettings();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_BuildArticle::cleanup()
{
    m_window->editor()->undoStack()->setClean();
    m_window.reset();
}

template<typename Editor> Editor *tst_BuildArticle::field(const std::string &param) const
{
    auto *editor = qobject_cast<Editor *>(
        m_window->properties()->fieldEditor(QString::fromStdString(param)));
    if (!editor)
        qFatal("no editor of the expected kind for %s", param.c_str());
    return editor;
}

QString tst_BuildArticle::dropNode(const QString &type, QPointF scenePos)
{
    std::unique_ptr<QMimeData> mime(m_window->palette()->mimeDataFor(type));
    QWidget *viewport = m_window->view()->viewport();
    const QPoint at = m_window->view()->mapFromScene(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &drop);
    const QStringList selected = m_window->scene()->selectedNodeIds();
    return selected.size() == 1 ? selected.first() : QString();
}

void tst_BuildArticle::setUpNode(const NodeSpec &spec)
{
    const QString type = QString::fromStdString(spec.type);
    const QPointF at(spec.position->x, spec.position->y);
    const QString id = dropNode(type, at);
    QVERIFY2(!id.isEmpty(), qPrintable(type));
    // The dropped node is selected, so the property editor shows it.
    QCOMPARE(m_window->properties()->node(), id);
    typeInto(m_window->properties()->fieldEditor("id")->findChild<QLineEdit *>(),
             QString::fromStdString(spec.id));
    QCOMPARE(m_window->properties()->node(), QString::fromStdString(spec.id));
    const NodeTypeInfo *info = NodeRegistry::instance().find(spec.type);
    for (const auto &[name, value] : spec.params.items())
        setParam(*info->param(name), value);
}

void tst_BuildArticle::setParam(const ParamInfo &info, const Json &value)
{
    switch (info.type) {
    case ParamType::String:
    case ParamType::Path:
    case ParamType::Expression:
        typeInto(field<TextParamEdit>(info.name)->lineEdit(), text(value));
        break;
    case ParamType::Int:
    case ParamType::Double:
        typeInto(field<NumberEdit>(info.name)->findChild<QLineEdit *>(), text(value));
        break;
    case ParamType::Duration:
        typeInto(field<DurationEdit>(info.name)->lineEdit(), text(value));
        break;
    case ParamType::Bool:
        if (field<BoolParamEdit>(info.name)->checkBox()->isChecked() != value.get<bool>())
            field<BoolParamEdit>(info.name)->checkBox()->click();
        break;
    case ParamType::Enum: {
        QComboBox *combo = field<EnumEdit>(info.name)->comboBox();
        combo->setCurrentIndex(combo->findText(text(value)));
        emit combo->activated(combo->currentIndex());
        break;
    }
    case ParamType::StringList:
        for (const Json &name : value)
            field<FieldListEdit>(info.name)->addField(text(name));
        break;
    case ParamType::StringDoubleMap:
    case ParamType::StringStringMap:
        for (const auto &[key, entry] : value.items()) {
            auto *map = field<KeyValueTable>(info.name);
            map->addRow();
            const int row = map->table()->rowCount() - 1;
            map->table()->item(row, 0)->setText(QString::fromStdString(key));
            map->table()->item(row, 1)->setText(text(entry));
        }
        break;
    case ParamType::Schema:
        for (const Json &column : value) {
            auto *schema = field<SchemaTable>(info.name);
            schema->addRow();
            QTableWidget *table = schema->table();
            const int row = table->rowCount() - 1;
            table->item(row, SchemaTable::Name)->setText(text(column["name"]));
            table->item(row, SchemaTable::Type)->setText(text(column["type"]));
            if (column.contains("required"))
                table->item(row, SchemaTable::Required)
                    ->setCheckState(column["required"].get<bool>() ? Qt::Checked : Qt::Unchecked);
            if (column.contains("default"))
                table->item(row, SchemaTable::Default)->setText(text(column["default"]));
        }
        break;
    case ParamType::Aggregates:
        // The table starts with the default (one count): edit that row, add the others.
        for (size_t i = 0; i < value.size(); ++i) {
            const Json &aggregate = value[i];
            auto *aggregates = field<AggregatesTable>(info.name);
            QTableWidget *table = aggregates->table();
            if (int(i) >= table->rowCount())
                aggregates->addRow();
            const int row = int(i);
            table->item(row, AggregatesTable::Fn)->setText(text(aggregate["fn"]));
            for (const auto &[key, column] : {std::pair {"field", AggregatesTable::Field},
                                              {"as", AggregatesTable::As},
                                              {"q", AggregatesTable::Q}}) {
                if (aggregate.contains(key))
                    table->item(row, column)->setText(text(aggregate[key]));
            }
        }
        break;
    }
}

void tst_BuildArticle::setSettings(const Pipeline &pipeline)
{
    // Clicking the empty canvas clears the selection: the form shows the pipeline.
    QTest::mouseClick(m_window->view()->viewport(), Qt::LeftButton, {},
                      m_window->view()->mapFromScene(QPointF(600, 400)));
    QCOMPARE(m_window->properties()->node(), QString());
    typeInto(field<TextParamEdit>("name")->lineEdit(), QString::fromStdString(pipeline.name));
    auto *description = field<DescriptionEdit>("description");
    m_window->properties()->focusParam("description");
    description->textEdit()->setPlainText(QString::fromStdString(pipeline.description));
    m_window->properties()->focusParam("trigger"); // leaving the description commits it
    for (const auto &[name, value] : pipeline.settings.items()) {
        for (const ParamInfo &info : pipelineSettings()) {
            if (info.name == name)
                setParam(info, value);
        }
    }
}

void tst_BuildArticle::connectPorts(const EdgeSpec &edge)
{
    NodeItem *from = m_window->scene()->nodeItem(QString::fromStdString(edge.from));
    NodeItem *to = m_window->scene()->nodeItem(QString::fromStdString(edge.to));
    QVERIFY(from && to);
    PipelineView *view = m_window->view();
    const QPoint start
        = view->mapFromScene(from->outputScenePos(QString::fromStdString(edge.port)));
    const QPoint end = view->mapFromScene(to->inputScenePos());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(view->viewport(), start + (end - start) * step / 4);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, end);
    const ConnectionId made {QString::fromStdString(edge.from), QString::fromStdString(edge.port),
                             QString::fromStdString(edge.to)};
    QVERIFY2(m_window->model()->connectionIndex(made) >= 0,
             qPrintable(made.from + "." + made.port + " -> " + made.to));
}

void tst_BuildArticle::buildsTheArticlePipeline()
{
    const Pipeline article = templatePipeline("user_events");
    m_window->view()->setZoom(0.6);
    m_window->view()->centerOn(QPointF(520, 40));

    for (const NodeSpec &spec : article.nodes) {
        setUpNode(spec);
        if (QTest::currentTestFailed())
            return;
    }
    for (const EdgeSpec &edge : article.edges) {
        connectPorts(edge);
        if (QTest::currentTestFailed())
            return;
    }
    setSettings(article);
    m_window->model()->validateNow();
    QVERIFY(m_window->model()->problems().empty());

    QTemporaryDir dir;
    const QString path = dir.filePath("article.weir.json");
    QCOMPARE(m_window->document()->saveAs(path), QString());
    const Pipeline saved = loadPipelineFile(path.toStdString());
    QCOMPARE(saved.name, article.name);
    QCOMPARE(saved.description, article.description);
    QVERIFY(plain(saved.settings) == plain(article.settings));
    QCOMPARE(saved.nodes.size(), article.nodes.size());
    for (size_t i = 0; i < article.nodes.size(); ++i) {
        const NodeSpec &want = article.nodes[i];
        const NodeSpec &got = saved.nodes[i];
        QCOMPARE(got.id, want.id);
        QCOMPARE(got.type, want.type);
        QVERIFY2(plain(got.params) == plain(want.params),
                 qPrintable(QString::fromStdString(got.id + ": " + got.params.dump() + " vs "
                                                   + want.params.dump())));
        QCOMPARE(got.position->x, want.position->x); // dropped on the grid
        QCOMPARE(got.position->y, want.position->y);
    }
    const auto edges = [](const Pipeline &p) {
        std::set<std::tuple<std::string, std::string, std::string>> set;
        for (const EdgeSpec &e : p.edges)
            set.insert({e.from, e.port, e.to});
        return set;
    };
    QVERIFY(edges(saved) == edges(article));

    // Every step is undoable: back to the empty document, then forward to the same file.
    const std::string built = m_window->model()->toFileText();
    QUndoStack *stack = m_window->editor()->undoStack();
    QVERIFY(stack->count() > 50);
    stack->setIndex(0);
    QVERIFY(m_window->model()->nodes().empty());
    QVERIFY(m_window->model()->connections().empty());
    stack->setIndex(stack->count());
    QCOMPARE(m_window->model()->toFileText(), built);
}

QTEST_MAIN(tst_BuildArticle)
#include "tst_buildarticle.moc"
