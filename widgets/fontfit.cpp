#include "fontfit.h"

namespace weir {

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

} // namespace weir
