#include "chartstyle.h"

#include <QLocale>

#include <array>
#include <cmath>

namespace weir::chartstyle {

QColor seriesColour(int index)
{
    // Tableau 10: distinct hues of similar weight, the usual choice for line charts.
    static const std::array<QRgb, 10> colours {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                               0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
    return QColor(colours[size_t(index) % colours.size()]);
}

QColor readableOn(const QColor &colour, const QColor &background)
{
    const bool dark = background.lightnessF() < 0.5;
    float h, s, l, a;
    colour.getHslF(&h, &s, &l, &a);
    if (dark && l < 0.6f)
        l = 0.6f + (l * 0.25f); // keep the order of light and dark lines
    if (!dark && l > 0.55f)
        l = 0.55f - (1 - l) * 0.25f;
    return QColor::fromHslF(h, s, l, a);
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const auto blend = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
                            float(blend(a.blueF(), b.blueF())));
}

QString formatValue(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 1000 || magnitude == 0 ? 0
        : magnitude >= 10                                    ? 1
        : magnitude >= 0.1                                   ? 2
                                                             : 3;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace weir::chartstyle
