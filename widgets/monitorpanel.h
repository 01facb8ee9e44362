#pragma once

#include "monitorchart.h"
#include "serieshistory.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QPushButton;
class QScrollBar;
class QToolButton;

namespace weir {

// The live monitor: a toolbar (time range, follow/pause, lag unit, export, scope) over a
// grid of MonitorCharts fed from one SeriesHistory. addSample() only stores the sample
// and arms a single-shot timer; when it fires the visible charts redraw once for every
// sample that came meanwhile, so bursts cost one redraw and redraws stay ≤ 30 a second.
// The scope is the whole pipeline or one node (its rates, errors and processing time).
class MonitorPanel : public QWidget
{
    Q_OBJECT

public:
    enum class LagUnit { Offsets, Seconds };
    static constexpr int kRedrawIntervalMs = 34; // ≤ 30 redraws a second

    explicit MonitorPanel(QWidget *parent = nullptr);
    ~MonitorPanel() override;

    // GUI thread -> panel: the run's samples, in order of time.
    void addSample(const MonitorSample &sample);
    void setSamples(std::vector<MonitorSample> samples); // a past run
    void clear();
    const SeriesHistory &history() const { return m_history; }

    QString scope() const { return m_scope; } // empty: the whole pipeline
    void setScope(const QString &nodeId);
    MonitorChart::Range range() const { return m_range; }
    void setRange(MonitorChart::Range range);
    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);
    LagUnit lagUnit() const { return m_lagUnit; }
    void setLagUnit(LagUnit unit);

    QList<MonitorChart *> charts() const { return m_charts; } // shown or not
    QList<MonitorChart *> visibleCharts() const;
    int redrawCount() const { return m_redrawCount; }
    // What the coalescing timer does: redraws the visible charts now.
    void redrawNow();

signals:
    void scopeChanged(const QString &nodeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolBar();
    MonitorChart *createChart(const QString &objectName);
    void configurePipelineCharts();
    void configureNodeCharts(const QString &id);
    void configureLagChart();
    void layoutCharts();
    void updateScopeChoices();
    void updateScrollBar();
    void scrollChartsTo(double end);
    void fillExportMenu();

    SeriesHistory m_history;
    QTimer m_redrawTimer;
    int m_redrawCount = 0;
    QString m_scope;
    MonitorChart::Range m_range = MonitorChart::Range::FiveMinutes;
    bool m_following = true;
    LagUnit m_lagUnit = LagUnit::Offsets;
    quint64 m_namesSeen = ~quint64(0);
    bool m_updatingScrollBar = false;

    QComboBox *m_rangeCombo = nullptr;
    QToolButton *m_followButton = nullptr;
    QComboBox *m_lagCombo = nullptr;
    QPushButton *m_exportButton = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QGridLayout *m_grid = nullptr;
    QScrollBar *m_scrollBar = nullptr;
    QList<MonitorChart *> m_charts;
    QList<MonitorChart *> m_shown;
};

} // namespace weir
