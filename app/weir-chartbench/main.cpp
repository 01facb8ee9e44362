// weir-chartbench: fills the live monitor (MonitorPanel, 1400×900, offscreen unless a
// display is set) with an hour of one-second samples of every series — 12 partitions,
// 8 nodes — then, in follow mode with a new sample before each redraw, measures the
// GUI-thread cost of one redraw: the CPU time the GUI thread spends on the charts'
// refresh (thinning) and the repaint, until every visible chart has painted the new
// lines; the lines, grid and time labels are drawn on a pool thread, reported apart
// (as the wall time until the redraw is on screen). Prints p50/p95/max for the 1 h and
// whole-run ranges and the points each line keeps after thinning. The goal is ≤ 4 ms.
//   weir-chartbench [REDRAWS]
//   weir-chartbench --screenshot LIGHT.png DARK.png [NODE.png]
//       a filled panel in both palettes (and, dark, scoped to one node)
#include "monitorpanel.h"
#include "monitorseries.h"
#include "themepalettes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QPaintEvent>
#include <QRandomGenerator>
#include <QStyleFactory>
#include <QThreadPool>

#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <vector>

using namespace weir;

namespace {

constexpr int kPartitions = 12;
constexpr int kNodes = 8;
constexpr int kHour = 3600;

// A second of a busy run: noisy rates, slow waves, a spike now and then.
MonitorSample sampleAt(int t, QRandomGenerator &random)
{
    using namespace series;
    const double wave = std::sin(t / 300.0);
    const auto noise = [&](double scale) { return (random.generateDouble() - 0.5) * scale; };
    MonitorSample s;
    s.t = t;
    auto &v = s.values;
    v[kInRate] = 50000 + 15000 * wave + noise(4000) + (t % 997 == 0 ? 30000 : 0);
    v[kOutRate] = v[kInRate] * 0.98 + noise(1000);
    v[kErrorRate] = std::max(0.0, 20 + noise(30) + (t % 613 == 0 ? 400 : 0));
    v[kErrorPercent] = 100 * v[kErrorRate] / v[kInRate];
    v[kLateRate] = std::max(0.0, 5 + noise(8));
    v[kDeadLetters] = 20.0 * t;
    v[kLateRecords] = 5.0 * t;
    v[kLatencyP50] = 40 + 10 * wave + noise(4);
    v[kLatencyP95] = 90 + 20 * wave + noise(10);
    v[kLatencyP99] = 160 + 40 * wave + noise(30);
    v[kBatchP99] = 8 + 2 * wave + noise(2);
    v[kWatermarkDelay] = 3 + wave + noise(0.5);
    v[kQueueDepth] = std::round(std::max(0.0, 60 + 50 * wave + noise(20)));
    v[kQueueCapacity] = 256;
    double total = 0;
    double worst = 0;
    for (int p = 0; p < kPartitions; ++p) {
        const double lag = std::max(0.0, 2000 + 1500 * std::sin(t / (200.0 + 17 * p)) + noise(300));
        v[partitionLagOffsets("orders", p)] = lag;
        v[partitionLagSeconds("orders", p)] = lag / 5000;
        total += lag;
        worst = std::max(worst, lag / 5000);
    }
    v[kLagOffsets] = total;
    v[kLagSeconds] = worst;
    v[kPausedPartitions] = wave > 0.8 ? 3 : 0;
    for (int n = 0; n < kNodes; ++n) {
        const std::string id = "node" + std::to_string(n);
        v[node(id, "in_rate")] = v[kInRate] * (1 - 0.05 * n);
        v[node(id, "out_rate")] = v[kInRate] * (1 - 0.05 * (n + 1));
        v[node(id, "error_rate")] = std::max(0.0, 2 + noise(3));
        v[node(id, "late_rate")] = std::max(0.0, 1 + noise(1));
        v[node(id, "in")] = v[kInRate] * t;
        v[node(id, "out")] = v[kOutRate] * t;
        v[node(id, "errors")] = 2.0 * t;
        v[node(id, "late")] = 1.0 * t;
    }
    return s;
}

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[size_t(q * double(values.size() - 1))];
}

// Counts paint events of the charts' viewports: a redraw is done when each has painted.
class PaintCounter : public QObject
{
public:
    std::set<QObject *> painted;
    qint64 pixels = 0; // painted, in every chart

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted.insert(watched);
            const QRect rect = static_cast<QPaintEvent *>(event)->rect();
            pixels += qint64(rect.width()) * rect.height();
        }
        return false;
    }
};

struct Run
{
    std::vector<double> total, refresh, wall;
};

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

Run measure(MonitorPanel &panel, PaintCounter &counter, int redraws, int &t,
            QRandomGenerator &random)
{
    std::vector<QWidget *> viewports;
    for (MonitorChart *chart : panel.visibleCharts())
        viewports.push_back(chart->findChild<QGraphicsView *>()->viewport());
    Run run;
    for (int i = 0; i < redraws + 5; ++i) { // the first five warm up
        panel.addSample(sampleAt(++t, random));
        counter.painted.clear();
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = threadCpuMs();
        panel.redrawNow();
        const double refreshMs = threadCpuMs() - cpu0;
        // The pool draws the lines meanwhile; this thread sleeps until it is done, then
        // takes the finished images and paints them.
        QThreadPool::globalInstance()->waitForDone();
        while (clock.elapsed() < 2000
               && !std::all_of(viewports.begin(), viewports.end(),
                               [&](QWidget *w) { return counter.painted.count(w) != 0; }))
            QCoreApplication::processEvents();
        if (i >= 5) {
            run.total.push_back(threadCpuMs() - cpu0);
            run.refresh.push_back(refreshMs);
            run.wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    return run;
}

void report(const char *name, const Run &run, const MonitorPanel &panel)
{
    std::printf("%-10s GUI thread per redraw: p50 %.2f ms, p95 %.2f ms, max %.2f ms "
                "(refresh alone p50 %.2f ms, p95 %.2f ms)\n",
                name, percentile(run.total, 0.5), percentile(run.total, 0.95),
                percentile(run.total, 1.0), percentile(run.refresh, 0.5),
                percentile(run.refresh, 0.95));
    std::printf("%-10s on screen after (lines drawn on a pool thread): p50 %.2f ms, "
                "p95 %.2f ms\n",
                "", percentile(run.wall, 0.5), percentile(run.wall, 0.95));
    int lines = 0, minPoints = 1 << 30, maxPoints = 0, minWidth = 1 << 30;
    for (MonitorChart *chart : panel.visibleCharts()) {
        minWidth = std::min(minWidth, chart->plotWidth());
        for (int points : chart->seriesPointCounts()) {
            ++lines;
            minPoints = std::min(minPoints, points);
            maxPoints = std::max(maxPoints, points);
        }
    }
    std::printf("%-10s %d lines in %d charts, %d..%d points each after thinning "
                "(plot width ≥ %d px; %lld samples per series)\n",
                "", lines, int(panel.visibleCharts().size()), minPoints, maxPoints, minWidth,
                (long long)panel.history().points(series::kInRate).size());
}

void fill(MonitorPanel &panel, int &t, QRandomGenerator &random)
{
    std::vector<MonitorSample> samples;
    while (t < kHour)
        samples.push_back(sampleAt(++t, random));
    panel.setSamples(std::move(samples));
}

int screenshots(const QString &lightPath, const QString &darkPath, const QString &nodePath)
{
    QRandomGenerator random(7);
    MonitorPanel panel;
    panel.resize(1400, 900);
    panel.setRange(MonitorChart::Range::FifteenMinutes);
    int t = 0;
    fill(panel, t, random);
    panel.show();
    for (const auto &[palette, path] :
         {std::pair {lightPalette(), lightPath}, std::pair {darkPalette(), darkPath}}) {
        QApplication::setPalette(palette);
        QCoreApplication::processEvents();
        panel.redrawNow();
        MonitorChart *chart = panel.charts().first();
        chart->showHoverAt(chart->visibleEnd() - 200);
        QCoreApplication::processEvents();
        if (!panel.grab().save(path))
            return 1;
        std::printf("wrote %s\n", qPrintable(path));
    }
    if (nodePath.isEmpty())
        return 0;
    panel.setScope(QStringLiteral("node3"));
    QCoreApplication::processEvents();
    panel.redrawNow();
    QCoreApplication::processEvents();
    return panel.grab().save(nodePath) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(lightPalette());
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("--screenshot"))
        return screenshots(args[2], args[3], args.value(4));
    const int redraws = args.size() > 1 ? args[1].toInt() : 200;

    QRandomGenerator random(42);
    MonitorPanel panel;
    panel.resize(1400, 900);
    panel.show();
    PaintCounter counter;
    for (MonitorChart *chart : panel.charts())
        chart->findChild<QGraphicsView *>()->viewport()->installEventFilter(&counter);
    int t = 0;
    fill(panel, t, random);
    panel.redrawNow();
    QCoreApplication::processEvents();
    std::printf("weir-chartbench: MonitorPanel %dx%d, %d series, %d redraws per range, "
                "following, a new sample before each\n",
                panel.width(), panel.height(), int(panel.history().seriesNames().size()), redraws);
    panel.setRange(MonitorChart::Range::OneHour);
    counter.pixels = 0;
    report("1 h", measure(panel, counter, redraws, t, random), panel);
    std::printf("%-10s %.0f k pixels repainted per redraw (of %d k in the panel)\n", "",
                double(counter.pixels) / (redraws + 5) / 1000,
                panel.width() * panel.height() / 1000);
    panel.setRange(MonitorChart::Range::WholeRun);
    report("whole run", measure(panel, counter, redraws, t, random), panel);
    return 0;
}
