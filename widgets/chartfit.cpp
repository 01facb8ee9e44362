#include "chartfit.h"

#include "fontfit.h"

#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace weir::chartfit {

int tickIntervals(qreal plotHeight, const QFont &labelFont)
{
    const qreal line = QFontMetricsF(labelFont).height() * 1.2;
    return std::clamp(int(std::floor(plotHeight / line)), 1, 4);
}

QStringList fitAxisTitles(std::initializer_list<QValueAxis *> axes, const QFont &font,
                          qreal plotHeight)
{
    QStringList hidden;
    const qreal room = plotHeight - 12; // Qt Charts pads the title
    for (QValueAxis *axis : axes) {
        if (!axis || !axis->isVisible() || axis->titleText().isEmpty())
            continue;
        const QString unit = axis->titleText();
        const QFont fitted = shrunkToFit(font, 0.8, room, [&unit](const QFontMetricsF &m) {
            return m.horizontalAdvance(unit);
        });
        const bool fits = QFontMetricsF(fitted).horizontalAdvance(unit) <= room;
        if (axis->titleFont() != fitted)
            axis->setTitleFont(fitted);
        if (axis->isTitleVisible() != fits)
            axis->setTitleVisible(fits);
        if (!fits)
            hidden << unit;
    }
    return hidden;
}

qreal legendWidth(const QStringList &labels, const QFontMetricsF &metrics)
{
    qreal width = 0;
    for (const QString &label : labels)
        width += metrics.horizontalAdvance(label) + metrics.height() + 24; // marker, spacing
    return width;
}

} // namespace weir::chartfit
