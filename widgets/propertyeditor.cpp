#include "propertyeditor.h"

#include "dataflowvalidator.h"
#include "descriptionedit.h"
#include "nodecatalog.h"
#include "parameditorfactory.h"
#include "paramrow.h"
#include "pipelineeditor.h"
#include "pipelinemodel.h"
#include "propertyheader.h"

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace weir {

namespace {

const char kSettingsPrefix[] = "settings.";

ParamInfo textInfo(const char *name, const QString &help)
{
    return {.name = name, .type = ParamType::String, .help = help.toStdString()};
}

Json member(const Json &object, const QString &name)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(name.toStdString());
    return it == object.end() ? Json() : *it;
}

// A setting by its path: "alerts.for" is settings["alerts"]["for"].
Json settingValue(const Json &settings, const QString &path)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return member(settings, path);
    return member(member(settings, path.left(dot)), path.mid(dot + 1));
}

// Sets (or, for null, removes) the setting at `path`; an object left empty goes too.
void setSettingValue(Json &settings, const QString &path, const Json &value)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    const std::string key = (dot < 0 ? path : path.left(dot)).toStdString();
    if (dot < 0) {
        if (value.is_null())
            settings.erase(key);
        else
            settings[key] = value;
        return;
    }
    Json inner = member(settings, path.left(dot));
    if (!inner.is_object())
        inner = Json::object();
    setSettingValue(inner, path.mid(dot + 1), value);
    if (inner.empty())
        settings.erase(key);
    else
        settings[key] = inner;
}

Json textOrNull(const QString &text)
{
    return text.isEmpty() ? Json() : Json(text.toStdString());
}

} // namespace

PropertyEditor::PropertyEditor(PipelineEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(editor->model())
    , m_scroll(new QScrollArea(this))
{
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    connect(m_model, &PipelineModel::nodeParamsChanged, this, [this](const QString &id) {
        if (id == m_node)
            updateValues();
    });
    connect(m_model, &PipelineModel::pipelineSettingsChanged, this, [this] {
        if (m_node.isEmpty())
            updateValues();
    });
    connect(m_model, &PipelineModel::nodeRenamed, this,
            [this](const QString &from, const QString &to) {
                if (from != m_node)
                    return;
                m_node = to;
                m_renameRefusal.clear();
                updateValues();
                updateProblems();
            });
    connect(m_model, &PipelineModel::nodeRemoved, this, [this](const QString &id) {
        if (id == m_node)
            setNode(QString());
    });
    connect(m_model, &PipelineModel::modelReset, this,
            [this] { setNode(m_model->node(m_node) ? m_node : QString()); });
    connect(m_model, &PipelineModel::problemsChanged, this, &PropertyEditor::updateProblems);
    rebuild();
}

PropertyEditor::~PropertyEditor()
{
    for (ParamRow *row : m_rows) // closing the form ends edits: they are not committed
        row->disconnect(this);
}

void PropertyEditor::setNode(const QString &id)
{
    finishEditing();
    m_node = m_model->node(id) ? id : QString();
    m_renameRefusal.clear();
    rebuild();
}

// Commits the field being typed in, to the node it belongs to, before the form changes.
void PropertyEditor::finishEditing()
{
    QWidget *focus = QApplication::focusWidget();
    if (m_form && focus && m_form->isAncestorOf(focus))
        focus->clearFocus();
}

void PropertyEditor::rebuild()
{
    if (m_form) { // may be in one of its own signals: delete it later
        m_scroll->takeWidget();
        m_form->hide();
        m_form->deleteLater();
    }
    m_rows.clear();
    m_form = new QWidget;
    m_header = new PropertyHeader(m_form);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    m_nextRow = 0;
    auto line = new QFrame(m_form);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    auto layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_header);
    layout->addWidget(line);
    layout->addLayout(m_grid);
    layout->addStretch();
    if (m_node.isEmpty())
        addSettingsRows();
    else
        addNodeRows();
    m_scroll->setWidget(m_form);
    updateValues();
    updateProblems();
}

void PropertyEditor::addRow(ParamEditor *editor)
{
    auto row = new ParamRow(editor, m_grid, m_nextRow, m_form);
    m_nextRow = row->nextRow();
    m_rows.push_back(row);
}

void PropertyEditor::addNodeRows()
{
    const PipelineNode *node = m_model->node(m_node);
    m_header->setNodeType(node->type);
    const ParamInfo idInfo
        = textInfo("id",
                   tr("The node's name: unique in the pipeline; edges, problems and metrics "
                      "name the node by it."));
    addRow(createParamEditor(idInfo, {}, m_form));
    m_rows.back()->setResettable(false);
    connect(m_rows.back(), &ParamRow::edited, this, &PropertyEditor::rename);
    const NodeTypeInfo *type = NodeRegistry::instance().find(node->type.toStdString());
    if (!type)
        return;
    ParamContext context;
    context.upstreamFields = [this] { return upstreamFields(); };
    context.pathMustExist = type->category == "source";
    for (const ParamInfo &info : type->params) {
        addRow(createParamEditor(info, context, m_form));
        const QString name = QString::fromStdString(info.name);
        connect(m_rows.back(), &ParamRow::edited, this,
                [this, name](const Json &value) { edit(name, value); });
    }
}

void PropertyEditor::addSettingsRows()
{
    m_header->setNodeType(QString());
    const ParamInfo infos[]
        = {textInfo("name", tr("The pipeline's name, shown in the title and in metrics.")),
           textInfo("description", tr("What the pipeline does, for the people who read it."))};
    std::vector<ParamInfo> all(std::begin(infos), std::end(infos));
    all.insert(all.end(), pipelineSettings().begin(), pipelineSettings().end());
    const std::vector<ParamInfo> alerts = alertSettingInfos();
    all.insert(all.end(), alerts.begin(), alerts.end());
    for (const ParamInfo &info : all) {
        const bool description = info.name == "description";
        addRow(description ? new DescriptionEdit(info, {}, m_form)
                           : createParamEditor(info, {}, m_form));
        const QString name = QString::fromStdString(info.name);
        connect(m_rows.back(), &ParamRow::edited, this,
                [this, name](const Json &value) { editSettings(name, value); });
    }
}

void PropertyEditor::updateValues()
{
    if (m_node.isEmpty()) {
        const PipelineSettings &settings = m_model->pipelineSettings();
        for (ParamRow *row : m_rows) {
            if (row->name() == QLatin1String("name"))
                row->setValue(textOrNull(settings.name));
            else if (row->name() == QLatin1String("description"))
                row->setValue(textOrNull(settings.description));
            else
                row->setValue(settingValue(settings.settings, row->name()));
        }
        return;
    }
    const PipelineNode *node = m_model->node(m_node);
    if (!node)
        return;
    for (ParamRow *row : m_rows) {
        const bool isId = row == m_rows.front();
        row->setValue(isId ? Json(m_node.toStdString()) : member(node->params, row->name()));
    }
}

void PropertyEditor::updateProblems()
{
    QHash<QString, QStringList> byParam;
    QStringList general;
    for (const Problem &problem : m_model->problemsOf(m_node)) {
        QString param = QString::fromStdString(problem.param);
        if (m_node.isEmpty() && param.startsWith(QLatin1String(kSettingsPrefix)))
            param.remove(0, int(sizeof kSettingsPrefix) - 1);
        const QString message = QString::fromStdString(problem.message);
        if (row(param))
            byParam[param] << message;
        else
            general << message;
    }
    if (!m_renameRefusal.isEmpty())
        byParam[QStringLiteral("id")] << m_renameRefusal;
    for (ParamRow *row : m_rows)
        row->setProblems(byParam.value(row->name()));
    m_header->setProblems(general);
}

void PropertyEditor::edit(const QString &param, const Json &value)
{
    m_editor->setParam(m_node, param, value);
}

void PropertyEditor::editSettings(const QString &param, const Json &value)
{
    PipelineSettings settings = m_model->pipelineSettings();
    const QString text
        = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    if (param == QLatin1String("name"))
        settings.name = text;
    else if (param == QLatin1String("description"))
        settings.description = text;
    else
        setSettingValue(settings.settings, param, value);
    m_editor->setPipelineSettings(settings);
}

void PropertyEditor::rename(const Json &value)
{
    const QString to
        = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
    m_renameRefusal = m_editor->renameNode(m_node, to.trimmed());
    updateProblems();
}

ParamRow *PropertyEditor::row(const QString &param) const
{
    for (ParamRow *row : m_rows) {
        if (row->name() == param)
            return row;
    }
    return nullptr;
}

QWidget *PropertyEditor::fieldEditor(const QString &param) const
{
    ParamRow *found = row(param);
    return found ? found->editor() : nullptr;
}

void PropertyEditor::focusParam(const QString &param)
{
    ParamRow *found = row(param);
    if (!found && m_node.isEmpty())
        found = row(QString(param).remove(QLatin1String(kSettingsPrefix)));
    if (!found)
        return;
    found->focus();
    m_scroll->ensureWidgetVisible(found->editor());
}

QString PropertyEditor::problemText(const QString &param) const
{
    if (param.isEmpty())
        return m_header->problemText();
    ParamRow *found = row(param);
    return found ? found->problemText() : QString();
}

QStringList PropertyEditor::upstreamFields() const
{
    QStringList names;
    const auto fields = inputFields(m_model->toPipeline(), m_node.toStdString());
    if (fields) {
        for (const Field &field : *fields)
            names << QString::fromStdString(field.name);
    }
    return names;
}

} // namespace weir
