// The language the window starts in: the system's (this test runs with LC_ALL=fr_FR.UTF-8,
// set by CTest) unless View > Language chose another, which is remembered; choosing
// one offers a restart.
#include "../app/windowtesting.h"
#include "language.h"
#include "languagemenu.h"
#include "tsfile.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace weir;

namespace {

QAction *entry(const LanguageMenu &menu, const QString &code)
{
    for (QAction *action : menu.actions()) {
        if (action->data().toString() == code)
            return action;
    }
    return nullptr;
}

} // namespace

class tst_LanguageChoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuOffersEveryLanguageInItsOwnName();
    void choosingOneIsRememberedAndOffersARestart();
    void laterKeepsTheChoiceWithoutRestart();
    void systemLanguageIsTheDefault();
};

void tst_LanguageChoice::initTestCase()
{
    useTestSettings();
    QCOMPARE(qgetenv("LC_ALL"), QByteArray("fr_FR.UTF-8"));
}

void tst_LanguageChoice::menuOffersEveryLanguageInItsOwnName()
{
    QWidget window;
    LanguageMenu menu(&window);
    QCOMPARE(menu.checkedCode(), kSystemLanguage);
    QVERIFY(entry(menu, kSystemLanguage));
    for (const Language &language : languages()) {
        QAction *action = entry(menu, language.code);
        QVERIFY2(action, qPrintable(language.code));
        QCOMPARE(action->text(), language.nativeName);
    }
    QCOMPARE(entry(menu, QStringLiteral("ja"))->text(), QStringLiteral("日本語"));
}

void tst_LanguageChoice::choosingOneIsRememberedAndOffersARestart()
{
    QWidget window;
    LanguageMenu menu(&window);
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    QString text;
    answerNextMessageBox(QMessageBox::AcceptRole, &text);
    entry(menu, QStringLiteral("de"))->trigger();
    QCOMPARE(restart.count(), 1);
    QVERIFY2(text.contains(QStringLiteral("Deutsch")), qPrintable(text));
    QCOMPARE(languageSetting(), QStringLiteral("de"));
    LanguageMenu again(&window);
    QCOMPARE(again.checkedCode(), QStringLiteral("de"));
}

void tst_LanguageChoice::laterKeepsTheChoiceWithoutRestart()
{
    QWidget window;
    LanguageMenu menu(&window);
    QSignalSpy restart(&menu, &LanguageMenu::restartRequested);
    QString text;
    answerNextMessageBox(QMessageBox::RejectRole, &text);
    entry(menu, QStringLiteral("zh_CN"))->trigger();
    QVERIFY(!text.isEmpty());
    QCOMPARE(restart.count(), 0);
    QCOMPARE(languageSetting(), QStringLiteral("zh_CN"));
}

// Last: installing a translation changes the application's texts for the rest of the run.
void tst_LanguageChoice::systemLanguageIsTheDefault()
{
    QSettings().clear();
    QCOMPARE(languageSetting(), kSystemLanguage);
    QCOMPARE(installTranslations(qApp, languageSetting()), QStringLiteral("fr"));
    const QString expected
        = readTsFile(QStringLiteral(WEIR_SOURCE_DIR "/translations/weir_fr.ts"))
              .translation(QStringLiteral("weir::DesignerActions"), QStringLiteral("&File"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QCoreApplication::translate("weir::DesignerActions", "&File"), expected);
    // Qt's own catalogue came with it: a standard button speaks French too.
    QMessageBox box;
    box.setStandardButtons(QMessageBox::Cancel);
    QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Annuler"));
}

QTEST_MAIN(tst_LanguageChoice)
#include "tst_languagechoice.moc"
