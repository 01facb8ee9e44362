#pragma once

#include "parameditor.h"

class QListWidget;
class QMenu;
class QToolButton;

namespace weir {

// StringList parameters (group_by, key, topics): a list of names with add and remove.
// Add offers the fields known upstream, and "Other…" for any name; with no fields
// known it starts a new name directly. Names are edited in place.
class FieldListEdit : public ParamEditor
{
    Q_OBJECT

public:
    FieldListEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent = nullptr);

    bool isWide() const override { return true; }
    QWidget *focusTarget() const override;
    QListWidget *list() const { return m_list; }
    // The fields the add button offers: those known at the node's input.
    QStringList offeredFields() const;
    // Appends a name and commits.
    void addField(const QString &name);
    // Appends an empty name and starts editing it.
    void addOther();
    void removeSelected();
    // The add button's menu: the offered fields (those in the list already disabled),
    // then "Other…". The caller owns it.
    QMenu *createAddMenu();

private:
    void showValue(const Json &value) override;
    void showAddMenu();
    void commitList();
    void fitHeight();

    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_filling = false;
};

} // namespace weir
