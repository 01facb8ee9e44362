// Help > About Weir: the version, and every library with the version actually linked and
// its licence; Copy Version Info puts the same on the clipboard.
#include "aboutdialog.h"
#include "libraryinfo.h"

#include <librdkafka/rdkafka.h>
#include <sqlite3.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace weir;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryLibraryWithItsLinkedVersion();
    void showsTheNoticeOfTheSelectedLibrary();
    void copiesTheVersionReport();
};

void tst_AboutDialog::listsEveryLibraryWithItsLinkedVersion()
{
    AboutDialog dialog;
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("libraries"));
    QVERIFY(table);
    const std::vector<LibraryInfo> engine = engineLibraries();
    QCOMPARE(table->rowCount(), int(engine.size()) + 1);
    QVERIFY(table->item(0, 0)->text().startsWith(QLatin1String("Qt")));
    QCOMPARE(table->item(0, 1)->text(), QString::fromLatin1(qVersion()));
    QMap<QString, QString> versions, licences;
    for (int row = 0; row < table->rowCount(); ++row) {
        versions[table->item(row, 0)->text()] = table->item(row, 1)->text();
        licences[table->item(row, 0)->text()] = table->item(row, 2)->text();
    }
    // The versions are the linked libraries' own answers, not numbers written down.
    QCOMPARE(versions.value(QStringLiteral("librdkafka")), QString::fromLatin1(rd_kafka_version_str()));
    QCOMPARE(versions.value(QStringLiteral("SQLite")), QString::fromLatin1(sqlite3_libversion()));
    for (const char *name : {"simdjson", "prometheus-cpp", "nlohmann/json"}) {
        QVERIFY2(versions.contains(QLatin1String(name)), name);
        QVERIFY2(versions.value(QLatin1String(name)).contains(QLatin1Char('.')), name);
    }
    for (const QString &licence : licences)
        QVERIFY(!licence.isEmpty());
    QCOMPARE(licences.value(QStringLiteral("librdkafka")), QStringLiteral("BSD-2-Clause"));
    QCOMPARE(licences.value(QStringLiteral("nlohmann/json")), QStringLiteral("MIT"));
    QVERIFY(licences.value(table->item(0, 0)->text()).contains(QLatin1String("LGPL-3.0")));

    bool versionShown = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        versionShown |= label->text().contains(QStringLiteral("Weir " WEIR_VERSION));
    QVERIFY(versionShown);
}

void tst_AboutDialog::showsTheNoticeOfTheSelectedLibrary()
{
    AboutDialog dialog;
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("libraries"));
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("notice"));
    QVERIFY(table && notice);
    const std::vector<LibraryInfo> engine = engineLibraries();
    for (int i = 0; i < int(engine.size()); ++i) {
        table->setCurrentCell(i + 1, 0);
        QVERIFY(notice->text().contains(QString::fromStdString(engine[size_t(i)].url)));
        QVERIFY(notice->text().contains(
            QString::fromStdString(engine[size_t(i)].copyright).toHtmlEscaped()));
    }
}

void tst_AboutDialog::copiesTheVersionReport()
{
    AboutDialog dialog;
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Copy Version Info"))
            copy = button;
    }
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    QVERIFY(lines.value(0).startsWith(QStringLiteral("Weir " WEIR_VERSION)));
    QCOMPARE(lines.size(), int(engineLibraries().size()) + 2);
    QVERIFY(lines.contains(QStringLiteral("librdkafka %1 (BSD-2-Clause)")
                               .arg(QString::fromLatin1(rd_kafka_version_str()))));
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
