#include "aggregatestable.h"

#include "aggregatespec.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableWidget>

namespace weir {

namespace {


QStringList fnNames()
{
    QStringList names;
    for (AggregateFn fn : {AggregateFn::Count, AggregateFn::CountDistinct,
                           AggregateFn::ApproxCountDistinct, AggregateFn::Sum, AggregateFn::Min,
                           AggregateFn::Max, AggregateFn::Avg, AggregateFn::Percentile})
        names << QString::fromUtf8(aggregateFnName(fn));
    return names;
}

void setOrErase(Json &entry, const char *key, const Json &value)
{
    if (value.is_null() || (value.is_string() && value.get<std::string>().empty()))
        entry.erase(key);
    else
        entry[key] = value;
}

} // namespace

AggregatesTable::AggregatesTable(const ParamInfo &info, const ParamContext &context,
                                 QWidget *parent)
    : ParamTable(info, context, {tr("Function"), tr("Field"), tr("As"), tr("q")}, parent)
{
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(Fn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Field, QHeaderView::Stretch);
    header->setSectionResizeMode(As, QHeaderView::Stretch);
    header->setSectionResizeMode(Q, QHeaderView::Interactive);
    header->resizeSection(Q, 40);
    table()->horizontalHeaderItem(Q)->setToolTip(tr("The quantile of a percentile, 0 < q < 1"));
}

QComboBox *AggregatesTable::fnCombo(int row) const
{
    return qobject_cast<QComboBox *>(table()->cellWidget(row, Fn));
}

QComboBox *AggregatesTable::fieldCombo(int row) const
{
    return qobject_cast<QComboBox *>(table()->cellWidget(row, Field));
}

void AggregatesTable::fillRows(const Json &value)
{
    if (!value.is_array())
        return;
    for (const Json &entry : value)
        appendRow(entry.is_object() ? entry : Json::object());
}

void AggregatesTable::appendEmptyRow()
{
    appendRow(Json {{"fn", "count"}});
}

QComboBox *AggregatesTable::createFieldCombo(const QString &field)
{
    auto combo = new QComboBox;
    combo->setEditable(true);
    combo->setFrame(false);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    if (context().upstreamFields)
        combo->addItems(context().upstreamFields());
    combo->setCurrentText(field);
    combo->lineEdit()->setPlaceholderText(tr("(rows)"));
    combo->setAccessibleName(tr("Field of the aggregate"));
    connect(combo, &QComboBox::activated, this, &AggregatesTable::commitTable);
    connect(combo->lineEdit(), &QLineEdit::editingFinished, this, &AggregatesTable::commitTable);
    return combo;
}

void AggregatesTable::appendRow(const Json &entry)
{
    const int row = table()->rowCount();
    table()->insertRow(row);
    auto fn = new QComboBox;
    fn->setFrame(false);
    fn->addItems(fnNames());
    const QString fnName = jsonText(entry.value("fn", Json("count")));
    if (fn->findText(fnName) < 0)
        fn->addItem(fnName);
    fn->setCurrentText(fnName);
    fn->setAccessibleName(tr("Function of the aggregate"));
    fn->setProperty("entry", QString::fromStdString(entry.dump()));
    connect(fn, &QComboBox::activated, this, &AggregatesTable::commitTable);
    table()->setCellWidget(row, Fn, fn);
    table()->setCellWidget(row, Field, createFieldCombo(jsonText(entry.value("field", Json()))));
    auto as = new QTableWidgetItem(jsonText(entry.value("as", Json())));
    as->setData(Qt::ToolTipRole, tr("The output column; empty: named after fn and field"));
    table()->setItem(row, As, as);
    table()->setItem(row, Q, new QTableWidgetItem(jsonText(entry.value("q", Json()))));
}

Json AggregatesTable::tableValue() const
{
    Json aggregates = Json::array();
    for (int row = 0; row < table()->rowCount(); ++row) {
        Json entry = Json::parse(fnCombo(row)->property("entry").toString().toStdString(),
                                 nullptr, false);
        if (!entry.is_object())
            entry = Json::object();
        entry["fn"] = fnCombo(row)->currentText().toStdString();
        setOrErase(entry, "field", fieldCombo(row)->currentText().trimmed().toStdString());
        setOrErase(entry, "as", table()->item(row, As)->text().trimmed().toStdString());
        const QString q = table()->item(row, Q)->text().trimmed();
        setOrErase(entry, "q", q.isEmpty() ? Json() : jsonFromText(q));
        aggregates.push_back(entry);
    }
    return aggregates;
}

} // namespace weir
