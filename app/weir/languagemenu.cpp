#include "languagemenu.h"

#include "language.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QPushButton>

namespace weir {

LanguageMenu::LanguageMenu(QWidget *window)
    : QMenu(tr("&Language"), window)
    , m_window(window)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    setIcon(QIcon(QStringLiteral(":/icons/language.svg")));
    const QString current = languageSetting();
    auto add = [this, &current](const QString &code, const QString &name,
                                const QString &inSentence) {
        QAction *action = m_group->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code, inSentence] { choose(code, inSentence); });
    };
    add(kSystemLanguage, tr("System Language"), tr("the system's language"));
    addSeparator();
    for (const Language &language : languages())
        add(language.code, language.nativeName, language.nativeName);
}

QString LanguageMenu::checkedCode() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : kSystemLanguage;
}

void LanguageMenu::choose(const QString &code, const QString &name)
{
    if (code == languageSetting())
        return;
    setLanguageSetting(code);
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("Weir will use %1 from its next start.").arg(name), QMessageBox::NoButton,
                    m_window);
    QPushButton *restart = box.addButton(tr("Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        emit restartRequested();
}

} // namespace weir
