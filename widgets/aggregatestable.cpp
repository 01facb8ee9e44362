#include "aggregatestable.h"

#include "aggregatespec.h"
#include "choicedelegate.h"

#include <QHeaderView>
#include <QTableWidget>

namespace weir {

namespace {

constexpr int kEntryRole = Qt::UserRole;

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
    table()->setItemDelegateForColumn(Fn, new ChoiceDelegate(fnNames, false, this));
    table()->setItemDelegateForColumn(
        Field, new ChoiceDelegate([this] { return offeredFields(); }, true, this));
    table()->horizontalHeaderItem(Field)->setToolTip(tr("The input field; empty counts rows"));
    table()->horizontalHeaderItem(Q)->setToolTip(tr("The quantile of a percentile, 0 < q < 1"));
}

QStringList AggregatesTable::offeredFields() const
{
    return context().upstreamFields ? context().upstreamFields() : QStringList();
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

void AggregatesTable::appendRow(const Json &entry)
{
    const int row = table()->rowCount();
    table()->insertRow(row);
    auto fn = new QTableWidgetItem(jsonText(entry.value("fn", Json("count"))));
    fn->setData(kEntryRole, QString::fromStdString(entry.dump()));
    table()->setItem(row, Fn, fn);
    table()->setItem(row, Field, new QTableWidgetItem(jsonText(entry.value("field", Json()))));
    auto as = new QTableWidgetItem(jsonText(entry.value("as", Json())));
    as->setData(Qt::ToolTipRole, tr("The output column; empty: named after fn and field"));
    table()->setItem(row, As, as);
    table()->setItem(row, Q, new QTableWidgetItem(jsonText(entry.value("q", Json()))));
}

Json AggregatesTable::tableValue() const
{
    Json aggregates = Json::array();
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QTableWidgetItem *fn = table()->item(row, Fn);
        Json entry = Json::parse(fn->data(kEntryRole).toString().toStdString(), nullptr, false);
        if (!entry.is_object())
            entry = Json::object();
        entry["fn"] = fn->text().trimmed().toStdString();
        setOrErase(entry, "field", table()->item(row, Field)->text().trimmed().toStdString());
        setOrErase(entry, "as", table()->item(row, As)->text().trimmed().toStdString());
        const QString q = table()->item(row, Q)->text().trimmed();
        setOrErase(entry, "q", q.isEmpty() ? Json() : jsonFromText(q));
        aggregates.push_back(entry);
    }
    return aggregates;
}

} // namespace weir
