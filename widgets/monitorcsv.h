#pragma once

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace weir {

class SeriesHistory;

// A chart's data as CSV: a header "t,<series>...", then one row per sample time in
// [x0, x1] at which any of the series has a value, with the raw (not thinned) values
// written so they read back exactly; a series without a value at that time is empty.
QByteArray monitorCsv(const SeriesHistory &history, const std::vector<std::string> &series,
                      double x0, double x1);
// Writes monitorCsv() to `path`; false with a readable reason in `error` if it can't.
bool writeMonitorCsv(const SeriesHistory &history, const std::vector<std::string> &series,
                     double x0, double x1, const QString &path, QString *error);

} // namespace weir
