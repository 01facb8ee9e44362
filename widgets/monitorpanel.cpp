#include "monitorpanel.h"

#include "chartstyle.h"
#include "monitorseries.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>

#include <cmath>
#include <set>

namespace weir {

namespace {

using Axis = MonitorChart::Axis;
using Range = MonitorChart::Range;

QString s(const char *series)
{
    return QString::fromLatin1(series);
}

QString nodeSeries(const QString &id, const char *what)
{
    return QString::fromStdString(series::node(id.toStdString(), what));
}

// Scroll bar positions are tenths of a second.
int tenths(double seconds)
{
    return int(std::lround(seconds * 10));
}

} // namespace

MonitorPanel::MonitorPanel(QWidget *parent)
    : QWidget(parent)
{
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(kRedrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &MonitorPanel::redrawNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(createToolBar());
    m_grid = new QGridLayout;
    m_grid->setSpacing(6);
    layout->addLayout(m_grid, 1);
    m_scrollBar = new QScrollBar(Qt::Horizontal, this);
    m_scrollBar->setAccessibleName(tr("Scroll back in time"));
    m_scrollBar->setToolTip(tr("Scroll back through the run (pauses following)"));
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_updatingScrollBar)
            scrollChartsTo(value / 10.0);
    });
    layout->addWidget(m_scrollBar);

    for (const char *name : {"throughputChart", "lagChart", "errorsChart", "totalsChart",
                             "latencyChart", "batchChart", "watermarkChart", "queueChart"})
        m_charts.append(createChart(QString::fromLatin1(name)));
    configurePipelineCharts();
    updateScrollBar();
}

MonitorPanel::~MonitorPanel() = default;

QWidget *MonitorPanel::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_rangeCombo = new QComboBox(bar);
    m_rangeCombo->setObjectName(QStringLiteral("rangeCombo"));
    m_rangeCombo->addItem(tr("1 min"), int(Range::OneMinute));
    m_rangeCombo->addItem(tr("5 min"), int(Range::FiveMinutes));
    m_rangeCombo->addItem(tr("15 min"), int(Range::FifteenMinutes));
    m_rangeCombo->addItem(tr("1 h"), int(Range::OneHour));
    m_rangeCombo->addItem(tr("Whole run"), int(Range::WholeRun));
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(m_range)));
    m_rangeCombo->setAccessibleName(tr("Time range"));
    m_rangeCombo->setToolTip(tr("How much of the run the charts show"));
    connect(m_rangeCombo, &QComboBox::activated, this,
            [this] { setRange(Range(m_rangeCombo->currentData().toInt())); });

    m_followButton = new QToolButton(bar);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    m_followButton->setText(tr("Follow live"));
    m_followButton->setAccessibleName(tr("Follow live"));
    m_followButton->setToolTip(tr("Keep the newest sample in view; uncheck to pause and "
                                  "scroll back with the wheel, by dragging or the scroll bar"));
    connect(m_followButton, &QToolButton::toggled, this, &MonitorPanel::setFollowing);

    m_lagCombo = new QComboBox(bar);
    m_lagCombo->setObjectName(QStringLiteral("lagUnitCombo"));
    m_lagCombo->addItem(tr("Lag in offsets"), int(LagUnit::Offsets));
    m_lagCombo->addItem(tr("Lag in seconds"), int(LagUnit::Seconds));
    m_lagCombo->setAccessibleName(tr("Consumer lag unit"));
    m_lagCombo->setToolTip(tr("Show consumer lag as offsets behind or as seconds behind"));
    connect(m_lagCombo, &QComboBox::activated, this,
            [this] { setLagUnit(LagUnit(m_lagCombo->currentData().toInt())); });

    m_exportButton = new QPushButton(tr("Export"), bar);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export a chart"));
    m_exportButton->setToolTip(tr("Save a chart as a PNG image or its data as CSV"));
    auto *menu = new QMenu(m_exportButton);
    connect(menu, &QMenu::aboutToShow, this, &MonitorPanel::fillExportMenu);
    m_exportButton->setMenu(menu);

    auto *scopeLabel = new QLabel(tr("Scope:"), bar);
    m_scopeCombo = new QComboBox(bar);
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    m_scopeCombo->addItem(tr("Whole pipeline"), QString());
    m_scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scopeCombo->setAccessibleName(tr("Monitor scope"));
    m_scopeCombo->setToolTip(tr("The whole pipeline, or one node (click a node on the canvas)"));
    scopeLabel->setBuddy(m_scopeCombo);
    connect(m_scopeCombo, &QComboBox::activated, this,
            [this] { setScope(m_scopeCombo->currentData().toString()); });

    for (QWidget *w : {static_cast<QWidget *>(m_rangeCombo), static_cast<QWidget *>(m_followButton),
                       static_cast<QWidget *>(m_lagCombo), static_cast<QWidget *>(m_exportButton)})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(scopeLabel);
    row->addWidget(m_scopeCombo);
    return bar;
}

MonitorChart *MonitorPanel::createChart(const QString &objectName)
{
    auto *chart = new MonitorChart(&m_history, this);
    chart->setObjectName(objectName);
    chart->setRange(m_range);
    connect(chart, &MonitorChart::scrolled, this, &MonitorPanel::scrollChartsTo);
    return chart;
}

void MonitorPanel::addSample(const MonitorSample &sample)
{
    m_history.append(sample);
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void MonitorPanel::setSamples(std::vector<MonitorSample> samples)
{
    m_history.setSamples(std::move(samples));
    m_redrawTimer.start();
}

void MonitorPanel::clear()
{
    m_history.clear();
    m_redrawTimer.start();
}

QList<MonitorChart *> MonitorPanel::visibleCharts() const
{
    return m_shown;
}

void MonitorPanel::redrawNow()
{
    m_redrawTimer.stop();
    ++m_redrawCount;
    if (m_history.namesRevision() != m_namesSeen) {
        m_namesSeen = m_history.namesRevision();
        updateScopeChoices();
        if (!m_scope.isEmpty())
            configureNodeCharts(m_scope); // its processing time may have appeared
    }
    if (!isVisible())
        return; // drawn when shown
    for (MonitorChart *chart : std::as_const(m_shown))
        chart->refresh();
    updateScrollBar();
}

void MonitorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_redrawTimer.start();
}

void MonitorPanel::setScope(const QString &nodeId)
{
    if (nodeId == m_scope)
        return;
    m_scope = nodeId;
    if (m_scope.isEmpty())
        configurePipelineCharts();
    else
        configureNodeCharts(m_scope);
    updateScopeChoices();
    redrawNow();
    emit scopeChanged(m_scope);
}

void MonitorPanel::setRange(Range range)
{
    m_range = range;
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(range)));
    for (MonitorChart *chart : std::as_const(m_charts))
        chart->setRange(range);
    updateScrollBar();
}

void MonitorPanel::setFollowing(bool following)
{
    m_following = following;
    {
        const QSignalBlocker blocker(m_followButton);
        m_followButton->setChecked(following);
    }
    m_followButton->setText(following ? tr("Follow live") : tr("Paused"));
    for (MonitorChart *chart : std::as_const(m_charts))
        chart->setFollowing(following);
    updateScrollBar();
}

void MonitorPanel::setLagUnit(LagUnit unit)
{
    m_lagUnit = unit;
    m_lagCombo->setCurrentIndex(m_lagCombo->findData(int(unit)));
    if (m_scope.isEmpty()) {
        configureLagChart();
        m_charts[1]->refresh();
    }
}

void MonitorPanel::configurePipelineCharts()
{
    using namespace series;
    for (MonitorChart *chart : std::as_const(m_charts))
        chart->clearSeries();
    MonitorChart *throughput = m_charts[0];
    throughput->setTitle(tr("Throughput"));
    throughput->setUnit(tr("events/s"));
    throughput->addSeries(s(kInRate), tr("in"));
    throughput->addSeries(s(kOutRate), tr("out"));
    configureLagChart();
    MonitorChart *errors = m_charts[2];
    errors->setTitle(tr("Errors"));
    errors->setUnit(tr("records/s"));
    errors->addSeries(s(kErrorRate), tr("errors/s"), chartstyle::seriesColour(3));
    errors->addSeries(s(kLateRate), tr("late/s"), chartstyle::seriesColour(1));
    errors->setUnit(tr("% input"), Axis::Right);
    errors->addSeries(s(kErrorPercent), tr("errors %"), chartstyle::seriesColour(4), Axis::Right);
    MonitorChart *totals = m_charts[3];
    totals->setTitle(tr("Dead letters & late records"));
    totals->setUnit(tr("records"));
    totals->addSeries(s(kDeadLetters), tr("dead letters"), chartstyle::seriesColour(3));
    totals->addSeries(s(kLateRecords), tr("late records"), chartstyle::seriesColour(1));
    MonitorChart *latency = m_charts[4];
    latency->setTitle(tr("End-to-end latency"));
    latency->setUnit(tr("ms"));
    latency->addSeries(s(kLatencyP50), tr("p50"));
    latency->addSeries(s(kLatencyP95), tr("p95"));
    latency->addSeries(s(kLatencyP99), tr("p99"));
    MonitorChart *batch = m_charts[5];
    batch->setTitle(tr("Batch time"));
    batch->setUnit(tr("ms"));
    batch->addSeries(s(kBatchP99), tr("batch p99"), chartstyle::seriesColour(4));
    MonitorChart *watermark = m_charts[6];
    watermark->setTitle(tr("Watermark delay"));
    watermark->setUnit(tr("s"));
    watermark->addSeries(s(kWatermarkDelay), tr("delay"), chartstyle::seriesColour(9));
    MonitorChart *queue = m_charts[7];
    queue->setTitle(tr("Queue & backpressure"));
    queue->setUnit(tr("records"));
    queue->addSeries(s(kQueueDepth), tr("depth"));
    queue->addSeries(s(kQueueCapacity), tr("capacity"), chartstyle::seriesColour(7));
    queue->setUnit(tr("partitions"), Axis::Right);
    queue->addSeries(s(kPausedPartitions), tr("paused"), chartstyle::seriesColour(3), Axis::Right);
    m_shown = m_charts;
    layoutCharts();
}

void MonitorPanel::configureLagChart()
{
    MonitorChart *lag = m_charts[1];
    lag->clearSeries();
    lag->setTitle(tr("Consumer lag"));
    if (m_lagUnit == LagUnit::Offsets) {
        lag->setUnit(tr("offsets"));
        lag->addSeries(s(series::kLagOffsets), tr("total"), chartstyle::seriesColour(0));
        lag->addSeriesPrefix(s(series::kLagOffsets) + QLatin1Char('/'), Axis::Left,
                             tr("partitions"));
    } else {
        lag->setUnit(tr("seconds"));
        lag->addSeries(s(series::kLagSeconds), tr("max"), chartstyle::seriesColour(0));
        lag->addSeriesPrefix(s(series::kLagSeconds) + QLatin1Char('/'), Axis::Left,
                             tr("partitions"));
    }
}

void MonitorPanel::configureNodeCharts(const QString &id)
{
    const QList<MonitorChart *> used {m_charts[0], m_charts[2], m_charts[3], m_charts[5]};
    for (MonitorChart *chart : used)
        chart->clearSeries();
    MonitorChart *throughput = m_charts[0];
    throughput->setTitle(tr("Throughput — %1").arg(id));
    throughput->setUnit(tr("records/s"));
    throughput->addSeries(nodeSeries(id, "in_rate"), tr("in"));
    throughput->addSeries(nodeSeries(id, "out_rate"), tr("out"));
    MonitorChart *errors = m_charts[2];
    errors->setTitle(tr("Errors — %1").arg(id));
    errors->setUnit(tr("records/s"));
    errors->addSeries(nodeSeries(id, "error_rate"), tr("errors/s"), chartstyle::seriesColour(3));
    errors->addSeries(nodeSeries(id, "late_rate"), tr("late/s"), chartstyle::seriesColour(1));
    MonitorChart *totals = m_charts[3];
    totals->setTitle(tr("Errors & late records — %1").arg(id));
    totals->setUnit(tr("records"));
    totals->addSeries(nodeSeries(id, "errors"), tr("errors"), chartstyle::seriesColour(3));
    totals->addSeries(nodeSeries(id, "late"), tr("late"), chartstyle::seriesColour(1));
    m_shown = {m_charts[0], m_charts[2], m_charts[3]};
    const QString batchSeries = nodeSeries(id, "batch_ms");
    if (m_history.contains(batchSeries.toStdString())) {
        MonitorChart *batch = m_charts[5];
        batch->setTitle(tr("Processing time — %1").arg(id));
        batch->setUnit(tr("ms/batch"));
        batch->addSeries(batchSeries, tr("batch"), chartstyle::seriesColour(4));
        m_shown.append(batch);
    }
    layoutCharts();
}

void MonitorPanel::layoutCharts()
{
    for (MonitorChart *chart : std::as_const(m_charts)) {
        m_grid->removeWidget(chart);
        chart->hide();
    }
    const int columns = m_shown.size() > 4 ? 4 : 2;
    for (int i = 0; i < m_shown.size(); ++i) {
        m_grid->addWidget(m_shown[i], i / columns, i % columns);
        m_shown[i]->show();
    }
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int r = 0; r < 4; ++r)
        m_grid->setRowStretch(r, r < (m_shown.size() + columns - 1) / columns ? 1 : 0);
}

void MonitorPanel::updateScopeChoices()
{
    std::set<QString> nodes;
    for (const std::string &name : m_history.seriesNames("node/")) {
        const size_t slash = name.find('/', 5);
        if (slash != std::string::npos)
            nodes.insert(QString::fromStdString(name.substr(5, slash - 5)));
    }
    if (!m_scope.isEmpty())
        nodes.insert(m_scope);
    const QSignalBlocker blocker(m_scopeCombo);
    while (m_scopeCombo->count() > 1)
        m_scopeCombo->removeItem(1);
    for (const QString &node : nodes)
        m_scopeCombo->addItem(tr("Node %1").arg(node), node);
    m_scopeCombo->setCurrentIndex(std::max(0, m_scopeCombo->findData(m_scope)));
}

void MonitorPanel::updateScrollBar()
{
    const double span = MonitorChart::rangeSeconds(m_range);
    const double first = m_history.firstT();
    const double last = m_history.lastT();
    const bool scrollable = span > 0 && last - first > span;
    m_scrollBar->setEnabled(scrollable);
    m_updatingScrollBar = true;
    m_scrollBar->setRange(tenths(first + span), std::max(tenths(first + span), tenths(last)));
    m_scrollBar->setPageStep(tenths(span));
    m_scrollBar->setSingleStep(std::max(1, tenths(span / 20)));
    if (!m_shown.isEmpty())
        m_scrollBar->setValue(tenths(m_shown.first()->visibleEnd()));
    m_updatingScrollBar = false;
}

void MonitorPanel::scrollChartsTo(double end)
{
    m_following = false;
    {
        const QSignalBlocker blocker(m_followButton);
        m_followButton->setChecked(false);
    }
    m_followButton->setText(tr("Paused"));
    for (MonitorChart *chart : std::as_const(m_charts)) {
        const QSignalBlocker blocker(chart);
        chart->setViewEnd(end);
    }
    updateScrollBar();
}

void MonitorPanel::fillExportMenu()
{
    QMenu *menu = m_exportButton->menu();
    menu->clear();
    for (MonitorChart *chart : std::as_const(m_shown)) {
        QMenu *sub = menu->addMenu(chart->title());
        sub->addAction(tr("Export PNG…"), chart, &MonitorChart::promptExportPng);
        sub->addAction(tr("Export CSV…"), chart, &MonitorChart::promptExportCsv);
    }
}

} // namespace weir
