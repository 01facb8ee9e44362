#include "runfigures.h"

#include "metricssnapshot.h"

#include <QCoreApplication>

#include <cmath>

namespace weir {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(weir::RunFigures)
};

QString flow(const QString &label, double count, double rate)
{
    return QStringLiteral("%1 %2 · %3").arg(label, compactCount(count), compactRate(rate));
}

} // namespace

QString compactCount(double count)
{
    const double magnitude = std::abs(count);
    if (magnitude < 1000)
        return QString::number(std::llround(count));
    if (magnitude < 1e6)
        return QString::number(count / 1e3, 'f', magnitude < 1e5 ? 1 : 0) + QLatin1Char('k');
    if (magnitude < 1e9)
        return QString::number(count / 1e6, 'f', magnitude < 1e8 ? 1 : 0) + QLatin1Char('M');
    return QString::number(count / 1e9, 'f', 1) + QLatin1Char('G');
}

QString compactRate(double perSecond)
{
    if (perSecond > 0 && perSecond < 10)
        return QString::number(perSecond, 'f', 1) + QStringLiteral("/s");
    return compactCount(perSecond) + QStringLiteral("/s");
}

QStringList nodeFigureLines(const NodeStats &stats, bool sink, bool source)
{
    if (sink) {
        return {flow(Text::tr("rows"), double(stats.out), stats.outRate),
                Text::tr("commits %1").arg(compactCount(double(stats.commits)))};
    }
    QStringList lines;
    if (!source)
        lines << flow(Text::tr("in"), double(stats.in), stats.inRate);
    lines << flow(Text::tr("out"), double(stats.out), stats.outRate);
    return lines;
}

} // namespace weir
