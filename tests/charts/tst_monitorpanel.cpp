#include "chartstesting.h"
#include "monitorpanel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace weir;
using chartstesting::sampleAt;
using Range = MonitorChart::Range;

class tst_MonitorPanel : public QObject
{
    Q_OBJECT

private slots:
    void chartsAndControlsAreFindable();
    void burstCoalescesIntoFewRedraws();
    void redrawsStayUnderThirtyASecond();
    void scopeSwitchShowsNodeSeries();
    void pastRunFromSetSamples();
    void lagUnitSwitchesSeries();
    void scrollingOneChartPausesAll();

private:
    static MonitorChart *chart(MonitorPanel &panel, const char *name)
    {
        return panel.findChild<MonitorChart *>(QString::fromLatin1(name));
    }
    static void show(MonitorPanel &panel)
    {
        panel.resize(1400, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
    }
};

void tst_MonitorPanel::chartsAndControlsAreFindable()
{
    MonitorPanel panel;
    const QStringList names {"throughputChart", "lagChart",   "errorsChart",    "totalsChart",
                             "latencyChart",    "batchChart", "watermarkChart", "queueChart"};
    QCOMPARE(panel.charts().size(), names.size());
    for (const QString &name : names) {
        MonitorChart *c = panel.findChild<MonitorChart *>(name);
        QVERIFY2(c && panel.charts().contains(c), qPrintable(name));
        QVERIFY(!c->title().isEmpty());
    }
    for (const char *name :
         {"rangeCombo", "followButton", "lagUnitCombo", "exportButton", "scopeCombo"}) {
        auto *w = panel.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QVERIFY(!w->accessibleName().isEmpty());
        QVERIFY(!w->toolTip().isEmpty());
    }
}

void tst_MonitorPanel::burstCoalescesIntoFewRedraws()
{
    MonitorPanel panel;
    show(panel);
    panel.setRange(Range::OneMinute);
    const int before = panel.redrawCount();
    for (int t = 1; t <= 200; ++t)
        panel.addSample(sampleAt(t));
    QCOMPARE(panel.redrawCount(), before); // nothing drawn inside the burst
    MonitorChart *throughput = chart(panel, "throughputChart");
    QTRY_COMPARE(throughput->visibleEnd(), 200.0);
    QTRY_VERIFY(throughput->seriesPointCounts().value(QStringLiteral("in_rate")) > 0);
    QVERIFY2(panel.redrawCount() - before <= 3, qPrintable(QString::number(panel.redrawCount())));
    for (MonitorChart *c : panel.visibleCharts())
        QCOMPARE(c->visibleEnd(), 200.0);
}

void tst_MonitorPanel::redrawsStayUnderThirtyASecond()
{
    MonitorPanel panel;
    show(panel);
    QTRY_VERIFY(panel.redrawCount() > 0); // the redraw on show
    const int before = panel.redrawCount();
    QElapsedTimer clock;
    clock.start();
    double t = 0;
    while (clock.elapsed() < 600) { // a sample every event-loop turn
        panel.addSample(sampleAt(++t, 2, 1));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    const double seconds = clock.elapsed() / 1000.0;
    const int redraws = panel.redrawCount() - before;
    QVERIFY2(redraws >= 2 && redraws <= int(seconds * 30) + 2,
             qPrintable(QStringLiteral("%1 redraws in %2 s").arg(redraws).arg(seconds)));
    QVERIFY(t > redraws); // samples really coalesced
    QTRY_COMPARE(chart(panel, "throughputChart")->visibleEnd(), t);
}

void tst_MonitorPanel::scopeSwitchShowsNodeSeries()
{
    MonitorPanel panel;
    show(panel);
    for (int t = 1; t <= 50; ++t)
        panel.addSample(sampleAt(t, 3, 2));
    auto *scopes = panel.findChild<QComboBox *>(QStringLiteral("scopeCombo"));
    QTRY_COMPARE(scopes->count(), 3); // whole pipeline, n0, n1
    QSignalSpy changed(&panel, &MonitorPanel::scopeChanged);
    panel.setScope(QStringLiteral("n1"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(scopes->currentData().toString(), QStringLiteral("n1"));
    MonitorChart *throughput = chart(panel, "throughputChart");
    QCOMPARE(throughput->seriesNames(),
             (std::vector<std::string> {"node/n1/in_rate", "node/n1/out_rate"}));
    QCOMPARE(chart(panel, "errorsChart")->seriesNames(),
             (std::vector<std::string> {"node/n1/error_rate", "node/n1/late_rate"}));
    QVERIFY(throughput->isVisible());
    QVERIFY(!chart(panel, "lagChart")->isVisible());
    QVERIFY(!chart(panel, "batchChart")->isVisible()); // no processing time series yet
    QCOMPARE(panel.visibleCharts().size(), 3);
    QTRY_VERIFY(throughput->seriesPointCounts().value(QStringLiteral("node/n1/in_rate")) > 0);

    MonitorSample withBatch = sampleAt(51, 3, 2);
    withBatch.values["node/n1/batch_ms"] = 2.5;
    panel.addSample(withBatch);
    QTRY_VERIFY(chart(panel, "batchChart")->isVisible());
    QCOMPARE(chart(panel, "batchChart")->seriesNames(),
             std::vector<std::string> {"node/n1/batch_ms"});

    scopes->setCurrentIndex(0);
    emit scopes->activated(0);
    QCOMPARE(panel.scope(), QString());
    QCOMPARE(panel.visibleCharts().size(), 8);
    QCOMPARE(throughput->seriesNames(), (std::vector<std::string> {"in_rate", "out_rate"}));
    QVERIFY(chart(panel, "lagChart")->isVisible());
}

void tst_MonitorPanel::pastRunFromSetSamples()
{
    MonitorPanel panel;
    show(panel);
    for (int t = 1; t <= 20; ++t)
        panel.addSample(sampleAt(t));
    std::vector<MonitorSample> run;
    for (int t = 499; t >= 0; --t) // any order
        run.push_back(sampleAt(t));
    panel.setSamples(run);
    panel.setRange(Range::WholeRun);
    MonitorChart *throughput = chart(panel, "throughputChart");
    QTRY_COMPARE(throughput->visibleEnd(), 499.0);
    QCOMPARE(throughput->visibleStart(), 0.0);
    QCOMPARE(panel.history().points("in_rate").size(), 500);
    QVERIFY(throughput->seriesPointCounts().value(QStringLiteral("in_rate")) > 0);
    panel.clear();
    QTRY_COMPARE(throughput->seriesPointCounts().value(QStringLiteral("in_rate")), 0);
}

void tst_MonitorPanel::lagUnitSwitchesSeries()
{
    MonitorPanel panel;
    show(panel);
    panel.addSample(sampleAt(1, 2));
    MonitorChart *lag = chart(panel, "lagChart");
    QTRY_COMPARE(lag->seriesNames().size(), size_t(3));
    QCOMPARE(lag->seriesNames().front(), std::string("lag_offsets"));
    panel.setLagUnit(MonitorPanel::LagUnit::Seconds);
    QCOMPARE(
        lag->seriesNames(),
        (std::vector<std::string> {"lag_seconds", "lag_seconds/orders/0", "lag_seconds/orders/1"}));
}

void tst_MonitorPanel::scrollingOneChartPausesAll()
{
    MonitorPanel panel;
    show(panel);
    panel.setRange(Range::OneMinute);
    for (int t = 1; t <= 600; ++t)
        panel.addSample(sampleAt(t));
    MonitorChart *latency = chart(panel, "latencyChart");
    QTRY_COMPARE(latency->visibleEnd(), 600.0);
    auto *view = latency->findChild<QGraphicsView *>();
    const QPointF at = view->viewport()->rect().center();
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(!panel.isFollowing());
    QVERIFY(!panel.findChild<QToolButton *>(QStringLiteral("followButton"))->isChecked());
    for (MonitorChart *c : panel.charts()) {
        QVERIFY(!c->isFollowing());
        QCOMPARE(c->visibleEnd(), 594.0);
    }
    panel.addSample(sampleAt(601));
    const int redraws = panel.redrawCount();
    QTRY_VERIFY(panel.redrawCount() > redraws);
    QCOMPARE(latency->visibleEnd(), 594.0);
    panel.setFollowing(true);
    QCOMPARE(latency->visibleEnd(), 601.0);
}

QTEST_MAIN(tst_MonitorPanel)
#include "tst_monitorpanel.moc"
