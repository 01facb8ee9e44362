#include "isotimestamp.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

using namespace weir;

class tst_IsoTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void formatMatchesQDateTime();
    void parse_data();
    void parse();
    void civilDaysRoundTrip();
};

// Random instants from 1970 to 9999, written and compared with Qt's ISO format.
void tst_IsoTimestamp::formatMatchesQDateTime()
{
    QRandomGenerator random(7);
    const qint64 last
        = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 200000; ++i) {
        const qint64 ms = i < 3 ? qint64(i) * last / 2 : random.bounded(last + 1);
        const QString expected
            = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        const std::string written = formatIsoTimestamp(ms);
        QCOMPARE(QString::fromStdString(written), expected);
        QCOMPARE(parseIsoTimestampMs(written), std::optional<int64_t>(ms));
    }
}

void tst_IsoTimestamp::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reference"); // the same instant as Qt reads it
    QTest::newRow("utc ms") << "2026-11-25T15:42:17.123Z" << true << "2026-11-25T15:42:17.123Z";
    QTest::newRow("utc") << "2026-11-25T15:42:17Z" << true << "2026-11-25T15:42:17Z";
    QTest::newRow("no zone") << "2026-11-25T15:42:17" << true << "2026-11-25T15:42:17Z";
    QTest::newRow("space") << "2026-11-25 15:42:17.5" << true << "2026-11-25T15:42:17.500Z";
    QTest::newRow("minutes") << "2026-11-25T15:42" << true << "2026-11-25T15:42:00Z";
    QTest::newRow("date") << "2026-11-25" << true << "2026-11-25T00:00:00Z";
    QTest::newRow("offset") << "2026-11-25T15:42:17+01:00" << true << "2026-11-25T14:42:17Z";
    QTest::newRow("negative offset")
        << "2026-01-01T01:00:00-0530" << true << "2026-01-01T06:30:00Z";
    QTest::newRow("micros") << "2026-11-25T15:42:17.123456Z" << true << "2026-11-25T15:42:17.123Z";
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << true << "2024-02-29T00:00:00Z";
    QTest::newRow("no leap day") << "2025-02-29T00:00:00Z" << false << "";
    QTest::newRow("month 13") << "2026-13-01" << false << "";
    QTest::newRow("hour 24") << "2026-11-25T24:00:00Z" << false << "";
    QTest::newRow("text") << "not-a-time" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("trailing") << "2026-11-25T15:42:17Zx" << false << "";
    QTest::newRow("no fraction digits") << "2026-11-25T15:42:17.Z" << false << "";
    QTest::newRow("short year") << "26-11-25" << false << "";
}

void tst_IsoTimestamp::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, reference);
    const auto parsed = parseIsoTimestampMs(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        const QDateTime expected = QDateTime::fromString(reference, Qt::ISODateWithMs);
        QVERIFY(expected.isValid());
        QCOMPARE(qint64(*parsed), expected.toMSecsSinceEpoch());
    }
}

void tst_IsoTimestamp::civilDaysRoundTrip()
{
    const QDate epoch(1970, 1, 1);
    for (int64_t days = -719000; days <= 2900000; days += 997) {
        int64_t year = 0;
        unsigned month = 0, day = 0;
        civilFromDays(days, year, month, day);
        const QDate expected = epoch.addDays(days);
        QCOMPARE(QDate(int(year), int(month), int(day)), expected);
        QCOMPARE(daysFromCivil(year, month, day), days);
    }
}

QTEST_GUILESS_MAIN(tst_IsoTimestamp)
#include "tst_isotimestamp.moc"
