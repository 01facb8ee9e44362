#include "showntexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTabWidget>

namespace {

QString describe(const QObject *object)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(object->metaObject()->className()),
                                         object->objectName());
}

void addModelTexts(const QAbstractItemView *view, QList<ShownText> &texts)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QString where = QStringLiteral("header of ") + describe(view);
    for (int column = 0; column < model->columnCount(); ++column)
        texts << ShownText {where, model->headerData(column, Qt::Horizontal).toString()};
    // The first two levels of trees and lists: palettes and option lists, not data tables.
    if (model->rowCount() > 200)
        return;
    const QString items = QStringLiteral("item of ") + describe(view);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        texts << ShownText {items, index.data(Qt::DisplayRole).toString()}
              << ShownText {items, index.data(Qt::ToolTipRole).toString()};
        for (int child = 0; child < model->rowCount(index); ++child) {
            const QModelIndex inner = model->index(child, 0, index);
            texts << ShownText {items, inner.data(Qt::DisplayRole).toString()}
                  << ShownText {items, inner.data(Qt::ToolTipRole).toString()};
        }
    }
}

// Dock title buttons, tab scrollers and the standard buttons of a button box: Qt names them,
// and its own translations (qtbase_*.qm) give their texts.
bool isQtsOwn(QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_"))
        || widget->objectName().startsWith(QLatin1String("Scroll")))
        return true;
    auto *button = qobject_cast<QAbstractButton *>(widget);
    auto *box = button ? qobject_cast<QDialogButtonBox *>(button->parentWidget()) : nullptr;
    return box && box->standardButton(button) != QDialogButtonBox::NoButton;
}

void addWidgetTexts(QWidget *widget, QList<ShownText> &texts)
{
    if (isQtsOwn(widget)) {
        texts << ShownText {describe(widget), widget->accessibleName(), true};
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << ShownText {describe(widget), button->text(), true};
        return;
    }
    const QString where = describe(widget);
    texts << ShownText {where + QStringLiteral(" tooltip"), widget->toolTip()}
          << ShownText {where + QStringLiteral(" accessible name"), widget->accessibleName()};
    if (auto *label = qobject_cast<QLabel *>(widget))
        texts << ShownText {where, label->text()};
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        texts << ShownText {where, button->text()};
    else if (auto *box = qobject_cast<QGroupBox *>(widget))
        texts << ShownText {where, box->title()};
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        texts << ShownText {where + QStringLiteral(" placeholder"), edit->placeholderText()};
    else if (auto *dock = qobject_cast<QDockWidget *>(widget))
        texts << ShownText {where, dock->windowTitle()};
    else if (auto *menu = qobject_cast<QMenu *>(widget))
        texts << ShownText {where, menu->title()};
    else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << ShownText {where + QStringLiteral(" tab"), tabs->tabText(i)}
                  << ShownText {where + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i)};
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        addModelTexts(view, texts);
}

} // namespace

QList<ShownText> shownTexts(QWidget *root)
{
    QList<ShownText> texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets)
        addWidgetTexts(widget, texts);
    for (const QAction *action : root->findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        const QString where = QStringLiteral("action ") + describe(action);
        texts << ShownText {where, action->text()} << ShownText {where, action->toolTip()}
              << ShownText {where, action->statusTip()};
    }
    texts.removeIf([](const ShownText &t) { return t.text.trimmed().isEmpty(); });
    return texts;
}
