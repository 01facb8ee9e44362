#include "keyvaluetable.h"
#include "catalogtext.h"

#include <QHeaderView>
#include <QTableWidget>

namespace weir {

KeyValueTable::KeyValueTable(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamTable(info, context,
                 {tr("Key"), info.unit.empty() ? tr("Value") : catalogText(info.unit)},
                 parent)
{
    table()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void KeyValueTable::fillRows(const Json &value)
{
    if (!value.is_object())
        return;
    for (const auto &[key, item] : value.items())
        appendRow(QString::fromStdString(key), jsonText(item));
}

void KeyValueTable::appendEmptyRow()
{
    appendRow({}, {});
}

void KeyValueTable::appendRow(const QString &key, const QString &value)
{
    const int row = table()->rowCount();
    table()->insertRow(row);
    auto keyItem = new QTableWidgetItem(key);
    keyItem->setToolTip(key); // long librdkafka keys may not fit
    table()->setItem(row, 0, keyItem);
    table()->setItem(row, 1, new QTableWidgetItem(value));
}

Json KeyValueTable::tableValue() const
{
    Json object = Json::object();
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QString key = table()->item(row, 0)->text().trimmed();
        if (key.isEmpty())
            continue;
        const QString text = table()->item(row, 1)->text();
        const Json value = info().type == ParamType::StringDoubleMap ? jsonFromText(text)
                                                                     : Json(text.toStdString());
        object[key.toStdString()] = value;
    }
    return object;
}

} // namespace weir
