#include "monitorchart.h"

#include "axisrange.h"
#include "chartfit.h"
#include "chartstyle.h"
#include "fontfit.h"
#include "minmaxdecimation.h"
#include "monitorcsv.h"
#include "monitorhoveritem.h"
#include "monitorplotitem.h"
#include "serieshistory.h"
#include "timewindow.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <limits>
#include <optional>

namespace weir {

namespace {

// Prefix lines beyond this many stay out of the legend (hover names them).
constexpr int kMaxPrefixLegendEntries = 4;

struct Line
{
    std::string series;
    QString label;
    QColor colour;
    MonitorChart::Axis axis = MonitorChart::Axis::Left;
    bool fromPrefix = false;
    QLineSeries *qseries = nullptr; // empty: the legend entry (MonitorPlotItem draws)
};

struct Prefix
{
    std::string prefix;
    MonitorChart::Axis axis;
};

bool sameWindow(const TimeWindow &a, const TimeWindow &b)
{
    return a.x0 == b.x0 && a.x1 == b.x1;
}

} // namespace

struct MonitorChart::Private
{
    Private(MonitorChart *chart, const SeriesHistory *seriesHistory)
        : q(chart)
        , history(seriesHistory)
    {
    }

    MonitorChart *q;
    const SeriesHistory *history;
    QChart *chart = new QChart;
    QChartView *view = nullptr;
    QValueAxis *x = new QValueAxis;
    QValueAxis *left = new QValueAxis;
    QValueAxis *right = nullptr;
    std::vector<Line> lines;
    MonitorPlotItem *plot = nullptr;
    std::vector<Prefix> prefixes;
    quint64 namesSeen = std::numeric_limits<quint64>::max();

    QString title;
    QString prefixNoun;
    // Fitted to the chart's size, so every text stays whole in every language.
    int tickIntervals = 4;
    QStringList hiddenUnits; // axis titles too long for the plot's height: in the title
    QFont titleFont, smallFont;
    Range range = Range::FiveMinutes;
    bool following = true;
    double pausedEnd = 0;
    TimeWindow window;
    quint64 drawnRevision = std::numeric_limits<quint64>::max();
    TimeWindow drawnWindow {0, 0};
    int drawnColumns = -1;

    MonitorHoverItem *hover = nullptr;
    bool hovering = false;
    double hoverT = 0;

    bool dragging = false;
    int dragStartX = 0;
    double dragStartEnd = 0;

    QValueAxis *axis(Axis which)
    {
        if (which == Axis::Left)
            return left;
        if (right) {
            right->setVisible(true);
        } else {
            right = new QValueAxis;
            right->setLabelFormat(QStringLiteral("%g"));
            chart->addAxis(right, Qt::AlignRight);
            applyPalette();
            applyFonts();
        }
        return right;
    }

    void addLine(Line line)
    {
        line.qseries = new QLineSeries;
        line.qseries->setName(line.label);
        chart->addSeries(line.qseries);
        line.qseries->attachAxis(x);
        line.qseries->attachAxis(axis(line.axis));
        lines.push_back(line);
        plot->lines().push_back({{}, {}, line.axis == Axis::Right});
        drawnRevision = std::numeric_limits<quint64>::max();
        applyLineStyle(lines.size() - 1);
        updateLegend();
    }

    void syncPrefixes()
    {
        if (history->namesRevision() == namesSeen)
            return;
        namesSeen = history->namesRevision();
        for (const Prefix &prefix : prefixes) {
            for (const std::string &name : history->seriesNames(prefix.prefix)) {
                const bool known = std::any_of(lines.begin(), lines.end(),
                                               [&](const Line &l) { return l.series == name; });
                if (known)
                    continue;
                const int index = int(std::count_if(lines.begin(), lines.end(),
                                                    [](const Line &l) { return l.fromPrefix; }));
                addLine({name, QString::fromStdString(name.substr(prefix.prefix.size())),
                         QColor::fromHsv((200 + index * 67) % 360, 170, 200), prefix.axis, true});
            }
        }
    }

    int columns() const
    {
        const int plot = int(chart->plotArea().width());
        return plot > 0 ? plot : std::max(1, q->width());
    }

    void refresh()
    {
        syncPrefixes();
        window = TimeWindow::compute(history->firstT(), history->lastT(), rangeSeconds(range),
                                     following, pausedEnd);
        const int cols = columns();
        if (history->revision() == drawnRevision && sameWindow(window, drawnWindow)
            && cols == drawnColumns)
            return;
        drawnRevision = history->revision();
        drawnWindow = window;
        drawnColumns = cols;
        AxisRange leftRange, rightRange;
        for (size_t i = 0; i < lines.size(); ++i) {
            MonitorPlotItem::Line &drawn = plot->lines()[i];
            drawn.points
                = minMaxDecimate(history->points(lines[i].series), window.x0, window.x1, cols);
            (drawn.rightAxis ? rightRange : leftRange).add(drawn.points, window.x0, window.x1);
        }
        plot->setTimeWindow(window.x0, window.x1);
        leftRange.applyTo(left, tickIntervals);
        plot->setYRange(false, left->min(), left->max());
        if (right) {
            rightRange.applyTo(right, tickIntervals);
            plot->setYRange(true, right->min(), right->max());
        }
        plot->renderLines();
        if (hovering)
            q->showHoverAt(hoverT);
    }

    double timeAt(int viewX) const
    {
        const QRectF plot = chart->plotArea();
        const double scenePos = view->mapToScene(QPoint(viewX, 0)).x();
        return window.x0 + (scenePos - plot.left()) / plot.width() * (window.x1 - window.x0);
    }

    double sceneXOf(double t) const
    {
        const QRectF plot = chart->plotArea();
        return plot.left() + (t - window.x0) / (window.x1 - window.x0) * plot.width();
    }

    void scrollTo(double end)
    {
        if (range == Range::WholeRun)
            return;
        following = false;
        pausedEnd = end;
        refresh();
        emit q->scrolled(window.x1);
    }

    void applyLineStyle(size_t index)
    {
        const Line &line = lines[index];
        const QColor background = q->palette().color(QPalette::Base);
        // Cosmetic and 1 px wide: the raster engine's fast stroker, not QStroker.
        QPen pen(chartstyle::readableOn(line.colour, background), 1);
        pen.setCosmetic(true);
        line.qseries->setPen(pen);
        plot->lines()[index].pen = pen;
    }

    void updateLegend()
    {
        const long prefixLines
            = std::count_if(lines.begin(), lines.end(), [](const Line &l) { return l.fromPrefix; });
        for (const Line &line : lines) {
            const bool shown = !line.fromPrefix || prefixLines <= kMaxPrefixLegendEntries;
            for (QLegendMarker *marker : chart->legend()->markers(line.qseries))
                marker->setVisible(shown);
        }
        // Lines left out of the legend are at least counted in the title.
        const bool counted = prefixLines > kMaxPrefixLegendEntries;
        QString text = counted
                           ? QStringLiteral("%1 · %2 %3").arg(title).arg(prefixLines).arg(prefixNoun)
                           : title;
        if (!hiddenUnits.isEmpty())
            text += QStringLiteral(" (%1)").arg(hiddenUnits.join(QStringLiteral(", ")));
        chart->setTitle(text);
    }

    // Qt Charts elides what does not fit to "...": fewer ticks on a short plot, a unit
    // too long for the vertical axis title goes into the chart's title, and the title and
    // legend shrink a little (to 80%) before anything is cut.
    void fitTexts()
    {
        const QRectF area = chart->plotArea();
        if (area.height() <= 0)
            return;
        const int intervals = chartfit::tickIntervals(area.height(), smallFont);
        if (intervals != tickIntervals) {
            tickIntervals = intervals;
            drawnColumns = -1; // apply the ranges again
        }
        const QStringList hidden = chartfit::fitAxisTitles({left, right}, smallFont, area.height());
        if (hidden != hiddenUnits) {
            hiddenUnits = hidden;
            updateLegend();
        }
        const qreal room = chart->size().width() - 24;
        const QString shownTitle = chart->title();
        const QFont fittedTitle = shrunkToFit(
            titleFont, 0.75, room,
            [&shownTitle](const QFontMetricsF &m) { return m.horizontalAdvance(shownTitle); });
        if (chart->titleFont() != fittedTitle)
            chart->setTitleFont(fittedTitle);
        QStringList labels;
        for (QLegendMarker *marker : chart->legend()->markers()) {
            if (marker->isVisible())
                labels << marker->label();
        }
        const QFont fittedLegend = shrunkToFit(
            smallFont, 0.8, room,
            [&labels](const QFontMetricsF &m) { return chartfit::legendWidth(labels, m); });
        if (chart->legend()->font() != fittedLegend)
            chart->legend()->setFont(fittedLegend);
    }

    void applyPalette()
    {
        const QPalette palette = q->palette();
        const QColor background = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        const QColor grid = chartstyle::mix(background, text, 0.15);
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        view->setBackgroundBrush(background);
        for (QValueAxis *axis : {x, left, right}) {
            if (!axis)
                continue;
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(chartstyle::mix(background, text, 0.4));
        }
        for (size_t i = 0; i < lines.size(); ++i)
            applyLineStyle(i);
        plot->setColours(text, grid);
        plot->renderLines();
        hover->setColours(
            chartstyle::mix(background, text, 0.6), palette.color(QPalette::ToolTipBase),
            chartstyle::mix(background, text, 0.4), palette.color(QPalette::ToolTipText));
    }

    void applyFonts()
    {
        QFont small = q->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        smallFont = small;
        titleFont = q->font();
        titleFont.setBold(true);
        chart->setTitleFont(titleFont);
        chart->legend()->setFont(small);
        for (QValueAxis *axis : {x, left, right}) {
            if (axis) {
                axis->setLabelsFont(small);
                axis->setTitleFont(small);
            }
        }
        hover->setFont(small);
        plot->setLabelFont(small);
        plot->renderLines();
    }

    void plotAreaChanged()
    {
        QFont small = q->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        plot->setPlotArea(chart->plotArea(), QFontMetricsF(small).height() + 4);
        fitTexts();
    }
};

MonitorChart::MonitorChart(const SeriesHistory *history, QWidget *parent)
    : QWidget(parent)
    , d(new Private(this, history))
{
    QChart *chart = d->chart;
    chart->setMargins(QMargins(4, 2, 4, 2));
    // One fill per repaint: the view's background; no chart background or shadow.
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    // The time axis stays still: MonitorPlotItem draws the grid and labels in the row
    // its blank labels keep free.
    d->x->setRange(0, 1);
    d->x->setTickCount(2);
    d->x->setLabelFormat(QStringLiteral(" "));
    d->x->setGridLineVisible(false);
    d->x->setTitleVisible(false);
    d->left->setLabelFormat(QStringLiteral("%g"));
    chart->addAxis(d->x, Qt::AlignBottom);
    chart->addAxis(d->left, Qt::AlignLeft);

    d->view = new QChartView(chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setFrameShape(QFrame::StyledPanel);
    d->view->viewport()->setAutoFillBackground(false);
    d->view->setOptimizationFlags(QGraphicsView::DontSavePainterState
                                  | QGraphicsView::DontAdjustForAntialiasing);
    d->view->viewport()->setMouseTracking(true);
    d->view->viewport()->installEventFilter(this);
    d->plot = new MonitorPlotItem(chart);
    d->hover = new MonitorHoverItem(chart);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->view);
    setMinimumSize(240, 160);

    // The plot area settles after a resize: draw again for its new pixel columns.
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        d->plotAreaChanged();
        QMetaObject::invokeMethod(
            this, [this] { d->refresh(); }, Qt::QueuedConnection);
    });
    d->applyFonts();
    d->applyPalette();
}

MonitorChart::~MonitorChart() = default;

QString MonitorChart::title() const
{
    return d->title;
}

void MonitorChart::setTitle(const QString &title)
{
    d->title = title;
    d->updateLegend();
}

void MonitorChart::setUnit(const QString &unit, Axis axis)
{
    d->axis(axis)->setTitleText(unit);
}

void MonitorChart::addSeries(const QString &series, const QString &label, const QColor &colour,
                             Axis axis)
{
    const int index = int(d->lines.size());
    d->addLine({series.toStdString(), label,
                colour.isValid() ? colour : chartstyle::seriesColour(index), axis, false});
}

void MonitorChart::addSeriesPrefix(const QString &prefix, Axis axis, const QString &noun)
{
    d->prefixNoun = noun.isEmpty() ? tr("lines") : noun;
    d->prefixes.push_back({prefix.toStdString(), axis});
    d->namesSeen = std::numeric_limits<quint64>::max();
}

void MonitorChart::clearSeries()
{
    hideHover();
    d->chart->removeAllSeries();
    // A new set of lines may not need the right axis. Hidden, not removed: Qt 6.4
    // leaves a removed axis' labels on the plot.
    if (d->right)
        d->right->setVisible(false);
    d->plot->lines().clear();
    d->plot->renderLines();
    d->lines.clear();
    d->prefixes.clear();
    d->namesSeen = std::numeric_limits<quint64>::max();
    d->drawnRevision = std::numeric_limits<quint64>::max();
}

double MonitorChart::rangeSeconds(Range range)
{
    switch (range) {
    case Range::OneMinute:
        return 60;
    case Range::FiveMinutes:
        return 300;
    case Range::FifteenMinutes:
        return 900;
    case Range::OneHour:
        return 3600;
    case Range::WholeRun:
        break;
    }
    return 0;
}

MonitorChart::Range MonitorChart::range() const
{
    return d->range;
}

void MonitorChart::setRange(Range range)
{
    d->range = range;
    d->pausedEnd = d->window.x1;
    refresh();
}

bool MonitorChart::isFollowing() const
{
    return d->following;
}

void MonitorChart::setFollowing(bool following)
{
    if (!following && d->following)
        d->pausedEnd = d->window.x1;
    d->following = following;
    refresh();
}

void MonitorChart::setViewEnd(double t)
{
    d->following = false;
    d->pausedEnd = t;
    refresh();
}

double MonitorChart::visibleStart() const
{
    return d->window.x0;
}

double MonitorChart::visibleEnd() const
{
    return d->window.x1;
}

void MonitorChart::refresh()
{
    d->refresh();
}

std::vector<std::string> MonitorChart::seriesNames() const
{
    d->syncPrefixes();
    std::vector<std::string> names;
    for (const Line &line : d->lines)
        names.push_back(line.series);
    return names;
}

QMap<QString, int> MonitorChart::seriesPointCounts() const
{
    QMap<QString, int> counts;
    for (const Line &line : d->lines)
        counts.insert(QString::fromStdString(line.series),
                      int(d->plot->lines()[size_t(&line - d->lines.data())].points.size()));
    return counts;
}

int MonitorChart::plotWidth() const
{
    return d->columns();
}

QList<MonitorChart::Value> MonitorChart::showHoverAt(double t, double *sampleTime)
{
    const std::optional<double> nearest
        = d->history->nearestTime(seriesNames(), t, d->window.x0, d->window.x1);
    if (!nearest) {
        hideHover();
        return {};
    }
    QList<Value> values;
    QStringList text {MonitorPlotItem::timeLabel(*nearest, d->window.x1 >= 3600)};
    for (const Line &line : d->lines) {
        if (const std::optional<double> value = d->history->valueAt(line.series, *nearest)) {
            values.append({QString::fromStdString(line.series), line.label, *value});
            text << QStringLiteral("%1: %2").arg(line.label, chartstyle::formatValue(*value));
        }
    }
    d->hovering = true;
    d->hoverT = t;
    d->hover->showAt(d->sceneXOf(*nearest), d->chart->plotArea(), text.join(QLatin1Char('\n')));
    if (sampleTime)
        *sampleTime = *nearest;
    return values;
}

void MonitorChart::hideHover()
{
    d->hovering = false;
    d->hover->clear();
}

QString MonitorChart::hoverText() const
{
    return d->hovering ? d->hover->text() : QString();
}

QPoint MonitorChart::positionOfTime(double t) const
{
    const QPointF scene(d->sceneXOf(t), d->chart->plotArea().center().y());
    return d->view->mapTo(this, d->view->mapFromScene(scene));
}

bool MonitorChart::exportPng(const QString &path, QString *error)
{
    const bool hovering = d->hovering;
    d->hover->hide();
    d->plot->renderLinesNow();
    const QPixmap image = d->view->grab();
    d->hover->setVisible(hovering);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit())
        return true;
    if (error) {
        const QString reason = file.error() == QFileDevice::NoError
            ? tr("the image could not be encoded")
            : file.errorString();
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
    return false;
}

bool MonitorChart::exportCsv(const QString &path, QString *error) const
{
    return writeMonitorCsv(*d->history, seriesNames(), d->window.x0, d->window.x1, path, error);
}

void MonitorChart::promptExportPng()
{
    const QString base = objectName().isEmpty() ? QStringLiteral("chart") : objectName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 as PNG").arg(title()),
                                                      folder + QLatin1Char('/') + base + ".png",
                                                      tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        QMessageBox::warning(this, tr("Export PNG"), error);
}

void MonitorChart::promptExportCsv()
{
    const QString base = objectName().isEmpty() ? QStringLiteral("chart") : objectName();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 as CSV").arg(title()),
                                                      folder + QLatin1Char('/') + base + ".csv",
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), error);
}

bool MonitorChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != d->view->viewport())
        return QWidget::eventFilter(watched, event);
    const double span = d->window.x1 - d->window.x0;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        d->dragging = true;
        d->dragStartX = int(mouse->position().x());
        d->dragStartEnd = d->window.x1;
        return true;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const int mouseX = int(mouse->position().x());
        if (d->dragging && mouseX != d->dragStartX) {
            d->scrollTo(d->dragStartEnd - (mouseX - d->dragStartX) * span / plotWidth());
            return true;
        }
        showHoverAt(d->timeAt(mouseX));
        return true;
    }
    case QEvent::MouseButtonRelease:
        d->dragging = false;
        return true;
    case QEvent::Leave:
        hideHover();
        break;
    case QEvent::Wheel: {
        const QPoint delta = static_cast<QWheelEvent *>(event)->angleDelta();
        const int steps = delta.y() != 0 ? delta.y() : -delta.x();
        d->scrollTo(d->window.x1 - steps / 120.0 * span * 0.1); // wheel up: back in time
        return true;
    }
    case QEvent::ContextMenu: {
        QMenu menu(this);
        menu.addAction(tr("Export PNG…"), this, &MonitorChart::promptExportPng);
        menu.addAction(tr("Export CSV…"), this, &MonitorChart::promptExportCsv);
        menu.exec(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void MonitorChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        d->applyPalette();
    if (event->type() == QEvent::FontChange)
        d->applyFonts();
    QWidget::changeEvent(event);
}

} // namespace weir
