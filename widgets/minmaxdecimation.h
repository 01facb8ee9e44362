#pragma once

#include <QList>
#include <QPointF>

namespace weir {

// Thins a line for drawing `columns` pixel columns over [x0, x1]: per column it keeps
// the first, the lowest, the highest and the last point, in x order, so a one-sample
// spike survives any zoom level. The nearest point outside each end is kept too, so the
// line runs on to the plot's edges. `points` must be sorted by x. `perColumn` is 2..4
// (clamped): 2 keeps min and max, 3 adds the last point, 4 adds the first as well.
// Linear in the points inside the window (their ends are found by binary search); the
// result is the only allocation.
QList<QPointF> minMaxDecimate(const QList<QPointF> &points, double x0, double x1, int columns,
                              int perColumn = 4);

} // namespace weir
