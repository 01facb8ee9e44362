#include "chartfit.h"

#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace weir::chartfit {

int tickIntervals(qreal plotHeight, const QFont &labelFont)
{
    const qreal line = QFontMetricsF(labelFont).height() * 1.2;
    return std::clamp(int(std::floor(plotHeight / line)), 1, 4);
}

QFont shrunkToFit(QFont font, qreal minFactor, qreal room,
                  const std::function<qreal(const QFontMetricsF &)> &width)
{
    const qreal full = font.pointSizeF();
    for (qreal size = full; size >= full * minFactor - 1e-9; size -= 0.5) {
        font.setPointSizeF(size);
        if (width(QFontMetricsF(font)) <= room)
            return font;
    }
    return font;
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
