// A value axis gets a round range over the values shown, cut into at most the intervals
// its plot has room for, and the chart-fitting rules that pick those intervals.
#include "axisrange.h"
#include "chartfit.h"
#include "fontfit.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTest>
#include <QtCharts/QValueAxis>

#include <cmath>

using namespace weir;

class tst_AxisRange : public QObject
{
    Q_OBJECT

private slots:
    void roundRangeWithinIntervals_data();
    void roundRangeWithinIntervals();
    void shortPlotsGetFewerTicks();
    void fontShrinksOnlyAsFarAsAllowed();
};

void tst_AxisRange::roundRangeWithinIntervals_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<int>("intervals");
    for (int intervals = 1; intervals <= 4; ++intervals) {
        for (const auto &[low, high] : {std::pair {0.0, 1.0}, {0.0, 0.073}, {3.0, 41234.0},
                                        {-12.5, 7.0}, {0.0, 199999.0}, {250.0, 250.0}})
            QTest::addRow("%g..%g/%d", low, high, intervals) << low << high << intervals;
    }
}

void tst_AxisRange::roundRangeWithinIntervals()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(int, intervals);
    AxisRange range;
    range.add({{0, low}, {1, high}, {5, 1e12}}, 0, 1); // the point outside x0..x1 is left out
    QValueAxis axis;
    range.applyTo(&axis, intervals);

    QVERIFY(axis.min() <= std::min(0.0, low));
    QVERIFY(axis.max() >= high);
    QVERIFY(axis.max() < 1e12);
    // A range across zero has an interval on each side at least.
    const int allowed = low < 0 && high > 0 ? std::max(intervals, 2) : intervals;
    QVERIFY2(axis.tickCount() - 1 <= allowed, qPrintable(QString::number(axis.tickCount())));
    QVERIFY(axis.tickCount() >= 2);
    // The step is 1, 2, 2.5 or 5 times a power of ten, and the ends are multiples of it.
    const double step = (axis.max() - axis.min()) / (axis.tickCount() - 1);
    const double mantissa = step / std::pow(10, std::floor(std::log10(step)));
    bool nice = false;
    for (double n : {1., 2., 2.5, 5., 10.})
        nice |= std::abs(mantissa - n) < 1e-9;
    QVERIFY2(nice, qPrintable(QString::number(step)));
    QVERIFY(std::abs(std::remainder(axis.max(), step)) < step * 1e-9);
}

void tst_AxisRange::shortPlotsGetFewerTicks()
{
    QFont font;
    font.setPointSizeF(8);
    const qreal line = QFontMetricsF(font).height();
    QCOMPARE(chartfit::tickIntervals(line * 10, font), 4);
    QCOMPARE(chartfit::tickIntervals(line * 2.5, font), 2);
    QCOMPARE(chartfit::tickIntervals(line * 0.5, font), 1);
    // Taller lines (the same plot in a bigger font) get fewer ticks.
    QFont tall = font;
    tall.setPointSizeF(16);
    QVERIFY(chartfit::tickIntervals(line * 4, tall) < chartfit::tickIntervals(line * 4, font));
}

void tst_AxisRange::fontShrinksOnlyAsFarAsAllowed()
{
    QFont font;
    font.setPointSizeF(10);
    const QString text = QStringLiteral("Dead letters and late records");
    const qreal full = QFontMetricsF(font).horizontalAdvance(text);
    auto width = [&text](const QFontMetricsF &m) { return m.horizontalAdvance(text); };

    QCOMPARE(shrunkToFit(font, 0.75, full + 1, width).pointSizeF(), 10.0);
    const QFont smaller = shrunkToFit(font, 0.75, full * 0.9, width);
    QVERIFY(smaller.pointSizeF() < 10.0 && smaller.pointSizeF() >= 7.5);
    QVERIFY(QFontMetricsF(smaller).horizontalAdvance(text) <= full * 0.9);
    QCOMPARE(shrunkToFit(font, 0.75, full * 0.3, width).pointSizeF(), 7.5);
}

QTEST_MAIN(tst_AxisRange)
#include "tst_axisrange.moc"
