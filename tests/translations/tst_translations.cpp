// The translations are complete and current: every message of every .ts file is translated
// and keeps what the source needs (placeholders, markup, mnemonics, key sequences); running
// lupdate on today's sources finds nothing new and nothing gone; the compiled translations
// in the app's resources give exactly the .ts files' texts; the language choice loads them.
#include "language.h"
#include "tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace weir;

namespace {

QString tsPath(const QString &code)
{
    return QStringLiteral(WEIR_SOURCE_DIR "/translations/weir_%1.ts").arg(code);
}

int pluralForms(const QString &code)
{
    return code == QLatin1String("ja") || code == QLatin1String("zh_CN") ? 1 : 2;
}

QString keyOf(const TsMessage &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

QSet<QString> messageKeys(const TsFile &ts)
{
    QSet<QString> keys;
    for (const TsMessage &m : ts.messages)
        keys.insert(keyOf(m));
    return keys;
}

QString listed(QStringList lines)
{
    const qsizetype total = lines.size();
    if (total > 25) {
        lines = lines.mid(0, 25);
        lines << QStringLiteral("... and %1 more").arg(total - 25);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageHasAFile();
    void complete_data();
    void complete();
    void current_data() { complete_data(); }
    void current();
    void compiledIntoTheApp_data() { complete_data(); }
    void compiledIntoTheApp();
    void languageChoiceLoadsIt();
};

void tst_Translations::everyLanguageHasAFile()
{
    QStringList offered;
    for (const Language &language : languages()) {
        if (language.code != QLatin1String("en"))
            offered << language.code;
    }
    QStringList files;
    for (const QString &name : QDir(QStringLiteral(WEIR_SOURCE_DIR "/translations"))
                                   .entryList({QStringLiteral("weir_*.ts")}, QDir::Files))
        files << name.mid(5, name.size() - 8);
    offered.sort();
    files.sort();
    QCOMPARE(files, offered);
    QCOMPARE(files, (QStringList {"de", "es", "fr", "ja", "zh_CN"}));
}

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("code");
    for (const Language &language : languages()) {
        if (language.code != QLatin1String("en"))
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void tst_Translations::complete()
{
    QFETCH(QString, code);
    const TsFile ts = readTsFile(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, code);
    QVERIFY(ts.messages.size() > 500);
    QStringList problems;
    for (const TsMessage &message : ts.messages) {
        for (const QString &problem : translationProblems(message, pluralForms(code)))
            problems << QStringLiteral("%1 \"%2\": %3").arg(message.context, message.source, problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s) in weir_%2.ts:\n%3")
                                                .arg(problems.size())
                                                .arg(code, listed(problems))));
}

// lupdate over today's sources adds what is new (unfinished) and, with -no-obsolete, drops
// what is gone: a current file comes out with the same messages, all finished.
void tst_Translations::current()
{
    QFETCH(QString, code);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("weir_%1.ts").arg(code));
    QVERIFY(QFile::copy(tsPath(code), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(WEIR_SOURCE_DIR));
    const QStringList arguments = QString::fromUtf8(WEIR_LUPDATE_ARGS).split(QLatin1Char('|'))
                                  + QStringList {QStringLiteral("-ts"), copy};
    lupdate.start(QStringLiteral(WEIR_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const QSet<QString> committed = messageKeys(readTsFile(tsPath(code)));
    const TsFile fresh = readTsFile(copy);
    QStringList news, gone;
    for (const TsMessage &m : fresh.messages) {
        if (!committed.contains(keyOf(m)))
            news << QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
    }
    const QSet<QString> freshKeys = messageKeys(fresh);
    for (const QString &key : committed) {
        if (!freshKeys.contains(key))
            gone << key.split(QChar(0x1f)).mid(0, 2).join(QStringLiteral(" \""));
    }
    const QString regenerate = QStringLiteral(
        "\nrun `cmake --build <build dir> --target weir_lupdate`, then translate the new "
        "messages in every language");
    QVERIFY2(news.isEmpty(), qPrintable(QStringLiteral("not in weir_%1.ts yet:\n%2%3")
                                            .arg(code, listed(news), regenerate)));
    QVERIFY2(gone.isEmpty(), qPrintable(QStringLiteral("obsolete in weir_%1.ts:\n%2%3")
                                            .arg(code, listed(gone), regenerate)));
}

void tst_Translations::compiledIntoTheApp()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/weir_%1.qm").arg(code)));
    QCOMPARE(translator.language(), code);
    int checked = 0;
    for (const TsMessage &m : readTsFile(tsPath(code)).messages) {
        if (m.numerus)
            continue;
        const QString got = translator.translate(m.context.toUtf8().constData(),
                                                 m.source.toUtf8().constData(),
                                                 m.comment.isEmpty() ? nullptr
                                                                     : m.comment.toUtf8().constData());
        QCOMPARE(got, m.translations.value(0));
        ++checked;
    }
    QVERIFY(checked > 500);
}

void tst_Translations::languageChoiceLoadsIt()
{
    QCOMPARE(installTranslations(qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(installTranslations(qApp, QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("weir::DesignerActions", "&File"), QStringLiteral("&File"));

    QCOMPARE(installTranslations(qApp, QStringLiteral("ja")), QStringLiteral("ja"));
    const QString expected = readTsFile(tsPath(QStringLiteral("ja")))
                                 .translation(QStringLiteral("weir::DesignerActions"),
                                              QStringLiteral("&File"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QCoreApplication::translate("weir::DesignerActions", "&File"), expected);
    QCOMPARE(QLocale().language(), QLocale::Japanese);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
