#pragma once

#include <QColor>
#include <QMap>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

namespace weir {

class SeriesHistory;

// One chart of the live monitor, drawn from a SeriesHistory: lines for named series or
// for every series under a prefix ("lag_offsets/" = one line per partition, added as
// they appear), over a time window that follows the newest sample or stays where the
// user scrolled to (wheel, drag). refresh() thins each line to at most four points per
// pixel column (minMaxDecimate) for MonitorPlotItem to draw. Hover shows the values at
// the nearest sample time; the chart exports itself as PNG and its raw data as CSV.
//
// The only class that touches Qt Charts (deprecated from Qt 6.10): none of its types
// appear here, so moving to Qt Graphs stays inside monitorchart.cpp. Qt Charts gives the
// title, legend and value axes; the lines and the time axis are MonitorPlotItem's.
class MonitorChart : public QWidget
{
    Q_OBJECT

public:
    enum class Axis { Left, Right };
    enum class Range { OneMinute, FiveMinutes, FifteenMinutes, OneHour, WholeRun };
    Q_ENUM(Range)

    // A value shown by hover: the series' name in the history, its legend label.
    struct Value
    {
        QString series;
        QString label;
        double value = 0;
    };

    explicit MonitorChart(const SeriesHistory *history, QWidget *parent = nullptr);
    ~MonitorChart() override;

    QString title() const;
    void setTitle(const QString &title);
    void setUnit(const QString &unit, Axis axis = Axis::Left); // the axis title

    // A line for `series`; without a colour it takes the next of a fixed set.
    void addSeries(const QString &series, const QString &label, const QColor &colour = {},
                   Axis axis = Axis::Left);
    // One line per series starting with `prefix`, labelled with the rest of its name.
    // Past four such lines they leave the legend and the title counts them as `noun`
    // ("Consumer lag · 12 partitions").
    void addSeriesPrefix(const QString &prefix, Axis axis = Axis::Left, const QString &noun = {});
    void clearSeries();

    static double rangeSeconds(Range range); // 0 for the whole run
    Range range() const;
    void setRange(Range range);
    bool isFollowing() const;
    void setFollowing(bool following); // pausing holds the window where it is
    // Paused: the window's end, in run seconds (clamped to the history).
    void setViewEnd(double t);
    double visibleStart() const;
    double visibleEnd() const;

    // Recomputes the window and every line from the history (cheap when nothing changed).
    void refresh();

    // The series' names in the history now drawn, and how many points each line holds
    // after thinning (tests and the benchmark look here, not at Qt Charts).
    std::vector<std::string> seriesNames() const;
    QMap<QString, int> seriesPointCounts() const;
    int plotWidth() const; // pixel columns of the plot area

    // Hover: the values at the sample time nearest to `t` in the window (that time in
    // `sampleTime`), shown as a vertical line with a label; hideHover() removes them.
    QList<Value> showHoverAt(double t, double *sampleTime = nullptr);
    void hideHover();
    QString hoverText() const; // the label's text, empty when hidden
    QPoint positionOfTime(double t) const; // in this widget, on the plot's vertical middle

    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr) const;

public slots:
    void promptExportPng();
    void promptExportCsv();

signals:
    // The user scrolled or dragged the window to end at `t` (the chart is now paused).
    void scrolled(double t);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace weir
