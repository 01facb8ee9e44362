#pragma once

#include <QList>
#include <QPointF>

#include <limits>

class QValueAxis;

namespace weir {

// The values a chart's lines show on one value axis, and the round range and ticks the
// axis gets for them.
struct AxisRange
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();

    // The points with x0 <= x <= x1.
    void add(const QList<QPointF> &points, double x0, double x1);
    // A range from zero (or below) to a round number over the maximum, cut into at most
    // `intervals` round steps. Set only when it changes: every change re-lays out the
    // axis' labels.
    void applyTo(QValueAxis *axis, int intervals) const;
};

} // namespace weir
