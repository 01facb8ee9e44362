#include "windowassigner.h"

#include <QtTest>

#include <limits>
#include <random>
#include <vector>

using namespace weir;

class tst_WindowAssign : public QObject
{
    Q_OBJECT

private slots:
    void floorModAndLastStart();
    void assignMatchesBruteForce_data();
    void assignMatchesBruteForce();
    void extremeTimestamps();
};

namespace {

int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Every multiple of slide near ts, kept when [s, s + size) holds ts and ends after wm.
std::vector<int64_t> bruteForce(int64_t ts, int64_t watermark, int64_t size, int64_t slide)
{
    std::vector<int64_t> starts;
    for (int64_t m = floorDiv(ts, slide) + 2; m >= floorDiv(ts - size, slide) - 2; --m) {
        const int64_t s = m * slide;
        if (s <= ts && ts < s + size && s + size > watermark)
            starts.push_back(s);
    }
    return starts;
}

} // namespace

void tst_WindowAssign::floorModAndLastStart()
{
    QCOMPARE(WindowAssigner::floorMod(7, 5), int64_t(2));
    QCOMPARE(WindowAssigner::floorMod(-7, 5), int64_t(3));
    QCOMPARE(WindowAssigner::floorMod(-10, 5), int64_t(0));
    const WindowAssigner tumbling(10, 10);
    QCOMPARE(tumbling.lastStart(0), int64_t(0));
    QCOMPARE(tumbling.lastStart(9), int64_t(0));
    QCOMPARE(tumbling.lastStart(-1), int64_t(-10));
    QCOMPARE(tumbling.lastStart(-10), int64_t(-10));
    QCOMPARE(tumbling.lastStart(-11), int64_t(-20));
    QCOMPARE(tumbling.maxWindows(), 1);
    QCOMPARE(WindowAssigner(300000, 60000).maxWindows(), 5);
    QCOMPARE(WindowAssigner(10, 3).maxWindows(), 4);
}

void tst_WindowAssign::assignMatchesBruteForce_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("slide");
    QTest::addColumn<qint64>("range"); // timestamps in [-range, range]
    QTest::newRow("tumbling 10") << qint64(10) << qint64(10) << qint64(100);
    QTest::newRow("tumbling 1") << qint64(1) << qint64(1) << qint64(20);
    QTest::newRow("sliding 10/5") << qint64(10) << qint64(5) << qint64(100);
    QTest::newRow("sliding 10/3 (not a multiple)") << qint64(10) << qint64(3) << qint64(100);
    QTest::newRow("sliding 7/1") << qint64(7) << qint64(1) << qint64(50);
    QTest::newRow("sliding 5m/1m") << qint64(300000) << qint64(60000) << qint64(3600000);
    QTest::newRow("sliding 1h/7m") << qint64(3600000) << qint64(420000) << qint64(86400000);
}

void tst_WindowAssign::assignMatchesBruteForce()
{
    QFETCH(qint64, size);
    QFETCH(qint64, slide);
    QFETCH(qint64, range);
    const WindowAssigner assigner(size, slide);
    std::mt19937_64 random(uint64_t(size * 31 + slide));
    std::uniform_int_distribution<int64_t> times(-range, range);
    std::vector<int64_t> starts(size_t(assigner.maxWindows()));
    for (int i = 0; i < 20000; ++i) {
        const int64_t ts = times(random);
        // No watermark, one before ts, one inside its windows, one past them.
        const int64_t watermark = i % 4 == 0 ? std::numeric_limits<int64_t>::min()
            : i % 4 == 1                     ? ts - size - times(random) % (size + 1)
                                             : ts + (times(random) % (size + 1));
        const int count = assigner.assign(ts, watermark, starts.data());
        const std::vector<int64_t> got(starts.begin(), starts.begin() + count);
        const std::vector<int64_t> expected = bruteForce(ts, watermark, size, slide);
        if (got != expected)
            qWarning() << "ts" << ts << "watermark" << watermark;
        QCOMPARE(got, expected);
        if (watermark == std::numeric_limits<int64_t>::min()) {
            QVERIFY(count >= 1);
            QVERIFY(count <= assigner.maxWindows());
            QCOMPARE(starts[0], assigner.lastStart(ts));
        }
    }
}

void tst_WindowAssign::extremeTimestamps()
{
    const WindowAssigner assigner(100, 30);
    std::vector<int64_t> starts(size_t(assigner.maxWindows()));
    const int64_t lowest = std::numeric_limits<int64_t>::min();
    const int64_t highest = std::numeric_limits<int64_t>::max();
    for (int64_t ts : {lowest, lowest + 1, lowest + 50, highest, highest - 1, highest - 50}) {
        const int count = assigner.assign(ts, lowest, starts.data());
        QVERIFY(count <= assigner.maxWindows());
        for (int k = 0; k < count; ++k) {
            QVERIFY(starts[k] <= ts);
            QVERIFY(starts[k] <= highest - 100); // the end fits in int64
            QVERIFY(starts[k] + 100 > ts);
            QCOMPARE(WindowAssigner::floorMod(starts[k], 30), int64_t(0));
        }
    }
    // Near the top only windows whose end fits are given.
    QVERIFY(assigner.assign(highest, lowest, starts.data()) < assigner.maxWindows());
}

QTEST_GUILESS_MAIN(tst_WindowAssign)
#include "tst_windowassign.moc"
