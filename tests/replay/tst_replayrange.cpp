// ReplayRange::parse: the syntax of `weir-run --replay TOPIC[:PARTITION]:FROM..TO`, where a
// timestamp holds ':' and '.'. Expected values are written out by hand; times are checked
// against parseTimestampMs, which tst_timestamp checks on its own.
#include "replayrange.h"
#include "timestamp.h"

#include <QtTest>

using namespace weir;

Q_DECLARE_METATYPE(weir::ReplayRange)

namespace {

ReplayBound at(const char *iso)
{
    return ReplayBound::time(*parseTimestampMs(iso));
}

ReplayRange range(const char *topic, std::optional<int32_t> partition, ReplayBound from,
                  ReplayBound to)
{
    return ReplayRange{topic, partition, from, to};
}

} // namespace

class tst_ReplayRange : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodRanges_data();
    void parsesGoodRanges();
    void refusesBadRanges_data();
    void refusesBadRanges();
    void printsWhatItParses();
};

void tst_ReplayRange::parsesGoodRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReplayRange>("expected");
    const auto open = ReplayBound::open();
    const auto offset = ReplayBound::offset;
    QTest::newRow("offsets, every partition")
        << "user_events:100..200" << range("user_events", {}, offset(100), offset(200));
    QTest::newRow("offsets, one partition")
        << "user_events:2:100..200" << range("user_events", 2, offset(100), offset(200));
    QTest::newRow("open from") << "user_events:2:..500"
                               << range("user_events", 2, open, offset(500));
    QTest::newRow("open to") << "user_events:100.." << range("user_events", {}, offset(100), open);
    QTest::newRow("all of it") << "user_events:.." << range("user_events", {}, open, open);
    QTest::newRow("all of a partition") << "user_events:0:.." << range("user_events", 0, open, open);
    QTest::newRow("empty offset range") << "t:7..7" << range("t", {}, offset(7), offset(7));
    QTest::newRow("times, one partition")
        << "user_events:0:2026-11-26T10:00:00Z..2026-11-26T10:05:00Z"
        << range("user_events", 0, at("2026-11-26T10:00:00Z"), at("2026-11-26T10:05:00Z"));
    QTest::newRow("times, every partition")
        << "user_events:2026-11-26T10:00:00Z..2026-11-26T10:05:00Z"
        << range("user_events", {}, at("2026-11-26T10:00:00Z"), at("2026-11-26T10:05:00Z"));
    QTest::newRow("time with fraction and offset")
        << "a.b-c_d:3:2026-11-26T10:00:00.250+01:00.."
        << range("a.b-c_d", 3, at("2026-11-26T09:00:00.250Z"), open);
    QTest::newRow("date only") << "t:..2026-11-27" << range("t", {}, open, at("2026-11-27"));
    QTest::newRow("offset to time")
        << "t:1:5..2026-11-26T10:00Z" << range("t", 1, offset(5), at("2026-11-26T10:00:00Z"));
    QTest::newRow("topic with dots, times")
        << "my.topic:2026-11-26T10:00:00.5Z..2026-11-26T10:00:01Z"
        << range("my.topic", {}, at("2026-11-26T10:00:00.500Z"), at("2026-11-26T10:00:01Z"));
    QTest::newRow("topic with two dots") << "a..b:1..2" << range("a..b", {}, offset(1), offset(2));
}

void tst_ReplayRange::parsesGoodRanges()
{
    QFETCH(QString, text);
    QFETCH(ReplayRange, expected);
    try {
        const ReplayRange parsed = ReplayRange::parse(text.toStdString());
        QCOMPARE(parsed.topic, expected.topic);
        QCOMPARE(parsed.partition, expected.partition);
        QCOMPARE(int(parsed.from.kind), int(expected.from.kind));
        QCOMPARE(parsed.from.value, expected.from.value);
        QCOMPARE(int(parsed.to.kind), int(expected.to.kind));
        QCOMPARE(parsed.to.value, expected.to.value);
    } catch (const ReplayRangeError &e) {
        QFAIL(e.what());
    }
}

void tst_ReplayRange::refusesBadRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // a part of the error
    QTest::newRow("no colon") << "user_events" << "no ':' after the topic";
    QTest::newRow("no topic") << ":1..2" << "no topic before the ':'";
    QTest::newRow("no dots") << "user_events:0:100" << "no '..' between FROM and TO";
    QTest::newRow("single dot") << "user_events:100.200" << "no '..' between FROM and TO";
    QTest::newRow("bad from") << "user_events:abc..5" << "FROM 'abc' is neither an offset nor";
    QTest::newRow("bad to") << "user_events:0:5..xyz" << "TO 'xyz' is neither an offset nor";
    QTest::newRow("invalid date") << "t:2026-02-30T00:00:00Z.."
                                  << "FROM '2026-02-30T00:00:00Z' is neither";
    QTest::newRow("negative offset") << "t:0:-5..10" << "FROM '-5' is neither";
    QTest::newRow("offsets backwards") << "t:200..100" << "FROM is after TO (offset 200 > 100)";
    QTest::newRow("times backwards")
        << "t:2026-11-26T10:05:00Z..2026-11-26T10:00:00Z"
        << "FROM is after TO (time 2026-11-26T10:05:00.000Z > 2026-11-26T10:00:00.000Z)";
    QTest::newRow("bad topic char") << "user events:1..2" << "the topic 'user events' holds ' '";
    QTest::newRow("pattern topic") << "^user.*:1..2" << "holds '^'";
    QTest::newRow("huge partition") << "t:99999999999:1..2" << "partition '99999999999' is too large";
    QTest::newRow("huge offset") << "t:1..99999999999999999999"
                                 << "TO offset '99999999999999999999' is too large";
    QTest::newRow("three bounds") << "t:1..2..3" << "FROM '1..2' is neither";
}

void tst_ReplayRange::refusesBadRanges()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    try {
        const ReplayRange parsed = ReplayRange::parse(text.toStdString());
        QFAIL(qPrintable("accepted as " + QString::fromStdString(parsed.toString())));
    } catch (const ReplayRangeError &e) {
        const QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.contains(message), qPrintable(what));
        QVERIFY2(what.startsWith("replay range '" + text + "'"), qPrintable(what));
    }
}

void tst_ReplayRange::printsWhatItParses()
{
    for (const char *text : {"user_events:100..200", "user_events:2:..500", "t:..",
                             "t:0:2026-11-26T10:00:00.000Z..2026-11-26T10:05:00.000Z"}) {
        const ReplayRange parsed = ReplayRange::parse(text);
        QCOMPARE(parsed.toString(), std::string(text));
        QVERIFY(ReplayRange::parse(parsed.toString()) == parsed);
    }
}

QTEST_GUILESS_MAIN(tst_ReplayRange)
#include "tst_replayrange.moc"
