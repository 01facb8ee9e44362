#pragma once

#include <QFont>
#include <QFontMetricsF>

#include <functional>

namespace weir::chartfit {

// How many intervals a value axis of a plot `plotHeight` pixels high can label without
// its labels touching (Qt Charts elides them to "..." otherwise): 4 at most, 1 at least.
// Fonts with tall lines (Japanese, Chinese) get fewer on short charts.
int tickIntervals(qreal plotHeight, const QFont &labelFont);

// `font`, made smaller in half-point steps down to `minFactor` of its size, until
// `width(metrics)` fits `room`: for chart titles and legends in longer languages.
QFont shrunkToFit(QFont font, qreal minFactor, qreal room,
                  const std::function<qreal(const QFontMetricsF &)> &width);

} // namespace weir::chartfit
