#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist .ts file, read independently of Qt's own tools, so the tests
// can hold lupdate's and lrelease's output against the file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language; // the TS element's language attribute
    QList<TsMessage> messages;
    QString error;    // empty when the file was read

    // The (first) translation of a message; empty when there is none.
    QString translation(const QString &context, const QString &source) const;
};

TsFile readTsFile(const QString &path);

// The letters of a text's mnemonics ('&' before a letter, lower-cased), in order: one for a
// menu entry or button with an Alt+letter, none for most texts.
QStringList mnemonicLetters(const QString &text);

// What a translation must keep of its source; empty when it does. `forms` is how many
// plural forms the language has.
QStringList translationProblems(const TsMessage &message, int forms);
