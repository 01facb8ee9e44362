#pragma once

#include <QFont>
#include <QFontMetricsF>

#include <functional>

namespace weir {

// `font`, made smaller in half-point steps down to `minFactor` of its size, until
// `width(metrics)` fits `room` (at the smallest size whether it fits or not): texts that
// run longer in some languages (chart titles and legends, node type titles) stay whole.
QFont shrunkToFit(QFont font, qreal minFactor, qreal room,
                  const std::function<qreal(const QFontMetricsF &)> &width);

} // namespace weir
