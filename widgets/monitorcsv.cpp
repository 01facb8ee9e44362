#include "monitorcsv.h"

#include "serieshistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace weir {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17);
}

QByteArray csvField(const std::string &text)
{
    QByteArray field = QByteArray::fromStdString(text);
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n'))
        return field;
    return '"' + field.replace('"', "\"\"") + '"';
}

auto atOrAfter(const QList<QPointF> &points, double x)
{
    return std::lower_bound(points.begin(), points.end(), x,
                            [](const QPointF &p, double v) { return p.x() < v; });
}

std::vector<double> sampleTimes(const SeriesHistory &history,
                                const std::vector<std::string> &series, double x0, double x1)
{
    std::vector<double> times;
    for (const std::string &name : series) {
        const QList<QPointF> &points = history.points(name);
        for (auto it = atOrAfter(points, x0); it != points.end() && it->x() <= x1; ++it)
            times.push_back(it->x());
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

} // namespace

QByteArray monitorCsv(const SeriesHistory &history, const std::vector<std::string> &series,
                      double x0, double x1)
{
    QByteArray csv = "t";
    for (const std::string &name : series)
        csv += ',' + csvField(name);
    csv += '\n';
    std::vector<QList<QPointF>::const_iterator> cursors;
    for (const std::string &name : series)
        cursors.push_back(atOrAfter(history.points(name), x0));
    for (double t : sampleTimes(history, series, x0, x1)) {
        csv += number(t);
        for (size_t i = 0; i < series.size(); ++i) {
            csv += ',';
            const QList<QPointF> &points = history.points(series[i]);
            auto &it = cursors[i];
            while (it != points.end() && it->x() < t)
                ++it;
            if (it != points.end() && it->x() == t)
                csv += number(it->y());
        }
        csv += '\n';
    }
    return csv;
}

bool writeMonitorCsv(const SeriesHistory &history, const std::vector<std::string> &series,
                     double x0, double x1, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(monitorCsv(history, series, x0, x1)) >= 0
        && file.commit())
        return true;
    if (error) {
        *error = QCoreApplication::translate("weir::MonitorChart", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

} // namespace weir
