#include "axisrange.h"

#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace weir {

void AxisRange::add(const QList<QPointF> &points, double x0, double x1)
{
    for (const QPointF &p : points) {
        if (p.x() >= x0 && p.x() <= x1) {
            min = std::min(min, p.y());
            max = std::max(max, p.y());
        }
    }
}

void AxisRange::applyTo(QValueAxis *axis, int intervals) const
{
    const double low = std::isfinite(min) ? std::min(0.0, min) : 0;
    double high = std::isfinite(max) ? max : 1;
    if (high <= low)
        high = low + 1;
    // The smallest round step whose multiples around low..high make at most `intervals`
    // intervals (a range across zero can need one more than (high - low) / step, and
    // needs two at least).
    if (low < 0 && high > 0)
        intervals = std::max(intervals, 2);
    const double rough = (high - low) / intervals;
    double magnitude = std::pow(10, std::floor(std::log10(rough)));
    double step = 0, niceLow = 0, niceHigh = 0;
    for (int i = 0; i < 64; ++i) {
        step = magnitude * std::array {1., 2., 2.5, 5.}[size_t(i % 4)];
        if (i % 4 == 3)
            magnitude *= 10;
        if (step < rough)
            continue;
        niceLow = std::floor(low / step) * step;
        niceHigh = std::ceil(high / step) * step;
        if (std::lround((niceHigh - niceLow) / step) <= intervals)
            break;
    }
    const int ticks = int(std::lround((niceHigh - niceLow) / step)) + 1;
    if (axis->min() != niceLow || axis->max() != niceHigh)
        axis->setRange(niceLow, niceHigh);
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
    int decimals = 0;
    while (decimals < 6
           && std::abs(step * std::pow(10, decimals) - std::round(step * std::pow(10, decimals)))
                  > 1e-6)
        ++decimals;
    const QString format = QStringLiteral("%.%1f").arg(decimals);
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

} // namespace weir
