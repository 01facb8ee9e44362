#include "serieshistory.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace weir;

class tst_SeriesHistory : public QObject
{
    Q_OBJECT

private slots:
    void appendKeepsSeriesApart();
    void capDropsOldest_data();
    void capDropsOldest();
    void lateSampleGoesInPlace();
    void setSamplesSortsAndReplaces();
    void prefixNamesAndRevisions();
    void nonFiniteValuesLeftOut();
    void valueAtAndNearestTime();
};

namespace {

MonitorSample sample(double t, std::map<std::string, double> values)
{
    return MonitorSample {t, std::move(values)};
}

QList<double> xs(const QList<QPointF> &points)
{
    QList<double> out;
    for (const QPointF &p : points)
        out.append(p.x());
    return out;
}

} // namespace

void tst_SeriesHistory::appendKeepsSeriesApart()
{
    SeriesHistory history;
    QVERIFY(history.isEmpty());
    history.append(sample(1, {{"in_rate", 10}, {"lag_offsets", 5}}));
    history.append(sample(2, {{"in_rate", 20}}));
    history.append(sample(3.5, {{"in_rate", 30}, {"lag_offsets", 7}}));
    QCOMPARE(history.seriesNames(), (std::vector<std::string> {"in_rate", "lag_offsets"}));
    QCOMPARE(history.points("in_rate"),
             (QList<QPointF> {QPointF(1, 10), QPointF(2, 20), QPointF(3.5, 30)}));
    QCOMPARE(history.points("lag_offsets"), (QList<QPointF> {QPointF(1, 5), QPointF(3.5, 7)}));
    QVERIFY(history.points("nothing").isEmpty());
    QCOMPARE(history.firstT(), 1.0);
    QCOMPARE(history.lastT(), 3.5);
    history.clear();
    QVERIFY(history.isEmpty());
    QCOMPARE(history.lastT(), 0.0);
    QVERIFY(history.points("in_rate").isEmpty());
}

void tst_SeriesHistory::capDropsOldest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("samples");
    QTest::newRow("under the cap") << 100 << 60;
    QTest::newRow("at the cap") << 100 << 100;
    QTest::newRow("over the cap") << 100 << 250;
    QTest::newRow("far over a small cap") << 3 << 10000;
}

void tst_SeriesHistory::capDropsOldest()
{
    QFETCH(int, capacity);
    QFETCH(int, samples);
    SeriesHistory history(capacity);
    for (int i = 0; i < samples; ++i)
        history.append(sample(i, {{"a", double(i) * 2}, {"b", double(-i)}}));
    const int kept = std::min(capacity, samples);
    for (const char *name : {"a", "b"}) {
        const QList<QPointF> &points = history.points(name);
        QCOMPARE(points.size(), kept);
        for (int k = 0; k < kept; ++k) {
            const int i = samples - kept + k; // the newest `kept`, oldest first
            QCOMPARE(points[k].x(), double(i));
            QCOMPARE(points[k].y(), std::string(name) == "a" ? double(i) * 2 : double(-i));
        }
    }
    QCOMPARE(history.firstT(), double(samples - kept));
    QCOMPARE(history.lastT(), double(samples - 1));

    history.setCapacity(2);
    QCOMPARE(xs(history.points("a")), (QList<double> {double(samples - 2), double(samples - 1)}));
}

void tst_SeriesHistory::lateSampleGoesInPlace()
{
    SeriesHistory history;
    for (double t : {1.0, 2.0, 4.0, 5.0})
        history.append(sample(t, {{"a", t}}));
    history.append(sample(3, {{"a", 33}}));
    history.append(sample(0.5, {{"a", 0.5}}));
    history.append(sample(4, {{"a", 44}})); // same time: replaces
    QCOMPARE(history.points("a"),
             (QList<QPointF> {QPointF(0.5, 0.5), QPointF(1, 1), QPointF(2, 2), QPointF(3, 33),
                              QPointF(4, 44), QPointF(5, 5)}));
    QCOMPARE(history.lastT(), 5.0);
}

void tst_SeriesHistory::setSamplesSortsAndReplaces()
{
    SeriesHistory history;
    history.append(sample(100, {{"old", 1}}));
    history.setSamples({sample(3, {{"a", 3}}), sample(1, {{"a", 1}}), sample(2, {{"a", 2}})});
    QCOMPARE(history.seriesNames(), std::vector<std::string> {"a"});
    QCOMPARE(xs(history.points("a")), (QList<double> {1, 2, 3}));
    QCOMPARE(history.lastT(), 3.0);
}

void tst_SeriesHistory::prefixNamesAndRevisions()
{
    SeriesHistory history;
    const quint64 names0 = history.namesRevision();
    const quint64 revision0 = history.revision();
    history.append(sample(1,
                          {{"lag_offsets", 3},
                           {"lag_offsets/t/0", 1},
                           {"lag_offsets/t/1", 2},
                           {"lag_seconds/t/0", 0.1},
                           {"lag_offsetz", 9}}));
    QCOMPARE(history.seriesNames("lag_offsets/"),
             (std::vector<std::string> {"lag_offsets/t/0", "lag_offsets/t/1"}));
    QVERIFY(history.seriesNames("node/").empty());
    const quint64 names1 = history.namesRevision();
    QVERIFY(names1 != names0);
    history.append(sample(2, {{"lag_offsets", 4}}));
    QCOMPARE(history.namesRevision(), names1); // no new series
    QVERIFY(history.revision() > revision0 + 1);
    history.append(sample(3, {{"lag_offsets/t/2", 4}}));
    QVERIFY(history.namesRevision() != names1);
}

void tst_SeriesHistory::nonFiniteValuesLeftOut()
{
    SeriesHistory history;
    history.append(sample(1, {{"a", 1}}));
    history.append(sample(2, {{"a", std::numeric_limits<double>::quiet_NaN()}}));
    history.append(sample(3, {{"a", std::numeric_limits<double>::infinity()}}));
    history.append(sample(4, {{"a", 4}}));
    QCOMPARE(xs(history.points("a")), (QList<double> {1, 4}));
}

void tst_SeriesHistory::valueAtAndNearestTime()
{
    SeriesHistory history;
    for (double t : {1.0, 2.0, 4.0})
        history.append(sample(t, {{"a", t * 10}}));
    history.append(sample(7, {{"b", 70}}));
    QCOMPARE(history.valueAt("a", 2), std::optional<double>(20));
    QCOMPARE(history.valueAt("a", 3), std::nullopt);
    QCOMPARE(history.valueAt("b", 2), std::nullopt);
    QCOMPARE(history.valueAt("zz", 2), std::nullopt);
    const std::vector<std::string> both {"a", "b"};
    QCOMPARE(history.nearestTime(both, 2.9, 0, 10), std::optional<double>(2));
    QCOMPARE(history.nearestTime(both, 3.1, 0, 10), std::optional<double>(4));
    QCOMPARE(history.nearestTime(both, 6.0, 0, 10), std::optional<double>(7));
    QCOMPARE(history.nearestTime({"a"}, 6.0, 0, 10), std::optional<double>(4));
    QCOMPARE(history.nearestTime(both, 6.0, 0, 5), std::optional<double>(4)); // window
    QCOMPARE(history.nearestTime(both, 6.0, 5, 6.5), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_SeriesHistory)
#include "tst_serieshistory.moc"
