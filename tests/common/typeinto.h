#pragma once

#include <QLineEdit>
#include <QTest>

// Types `text` into a line edit as a person would: select all, erase, type, Return.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}
