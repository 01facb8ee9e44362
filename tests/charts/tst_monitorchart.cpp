#include "chartstesting.h"
#include "monitorchart.h"
#include "serieshistory.h"

#include <QGraphicsView>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace weir;
using chartstesting::sampleAt;
using Range = MonitorChart::Range;

class tst_MonitorChart : public QObject
{
    Q_OBJECT

private slots:
    void pointsArriveAfterRefresh();
    void prefixAddsLinesAsTheyAppear();
    void rangeShowsOnlyThatWindow_data();
    void rangeShowsOnlyThatWindow();
    void pausedHoldsFollowMoves();
    void wheelScrollsBackAndPauses();
    void hoverReportsSampleValues();
    void csvEqualsSamplesInRange_data();
    void csvEqualsSamplesInRange();
    void pngHasWidgetSize();
    void lineEndsAtTheNewestSample_data();
    void lineEndsAtTheNewestSample();
    void linesArePainted();
    void unwritablePathsFail();

private:
    struct Fixture
    {
        SeriesHistory history;
        MonitorChart chart {&history};
        std::vector<MonitorSample> samples;

        explicit Fixture(int seconds, double first = 1)
        {
            chart.setTitle(QStringLiteral("Test"));
            chart.addSeries(QStringLiteral("in_rate"), QStringLiteral("in"));
            chart.addSeries(QStringLiteral("out_rate"), QStringLiteral("out"));
            chart.addSeriesPrefix(QStringLiteral("lag_offsets/"), MonitorChart::Axis::Right);
            chart.resize(700, 400);
            chart.show();
            add(seconds, first);
        }
        void add(int seconds, double first)
        {
            for (int i = 0; i < seconds; ++i) {
                samples.push_back(sampleAt(first + i));
                history.append(samples.back());
            }
        }
    };
};

namespace {

bool waitForLayout(MonitorChart &chart)
{
    return QTest::qWaitFor([&] { return chart.plotWidth() > 200 && chart.plotWidth() < 700; });
}

} // namespace

void tst_MonitorChart::pointsArriveAfterRefresh()
{
    Fixture f(0);
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    QVERIFY(waitForLayout(f.chart));
    f.chart.setRange(Range::OneMinute);
    f.add(100, 1);
    QCOMPARE(f.chart.seriesPointCounts().value(QStringLiteral("in_rate")), 0); // not yet
    f.chart.refresh();
    // t = 1..100, window [40, 100]: 61 samples, each in its own pixel column, plus t = 39
    // just left of the window for the line's continuity.
    QCOMPARE(f.chart.visibleStart(), 40.0);
    QCOMPARE(f.chart.visibleEnd(), 100.0);
    const QMap<QString, int> counts = f.chart.seriesPointCounts();
    QCOMPARE(counts.value(QStringLiteral("in_rate")), 62);
    QCOMPARE(counts.value(QStringLiteral("out_rate")), 62);
    QCOMPARE(counts.value(QStringLiteral("lag_offsets/orders/2")), 62);
}

void tst_MonitorChart::prefixAddsLinesAsTheyAppear()
{
    SeriesHistory history;
    MonitorChart chart(&history);
    chart.addSeries(QStringLiteral("lag_offsets"), QStringLiteral("total"));
    chart.addSeriesPrefix(QStringLiteral("lag_offsets/"));
    history.append(sampleAt(1, 2));
    chart.refresh();
    QCOMPARE(
        chart.seriesNames(),
        (std::vector<std::string> {"lag_offsets", "lag_offsets/orders/0", "lag_offsets/orders/1"}));
    history.append(sampleAt(2, 4));
    chart.refresh();
    QCOMPARE(chart.seriesNames().size(), size_t(5));
    QCOMPARE(chart.seriesNames().back(), std::string("lag_offsets/orders/3"));
}

void tst_MonitorChart::rangeShowsOnlyThatWindow_data()
{
    QTest::addColumn<Range>("range");
    QTest::addColumn<double>("span");
    QTest::newRow("1 min") << Range::OneMinute << 60.0;
    QTest::newRow("5 min") << Range::FiveMinutes << 300.0;
    QTest::newRow("15 min") << Range::FifteenMinutes << 900.0;
    QTest::newRow("1 h") << Range::OneHour << 3600.0;
    QTest::newRow("whole run") << Range::WholeRun << 0.0;
}

void tst_MonitorChart::rangeShowsOnlyThatWindow()
{
    QFETCH(Range, range);
    QFETCH(double, span);
    Fixture f(5400, 10); // t = 10 .. 5409
    QVERIFY(waitForLayout(f.chart));
    f.chart.setRange(range);
    QCOMPARE(MonitorChart::rangeSeconds(range), span);
    const double start = span > 0 ? 5409 - span : 10;
    QCOMPARE(f.chart.visibleStart(), start);
    QCOMPARE(f.chart.visibleEnd(), 5409.0);
    // Thinned to ≤ 4 points per pixel column, plus the one just outside the window.
    const int inWindow = int(5409 - start) + 1;
    const int expectedMax = std::min(inWindow, 4 * f.chart.plotWidth()) + (span > 0 ? 1 : 0);
    const int points = f.chart.seriesPointCounts().value(QStringLiteral("in_rate"));
    QVERIFY2(points > 0 && points <= expectedMax, qPrintable(QString::number(points)));
    if (inWindow <= f.chart.plotWidth())
        QCOMPARE(points, expectedMax);
}

void tst_MonitorChart::pausedHoldsFollowMoves()
{
    Fixture f(120);
    f.chart.setRange(Range::OneMinute);
    QVERIFY(f.chart.isFollowing());
    QCOMPARE(f.chart.visibleEnd(), 120.0);
    f.chart.setFollowing(false);
    f.add(30, 121);
    f.chart.refresh();
    QCOMPARE(f.chart.visibleStart(), 60.0);
    QCOMPARE(f.chart.visibleEnd(), 120.0);
    f.chart.setFollowing(true);
    QCOMPARE(f.chart.visibleEnd(), 150.0);
    f.add(10, 151);
    f.chart.refresh();
    QCOMPARE(f.chart.visibleStart(), 100.0);
    QCOMPARE(f.chart.visibleEnd(), 160.0);
}

void tst_MonitorChart::wheelScrollsBackAndPauses()
{
    Fixture f(600);
    QVERIFY(waitForLayout(f.chart));
    f.chart.setRange(Range::OneMinute);
    QSignalSpy scrolled(&f.chart, &MonitorChart::scrolled);
    auto *view = f.chart.findChild<QGraphicsView *>();
    QVERIFY(view);
    const QPointF at = view->viewport()->mapFrom(&f.chart, f.chart.positionOfTime(580));
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(!f.chart.isFollowing());
    QCOMPARE(f.chart.visibleEnd(), 600.0 - 2 * 6); // two notches of 10% of a minute
    QCOMPARE(scrolled.size(), 1);
    QCOMPARE(scrolled.first().first().toDouble(), 588.0);
    f.add(5, 601);
    f.chart.refresh();
    QCOMPARE(f.chart.visibleEnd(), 588.0);
}

void tst_MonitorChart::hoverReportsSampleValues()
{
    Fixture f(200);
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    QVERIFY(waitForLayout(f.chart));
    f.chart.setRange(Range::OneMinute);
    double sampleTime = 0;
    const QList<MonitorChart::Value> values = f.chart.showHoverAt(170.3, &sampleTime);
    QCOMPARE(sampleTime, 170.0);
    const MonitorSample &expected = f.samples[169];
    QCOMPARE(expected.t, 170.0);
    QCOMPARE(values.size(), 2 + 3);
    for (const MonitorChart::Value &v : values)
        QCOMPARE(v.value, expected.value(v.series.toStdString()));
    QVERIFY(f.chart.hoverText().startsWith(QStringLiteral("2:50\n")));
    QVERIFY(f.chart.hoverText().contains(QStringLiteral("orders/1: ")));
    f.chart.hideHover();
    QVERIFY(f.chart.hoverText().isEmpty());

    // The mouse over the plot shows the same.
    auto *view = f.chart.findChild<QGraphicsView *>();
    const QPoint at = view->viewport()->mapFrom(&f.chart, f.chart.positionOfTime(150));
    QTest::mouseMove(view->viewport(), at);
    QTRY_VERIFY(f.chart.hoverText().startsWith(QStringLiteral("2:30\n")));
}

void tst_MonitorChart::csvEqualsSamplesInRange_data()
{
    QTest::addColumn<Range>("range");
    QTest::addColumn<bool>("paused");
    QTest::newRow("1 min, following") << Range::OneMinute << false;
    QTest::newRow("5 min, scrolled back") << Range::FiveMinutes << true;
    QTest::newRow("whole run") << Range::WholeRun << false;
}

void tst_MonitorChart::csvEqualsSamplesInRange()
{
    QFETCH(Range, range);
    QFETCH(bool, paused);
    Fixture f(1000);
    // A series missing at some times leaves its cell empty.
    f.history.append(MonitorSample {1000.5, {{"in_rate", 1.0 / 3}}});
    f.samples.push_back(MonitorSample {1000.5, {{"in_rate", 1.0 / 3}}});
    f.chart.setRange(range);
    if (paused)
        f.chart.setViewEnd(777.7);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.csv"));
    QString error;
    QVERIFY2(f.chart.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.last(), QByteArray()); // ends with a newline

    const std::vector<std::string> names = f.chart.seriesNames();
    QByteArray header = "t";
    for (const std::string &name : names)
        header += ',' + QByteArray::fromStdString(name);
    QCOMPARE(lines.first(), header);
    int row = 1;
    for (const MonitorSample &s : f.samples) {
        if (s.t < f.chart.visibleStart() || s.t > f.chart.visibleEnd())
            continue;
        const QList<QByteArray> cells = lines.at(row++).split(',');
        QCOMPARE(cells.size(), qsizetype(names.size() + 1));
        QCOMPARE(cells[0].toDouble(), s.t);
        for (size_t i = 0; i < names.size(); ++i) {
            if (!s.has(names[i])) {
                QVERIFY(cells[i + 1].isEmpty());
                continue;
            }
            bool ok = false;
            QCOMPARE(cells[i + 1].toDouble(&ok), s.value(names[i]));
            QVERIFY(ok);
        }
    }
    QCOMPARE(row, lines.size() - 1);
    QVERIFY(row > 50);
}

void tst_MonitorChart::pngHasWidgetSize()
{
    Fixture f(300);
    QVERIFY(QTest::qWaitForWindowExposed(&f.chart));
    f.chart.refresh();
    f.chart.showHoverAt(250);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(f.chart.exportPng(path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), f.chart.size() * f.chart.devicePixelRatioF());
    QVERIFY(!f.chart.hoverText().isEmpty()); // the hover came back after the export
}

// Following a young run, a line ends where its newest sample's time is on the time axis,
// whatever its values (a flat line as much as a moving one).
void tst_MonitorChart::lineEndsAtTheNewestSample_data()
{
    QTest::addColumn<double>("last");
    QTest::addColumn<bool>("flat");
    QTest::newRow("12 s, flat") << 12.0 << true;
    QTest::newRow("40 s, flat") << 40.0 << true;
    QTest::newRow("40 s, moving") << 40.0 << false;
    QTest::newRow("100 s, flat") << 100.0 << true;
}

void tst_MonitorChart::lineEndsAtTheNewestSample()
{
    QFETCH(double, last);
    QFETCH(bool, flat);
    SeriesHistory history;
    MonitorChart chart(&history);
    const QColor magenta(255, 0, 255);
    chart.addSeries(QStringLiteral("in_rate"), QStringLiteral("in"), magenta);
    chart.setRange(Range::FiveMinutes);
    chart.resize(500, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(waitForLayout(chart));
    for (double t = 0.55; t <= last; t += 1.05)
        history.append(MonitorSample {t, {{"in_rate", flat ? 600.0 : 500 + std::fmod(t, 7) * 20}}});
    history.append(MonitorSample {last, {{"in_rate", flat ? 600.0 : 530.0}}});
    chart.refresh();
    const int end = chart.positionOfTime(last).x();
    const auto rightmostMagenta = [&] {
        const QImage image = chart.grab().toImage();
        int right = -1;
        for (int y = 0; y < image.height() * 3 / 4; ++y) // above the legend
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 150 && c.blue() > 150 && c.green() < 120)
                    right = std::max(right, x);
            }
        return right;
    };
    QTRY_VERIFY2(std::abs(rightmostMagenta() - end) <= 1,
                 qPrintable(QStringLiteral("line ends at x %1, the newest sample is at x %2")
                                .arg(rightmostMagenta())
                                .arg(end)));
}

void tst_MonitorChart::linesArePainted()
{
    SeriesHistory history;
    MonitorChart chart(&history);
    const QColor magenta(255, 0, 255);
    chart.addSeries(QStringLiteral("in_rate"), QStringLiteral("in"), magenta);
    chart.resize(500, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(waitForLayout(chart));
    const auto magentaPixels = [&] {
        const QImage image = chart.grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += c.red() > 200 && c.blue() > 200 && c.green() < 80;
            }
        return count;
    };
    const int legendOnly = magentaPixels(); // the legend's marker
    for (int t = 1; t <= 200; ++t)
        history.append(MonitorSample {double(t), {{"in_rate", t % 20 < 10 ? 10.0 : 90.0}}});
    chart.refresh();
    // A square wave across the plot: long horizontal runs and many vertical edges, drawn
    // on a pool thread and shown when done.
    QTRY_VERIFY2(magentaPixels() > legendOnly + 200, qPrintable(QString::number(magentaPixels())));
}

void tst_MonitorChart::unwritablePathsFail()
{
    Fixture f(10);
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/chart"));
    QString error;
    QVERIFY(!f.chart.exportPng(missing + ".png", &error));
    QVERIFY2(error.contains(QStringLiteral("chart.png")), qPrintable(error));
    error.clear();
    QVERIFY(!f.chart.exportCsv(missing + ".csv", &error));
    QVERIFY2(error.contains(QStringLiteral("chart.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(missing + ".csv"));
}

QTEST_MAIN(tst_MonitorChart)
#include "tst_monitorchart.moc"
