#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace weir {

namespace {

const QString kSettingKey = QStringLiteral("view/language");
const QString kEnglish = QStringLiteral("en");

// Loads Weir's translation (from the resources) and Qt's own (dialog buttons, shortcuts'
// names), which Debian ships in Qt's translations folder.
bool installFor(QCoreApplication *app, const QLocale &locale)
{
    auto *weir = new QTranslator(app);
    if (!weir->load(locale, QStringLiteral("weir"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete weir;
        return false;
    }
    QCoreApplication::installTranslator(weir);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace

QList<Language> languages()
{
    return {{kEnglish, QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString languageSetting()
{
    return QSettings().value(kSettingKey, kSystemLanguage).toString();
}

void setLanguageSetting(const QString &code)
{
    QSettings().setValue(kSettingKey, code);
}

QString installTranslations(QCoreApplication *app, const QString &code)
{
    if (code == kEnglish)
        return kEnglish;
    const QLocale locale = code == kSystemLanguage ? QLocale::system() : QLocale(code);
    if (!installFor(app, locale))
        return kEnglish;
    QLocale::setDefault(locale);
    for (const Language &language : languages()) {
        if (language.code != kEnglish && QLocale(language.code).language() == locale.language())
            return language.code;
    }
    return kEnglish;
}

} // namespace weir
