#pragma once

#include <QColor>
#include <QString>

namespace weir {

// Colours and number formats shared by the monitor's charts.
namespace chartstyle {

// The n-th of a fixed set of line colours that tell apart on light and dark grounds.
QColor seriesColour(int index);
// `colour`, lightened or darkened until it reads on `background`.
QColor readableOn(const QColor &colour, const QColor &background);
// `a` moved `amount` (0..1) of the way to `b`: grid lines, faint frames.
QColor mix(const QColor &a, const QColor &b, double amount);
// A value for a hover label: "12,345", "12.3", "0.042".
QString formatValue(double value);

} // namespace chartstyle

} // namespace weir
