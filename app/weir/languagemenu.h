#pragma once

#include <QMenu>

class QActionGroup;

namespace weir {

// View > Language: the system's language or one of Weir's translations, each named in its
// own language. Texts are read when the windows are built, so a choice takes effect at the
// next start; the menu offers to restart now (the window's unsaved-changes prompt still
// applies).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *window);

    // The code of the checked entry: "system", "en", "de", ...
    QString checkedCode() const;

signals:
    // The user chose another language and asked to restart now.
    void restartRequested();

private:
    void choose(const QString &code, const QString &name);

    QWidget *m_window;
    QActionGroup *m_group;
};

} // namespace weir
