#pragma once

#include "parameditor.h"

class QTableWidget;
class QToolButton;

namespace weir {

// The common part of the table editors (maps, schema, aggregates): a table as high as its
// rows, with add and remove buttons under it. Every finished cell edit, added row (once
// it has a name) and removed row commits the whole table as one value.
class ParamTable : public ParamEditor
{
    Q_OBJECT

public:
    ParamTable(const ParamInfo &info, const ParamContext &context, const QStringList &columns,
               QWidget *parent = nullptr);

    bool isWide() const override { return true; }
    QWidget *focusTarget() const override;
    QTableWidget *table() const { return m_table; }
    // Adds an empty row and starts editing its first cell (the add button).
    void addRow();
    void removeSelectedRows();

protected:
    // Fills the table from a value; called with signals of the table blocked.
    virtual void fillRows(const Json &value) = 0;
    virtual void appendEmptyRow() = 0;
    // The value the table holds now.
    virtual Json tableValue() const = 0;
    // Cell widgets (combos) call this when they change.
    void commitTable();
    void fitHeight();

private:
    void showValue(const Json &value) override;

    QTableWidget *m_table;
    QToolButton *m_remove;
    bool m_filling = false;
};

} // namespace weir
