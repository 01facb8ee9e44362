#include "mnemonics.h"

#include "tsfile.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace {

class LetterTable
{
public:
    LetterTable(QString place, QStringList &clashes)
        : m_place(std::move(place))
        , m_clashes(clashes)
    {
    }
    void add(const QString &text)
    {
        const QString letter = mnemonicLetters(text).value(0);
        if (letter.isEmpty())
            return;
        if (m_texts.contains(letter) && m_texts.value(letter) != text)
            m_clashes << QStringLiteral("%1: Alt+%2 is \"%3\" and \"%4\"")
                             .arg(m_place, letter.toUpper(), m_texts.value(letter), text);
        m_texts.insert(letter, text);
    }

private:
    QString m_place;
    QStringList &m_clashes;
    QMap<QString, QString> m_texts;
};

void checkMenu(const QMenu *menu, QStringList &clashes)
{
    LetterTable letters(QStringLiteral("menu \"%1\"").arg(menu->title()), clashes);
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        letters.add(action->text());
        if (action->menu())
            checkMenu(action->menu(), clashes);
    }
}

} // namespace

QStringList mnemonicClashes(QMainWindow *window)
{
    QStringList clashes;
    LetterTable bar(QStringLiteral("the menu bar"), clashes);
    for (const QAction *action : window->menuBar()->actions()) {
        bar.add(action->text());
        if (action->menu())
            checkMenu(action->menu(), clashes);
    }
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        LetterTable letters(QStringLiteral("panel \"%1\"").arg(dock->windowTitle()), clashes);
        for (const QWidget *widget : dock->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(dock))
                continue;
            if (auto *button = qobject_cast<const QAbstractButton *>(widget))
                letters.add(button->text());
            else if (auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
                letters.add(label->text());
        }
    }
    return clashes;
}
