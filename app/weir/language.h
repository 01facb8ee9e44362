#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace weir {

// A language the designer is translated into.
struct Language
{
    QString code;       // "de", "zh_CN": the suffix of translations/weir_<code>.ts
    QString nativeName; // "Deutsch": how the language calls itself, never translated
};

// The code that follows the system's locale instead of naming a language.
inline const QString kSystemLanguage = QStringLiteral("system");

// English (the source language, code "en") and every language with a translation.
QList<Language> languages();

// The language chosen in View > Language, or "system" to follow the system locale.
QString languageSetting();
void setLanguageSetting(const QString &code);

// Installs Weir's and Qt's own translations for `code` ("system" follows the system locale,
// "en" installs none). Returns the code of Weir's translation installed, or "en" when none
// matched. Call once, before the first window is created: widgets read their texts then.
QString installTranslations(QCoreApplication *app, const QString &code);

} // namespace weir
