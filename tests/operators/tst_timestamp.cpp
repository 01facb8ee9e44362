#include "timestamp.h"

#include <QtTest>

#include <cstdio>
#include <ctime>
#include <random>

using namespace weir;

// Reference: glibc's timegm/gmtime_r, an implementation independent of ours.
class tst_Timestamp : public QObject
{
    Q_OBJECT

private slots:
    void parsesKnownValues_data();
    void parsesKnownValues();
    void rejectsInvalidText_data();
    void rejectsInvalidText();
    void formatsKnownValues_data();
    void formatsKnownValues();
    void agreesWithTimegm();
    void formatAgreesWithGmtime();
    void roundTrips();
    void formatsExtremes();
};

namespace {

constexpr int64_t kYear1 = -62135596800000; // 0001-01-01T00:00:00Z
constexpr int64_t kYear9999 = 253402300799999; // 9999-12-31T23:59:59.999Z
constexpr int64_t kLanding = 1795621337000; // 2026-11-25T15:42:17Z

int64_t timegmMs(int year, int month, int day, int hour, int minute, int second)
{
    std::tm tm {};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return int64_t(timegm(&tm)) * 1000;
}

} // namespace

void tst_Timestamp::parsesKnownValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
    QTest::newRow("utc") << "2026-11-25T15:42:17Z" << qint64(kLanding);
    QTest::newRow("millis") << "2026-11-25T15:42:17.123Z" << qint64(kLanding + 123);
    QTest::newRow("one fraction digit") << "2026-11-25T15:42:17.1Z" << qint64(kLanding + 100);
    QTest::newRow("nanos cut to millis")
        << "2026-11-25T15:42:17.123987654Z" << qint64(kLanding + 123);
    QTest::newRow("comma fraction") << "2026-11-25T15:42:17,5Z" << qint64(kLanding + 500);
    QTest::newRow("plus offset") << "2026-11-25T16:42:17+01:00" << qint64(kLanding);
    QTest::newRow("minus half-hour offset") << "2026-11-25T10:12:17-05:30" << qint64(kLanding);
    QTest::newRow("offset without colon") << "2026-11-25T17:42:17+0200" << qint64(kLanding);
    QTest::newRow("offset hours only") << "2026-11-25T18:42:17+03" << qint64(kLanding);
    QTest::newRow("offset across midnight")
        << "2026-11-26T00:42:17.123+09:00" << qint64(kLanding + 123);
    QTest::newRow("space separator") << "2026-11-25 15:42:17" << qint64(kLanding);
    QTest::newRow("no zone is utc") << "2026-11-25T15:42:17" << qint64(kLanding);
    QTest::newRow("lower case") << "2026-11-25t15:42:17z" << qint64(kLanding);
    QTest::newRow("no seconds") << "2026-11-25T15:42Z" << qint64(1795621320000);
    QTest::newRow("date only") << "2026-11-25" << qint64(1795564800000);
    QTest::newRow("leap day 2024") << "2024-02-29T12:00:00Z" << qint64(1709208000000);
    QTest::newRow("leap day 2000 (400 rule)") << "2000-02-29" << qint64(951782400000);
    QTest::newRow("1900-03-01 (no leap day)") << "1900-03-01" << qint64(-2203891200000);
    QTest::newRow("before epoch") << "1969-12-31T23:59:59.999Z" << qint64(-1);
    QTest::newRow("year 1") << "0001-01-01T00:00:00Z" << qint64(kYear1);
    QTest::newRow("year 9999") << "9999-12-31T23:59:59.999Z" << qint64(kYear9999);
}

void tst_Timestamp::parsesKnownValues()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto ms = parseTimestampMs(text.toStdString());
    QVERIFY(ms.has_value());
    QCOMPARE(*ms, expected);
}

void tst_Timestamp::rejectsInvalidText_data()
{
    QTest::addColumn<QString>("text");
    const char *invalid[] = {
        "",
        "abc",
        "2026",
        "2026-11",
        "26-11-25",
        "2026-1-05",
        "2026/11/25",
        "2026-02-30",
        "2023-02-29",
        "1900-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-11-00",
        "2026-04-31",
        "2026-11-25T",
        "2026-11-25T15",
        "2026-11-25T15:4",
        "2026-11-25T24:00:00Z",
        "2026-11-25T15:60:00Z",
        "2026-11-25T15:42:60Z",
        "2026-11-25T15:42:17.Z",
        "2026-11-25T15:42:17+25:00",
        "2026-11-25T15:42:17+01:60",
        "2026-11-25T15:42:17+1",
        "2026-11-25T15:42:17+01:",
        "2026-11-25X15:42:17",
        "2026-11-25T15:42:17Zjunk",
        " 2026-11-25",
        "2026-11-25 ",
        "2026-11-25T15:42:17 Z",
        "+2026-11-25",
        "2026-11-25T-1:00",
    };
    for (const char *text : invalid)
        QTest::newRow(*text ? text : "(empty)") << QString::fromLatin1(text);
}

void tst_Timestamp::rejectsInvalidText()
{
    QFETCH(QString, text);
    QVERIFY(!parseTimestampMs(text.toStdString()).has_value());
}

void tst_Timestamp::formatsKnownValues_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("epoch") << qint64(0) << "1970-01-01T00:00:00.000Z";
    QTest::newRow("landing") << qint64(kLanding + 123) << "2026-11-25T15:42:17.123Z";
    QTest::newRow("minus one") << qint64(-1) << "1969-12-31T23:59:59.999Z";
    QTest::newRow("leap day") << qint64(1709208000000) << "2024-02-29T12:00:00.000Z";
    QTest::newRow("year 1") << qint64(kYear1) << "0001-01-01T00:00:00.000Z";
    QTest::newRow("year 9999") << qint64(kYear9999) << "9999-12-31T23:59:59.999Z";
    QTest::newRow("year 10000") << qint64(kYear9999 + 1) << "10000-01-01T00:00:00.000Z";
    QTest::newRow("year 0") << qint64(kYear1 - 366LL * 86400000) << "0000-01-01T00:00:00.000Z";
}

void tst_Timestamp::formatsKnownValues()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(formatTimestampMs(ms)), expected);
}

// Random date-times with random offsets, in all the accepted spellings.
void tst_Timestamp::agreesWithTimegm()
{
    std::mt19937_64 rng(20261125);
    for (int i = 0; i < 20000; ++i) {
        const int year = 1 + int(rng() % 9999);
        const int month = 1 + int(rng() % 12);
        const int day = 1 + int(rng() % 31);
        const int hour = int(rng() % 24), minute = int(rng() % 60), second = int(rng() % 60);
        const int millis = int(rng() % 1000);
        const int offset = int(rng() % (2 * 14 * 60 + 1)) - 14 * 60; // minutes east of UTC
        const char sign = offset < 0 ? '-' : '+';
        char text[64];
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d", year,
                      month, day, hour, minute, second, millis, sign, std::abs(offset) / 60,
                      std::abs(offset) % 60);
        // timegm normalises impossible dates (Feb 30 -> Mar 2); we must reject them.
        std::tm check {};
        const time_t t = timegmMs(year, month, day, 0, 0, 0) / 1000;
        gmtime_r(&t, &check);
        const bool valid = check.tm_mday == day;
        const auto parsed = parseTimestampMs(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            const int64_t expected = timegmMs(year, month, day, hour, minute, second) + millis
                - int64_t(offset) * 60000;
            QCOMPARE(*parsed, expected);
        }
    }
}

void tst_Timestamp::formatAgreesWithGmtime()
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int64_t> range(kYear1, kYear9999);
    for (int i = 0; i < 20000; ++i) {
        const int64_t ms = range(rng);
        const int64_t seconds = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
        const time_t t = time_t(seconds);
        std::tm tm {};
        gmtime_r(&t, &tm);
        char expected[64];
        std::snprintf(expected, sizeof expected, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                      tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
                      tm.tm_sec, int(ms - seconds * 1000));
        QCOMPARE(formatTimestampMs(ms), std::string(expected));
    }
}

void tst_Timestamp::roundTrips()
{
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<int64_t> range(kYear1, kYear9999);
    char buffer[kTimestampTextCapacity];
    for (int i = 0; i < 100000; ++i) {
        const int64_t ms = i < 4000 ? kLanding + (i - 2000) * 86399999LL : range(rng);
        const size_t length = formatTimestampMs(ms, buffer);
        QCOMPARE(length, size_t(24));
        const auto parsed = parseTimestampMs(std::string_view(buffer, length));
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, ms);
    }
}

void tst_Timestamp::formatsExtremes()
{
    char buffer[kTimestampTextCapacity];
    for (const int64_t ms : {INT64_MIN, INT64_MIN + 1, INT64_MAX, INT64_MAX - 1}) {
        const size_t length = formatTimestampMs(ms, buffer);
        QVERIFY(length <= kTimestampTextCapacity);
        QCOMPARE(buffer[length - 1], 'Z');
    }
    QCOMPARE(formatTimestampMs(INT64_MAX), std::string("292278994-08-17T07:12:55.807Z"));
    QCOMPARE(formatTimestampMs(INT64_MIN), std::string("-292275055-05-16T16:47:04.192Z"));
}

QTEST_GUILESS_MAIN(tst_Timestamp)
#include "tst_timestamp.moc"
