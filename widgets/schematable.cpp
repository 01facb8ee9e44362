#include "schematable.h"

#include "choicedelegate.h"
#include "columntitles.h"
#include "fieldtype.h"

#include <QHeaderView>
#include <QTableWidget>

namespace weir {

namespace {

constexpr int kEntryRole = Qt::UserRole;

QStringList fieldTypeNames()
{
    QStringList names;
    for (FieldType type : {FieldType::String, FieldType::Int, FieldType::Double, FieldType::Bool,
                           FieldType::Timestamp, FieldType::Map})
        names << QString::fromUtf8(fieldTypeName(type));
    return names;
}

} // namespace

SchemaTable::SchemaTable(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamTable(info, context, {tr("Name"), tr("Type"), tr("Req."), tr("Default")}, parent)
{
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setSectionResizeMode(Type, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Required, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Default, QHeaderView::Interactive);
    header->resizeSection(Default, 64);
    widenColumnsToTitles(header);
    table()->setItemDelegateForColumn(Type, new ChoiceDelegate(fieldTypeNames, false, this));
    table()->horizontalHeaderItem(Required)->setToolTip(
        tr("Required: a record without the field goes to the errors port"));
    table()->horizontalHeaderItem(Default)->setToolTip(
        tr("The value of an optional field when a record lacks it, as JSON"));
}

void SchemaTable::fillRows(const Json &value)
{
    if (!value.is_array())
        return;
    for (const Json &entry : value)
        appendRow(entry.is_object() ? entry : Json::object());
}

void SchemaTable::appendEmptyRow()
{
    appendRow(Json {{"name", ""}, {"type", "string"}});
}

void SchemaTable::appendRow(const Json &entry)
{
    const int row = table()->rowCount();
    table()->insertRow(row);
    auto name = new QTableWidgetItem(jsonText(entry.value("name", Json())));
    name->setData(kEntryRole, QString::fromStdString(entry.dump()));
    table()->setItem(row, Name, name);
    table()->setItem(row, Type,
                     new QTableWidgetItem(jsonText(entry.value("type", Json("string")))));
    auto required = new QTableWidgetItem;
    required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    required->setCheckState(entry.value("required", true) ? Qt::Checked : Qt::Unchecked);
    table()->setItem(row, Required, required);
    table()->setItem(row, Default, new QTableWidgetItem(jsonText(entry.value("default", Json()))));
}

Json SchemaTable::tableValue() const
{
    Json schema = Json::array();
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QTableWidgetItem *name = table()->item(row, Name);
        Json entry = Json::parse(name->data(kEntryRole).toString().toStdString(), nullptr, false);
        if (!entry.is_object())
            entry = Json::object();
        entry["name"] = name->text().trimmed().toStdString();
        entry["type"] = table()->item(row, Type)->text().trimmed().toStdString();
        const bool required = table()->item(row, Required)->checkState() == Qt::Checked;
        if (!required)
            entry["required"] = false;
        else if (entry.contains("required"))
            entry["required"] = true;
        const QString fallback = table()->item(row, Default)->text();
        if (fallback.trimmed().isEmpty())
            entry.erase("default");
        else
            entry["default"] = jsonFromText(fallback);
        schema.push_back(entry);
    }
    return schema;
}

} // namespace weir
