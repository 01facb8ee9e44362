#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QStringList>

#include <initializer_list>

class QValueAxis;

namespace weir::chartfit {

// How many intervals a value axis of a plot `plotHeight` pixels high can label without
// its labels touching (Qt Charts elides them to "..." otherwise): 4 at most, 1 at least.
// Fonts with tall lines (Japanese, Chinese) get fewer on short charts.
int tickIntervals(qreal plotHeight, const QFont &labelFont);

// The vertical titles (units) of `axes` that fit a plot `plotHeight` high, in `font` or
// down to 80% of it, are shown; the others are hidden and returned, for the chart's title.
// Null and hidden axes are skipped.
QStringList fitAxisTitles(std::initializer_list<QValueAxis *> axes, const QFont &font,
                          qreal plotHeight);

// The width a horizontal legend needs for entries with these labels.
qreal legendWidth(const QStringList &labels, const QFontMetricsF &metrics);

} // namespace weir::chartfit
