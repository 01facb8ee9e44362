#include "minmaxdecimation.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace weir;

class tst_MinMaxDecimation : public QObject
{
    Q_OBJECT

private slots:
    void exact_data();
    void exact();
    void againstBruteForce_data();
    void againstBruteForce();
    void spikeSurvives();
    void degenerateWindows();
};

namespace {

QList<QPointF> pts(std::initializer_list<std::pair<double, double>> xy)
{
    QList<QPointF> out;
    for (const auto &[x, y] : xy)
        out.append(QPointF(x, y));
    return out;
}

// The reference: which column a point falls in, by the definition (left-closed columns of
// equal width; x1 itself belongs to the last one).
int columnOf(double x, double x0, double x1, int columns)
{
    return std::min(columns - 1, int(std::floor((x - x0) / (x1 - x0) * columns)));
}

QList<QPointF> randomPoints(quint32 seed, int count, bool duplicateXs)
{
    QRandomGenerator random(seed);
    QList<QPointF> points;
    double x = random.bounded(10.0) - 5;
    for (int i = 0; i < count; ++i) {
        if (!duplicateXs || random.bounded(4) != 0)
            x += random.bounded(2.0);
        points.append(QPointF(x, random.bounded(2000.0) - 1000));
    }
    return points;
}

} // namespace

void tst_MinMaxDecimation::exact_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("x0");
    QTest::addColumn<double>("x1");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("perColumn");
    QTest::addColumn<QList<QPointF>>("expected");

    const QList<QPointF> five = pts({{0, 0}, {1, 5}, {2, -3}, {3, 1}, {4, 2}});
    QTest::newRow("one column, first min max last")
        << five << 0.0 << 5.0 << 1 << 4 << pts({{0, 0}, {1, 5}, {2, -3}, {4, 2}});
    QTest::newRow("one column, min max last")
        << five << 0.0 << 5.0 << 1 << 3 << pts({{1, 5}, {2, -3}, {4, 2}});
    QTest::newRow("one column, min max") << five << 0.0 << 5.0 << 1 << 2 << pts({{1, 5}, {2, -3}});
    QTest::newRow("perColumn clamped to 4")
        << five << 0.0 << 5.0 << 1 << 9 << pts({{0, 0}, {1, 5}, {2, -3}, {4, 2}});
    QTest::newRow("a column per point keeps all") << five << 0.0 << 5.0 << 5 << 4 << five;
    QTest::newRow("points outside: one each side")
        << five << 1.5 << 2.5 << 10 << 4 << pts({{1, 5}, {2, -3}, {3, 1}});
    QTest::newRow("window between two points")
        << five << 2.2 << 2.8 << 10 << 4 << pts({{2, -3}, {3, 1}});
    QTest::newRow("window after all points") << five << 10.0 << 20.0 << 10 << 4 << pts({{4, 2}});
    QTest::newRow("x1 falls in the last column")
        << pts({{0, 1}, {1, 2}, {2, 3}}) << 0.0 << 2.0 << 2 << 2 << pts({{0, 1}, {1, 2}, {2, 3}});
    QTest::newRow("empty input") << QList<QPointF>() << 0.0 << 1.0 << 10 << 4 << QList<QPointF>();
}

void tst_MinMaxDecimation::exact()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, x0);
    QFETCH(double, x1);
    QFETCH(int, columns);
    QFETCH(int, perColumn);
    QFETCH(QList<QPointF>, expected);
    QCOMPARE(minMaxDecimate(points, x0, x1, columns, perColumn), expected);
}

void tst_MinMaxDecimation::againstBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("perColumn");
    QTest::addColumn<bool>("duplicateXs");
    const int counts[] = {1, 7, 300, 5000};
    const int columnChoices[] = {1, 13, 400};
    quint32 seed = 1;
    for (int count : counts)
        for (int columns : columnChoices)
            for (int perColumn : {2, 3, 4})
                for (bool duplicates : {false, true}) {
                    QTest::addRow("n%d c%d p%d%s", count, columns, perColumn,
                                  duplicates ? " dupx" : "")
                        << seed++ << count << columns << perColumn << duplicates;
                }
}

void tst_MinMaxDecimation::againstBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(int, columns);
    QFETCH(int, perColumn);
    QFETCH(bool, duplicateXs);
    const QList<QPointF> points = randomPoints(seed, count, duplicateXs);
    QRandomGenerator random(seed * 7919);
    // Windows inside, across and around the data.
    const double lo = points.first().x();
    const double hi = points.last().x();
    const double x0 = lo + (hi - lo) * (random.bounded(1.4) - 0.2);
    const double x1 = x0 + std::max(1e-3, (hi - lo) * random.bounded(1.2));
    const QList<QPointF> result = minMaxDecimate(points, x0, x1, columns, perColumn);

    // The result is a subsequence of the input: x order kept, nothing invented.
    qsizetype at = 0;
    for (const QPointF &p : result) {
        while (at < points.size() && points[at] != p)
            ++at;
        QVERIFY2(at < points.size(), "a result point is not in the input, in order");
        ++at;
    }

    // Ends: the nearest point outside each end, and no other outside point.
    qsizetype firstInside = 0;
    while (firstInside < points.size() && points[firstInside].x() < x0)
        ++firstInside;
    qsizetype lastInside = points.size() - 1;
    while (lastInside >= 0 && points[lastInside].x() > x1)
        --lastInside;
    QList<QPointF> inside = result;
    if (firstInside > 0) {
        QVERIFY(!inside.isEmpty());
        QCOMPARE(inside.first(), points[firstInside - 1]);
        inside.removeFirst();
    }
    if (lastInside + 1 < points.size()) {
        QVERIFY(!inside.isEmpty());
        QCOMPARE(inside.last(), points[lastInside + 1]);
        inside.removeLast();
    }
    for (const QPointF &p : inside)
        QVERIFY(p.x() >= x0 && p.x() <= x1);

    // Per column: min and max y survive (and first/last by perColumn), at most perColumn kept.
    for (int c = 0; c < columns; ++c) {
        QList<QPointF> all, kept;
        for (qsizetype i = firstInside; i <= lastInside; ++i)
            if (columnOf(points[i].x(), x0, x1, columns) == c)
                all.append(points[i]);
        for (const QPointF &p : inside)
            if (columnOf(p.x(), x0, x1, columns) == c)
                kept.append(p);
        QVERIFY(kept.size() <= perColumn);
        QCOMPARE(kept.isEmpty(), all.isEmpty());
        if (all.isEmpty())
            continue;
        const auto byY = [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); };
        QCOMPARE(std::min_element(kept.begin(), kept.end(), byY)->y(),
                 std::min_element(all.begin(), all.end(), byY)->y());
        QCOMPARE(std::max_element(kept.begin(), kept.end(), byY)->y(),
                 std::max_element(all.begin(), all.end(), byY)->y());
        if (perColumn >= 3)
            QCOMPARE(kept.last(), all.last());
        if (perColumn >= 4)
            QCOMPARE(kept.first(), all.first());
    }
}

void tst_MinMaxDecimation::spikeSurvives()
{
    QList<QPointF> flat;
    for (int i = 0; i < 100000; ++i)
        flat.append(QPointF(i, i == 61234 ? 1e6 : 1.0));
    const QList<QPointF> result = minMaxDecimate(flat, 0, 99999, 300);
    QVERIFY(result.size() <= 300 * 4);
    QVERIFY(result.contains(QPointF(61234, 1e6)));
}

void tst_MinMaxDecimation::degenerateWindows()
{
    const QList<QPointF> points = pts({{0, 1}, {1, 2}});
    QVERIFY(minMaxDecimate(points, 0, 1, 0).isEmpty());
    QVERIFY(minMaxDecimate(points, 1, 1, 10).isEmpty());
    QVERIFY(minMaxDecimate(points, 2, 1, 10).isEmpty());
}

QTEST_GUILESS_MAIN(tst_MinMaxDecimation)
#include "tst_minmaxdecimation.moc"
