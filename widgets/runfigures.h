#pragma once

#include <QString>
#include <QStringList>

namespace weir {

struct NodeStats;

// How the canvas writes run figures: compact numbers ("950", "12.3k", "1.2M"), rates
// ("2.0k/s") and the lines under a node's subtitle.
QString compactCount(double count);
QString compactRate(double perSecond);
// Sinks: "rows 12.0k · 2.0k/s" and "commits 14"; sources: "out ..."; others: "in ..."
// and "out ...".
QStringList nodeFigureLines(const NodeStats &stats, bool sink, bool source);

} // namespace weir
