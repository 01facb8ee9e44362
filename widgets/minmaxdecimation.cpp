#include "minmaxdecimation.h"

#include <algorithm>
#include <array>

namespace weir {

namespace {

// One pixel column's kept points, by index into the input.
struct Column
{
    qsizetype first = -1;
    qsizetype min = -1;
    qsizetype max = -1;
    qsizetype last = -1;

    void add(const QList<QPointF> &points, qsizetype i)
    {
        if (first < 0) {
            first = min = max = last = i;
            return;
        }
        last = i;
        if (points[i].y() < points[min].y())
            min = i;
        if (points[i].y() > points[max].y())
            max = i;
    }

    void flush(const QList<QPointF> &points, int perColumn, QList<QPointF> &out)
    {
        if (first < 0)
            return;
        std::array<qsizetype, 4> kept {min, max, perColumn >= 3 ? last : -1,
                                       perColumn >= 4 ? first : -1};
        std::sort(kept.begin(), kept.end());
        qsizetype previous = -1;
        for (qsizetype i : kept) {
            if (i >= 0 && i != previous)
                out.append(points[i]);
            previous = i;
        }
        *this = Column {};
    }
};

} // namespace

QList<QPointF> minMaxDecimate(const QList<QPointF> &points, double x0, double x1, int columns,
                              int perColumn)
{
    if (columns <= 0 || !(x1 > x0) || points.isEmpty())
        return {};
    perColumn = std::clamp(perColumn, 2, 4);
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const auto xBelow = [](double x, const QPointF &p) { return x < p.x(); };
    const qsizetype begin
        = std::lower_bound(points.begin(), points.end(), x0, byX) - points.begin();
    const qsizetype end
        = std::upper_bound(points.begin(), points.end(), x1, xBelow) - points.begin();

    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(end - begin, qsizetype(columns) * perColumn) + 2);
    if (begin > 0)
        out.append(points[begin - 1]);
    const double width = x1 - x0;
    Column column;
    int current = -1;
    for (qsizetype i = begin; i < end; ++i) {
        const int c = std::min(columns - 1, int((points[i].x() - x0) / width * columns));
        if (c != current) {
            column.flush(points, perColumn, out);
            current = c;
        }
        column.add(points, i);
    }
    column.flush(points, perColumn, out);
    if (end < points.size())
        out.append(points[end]);
    return out;
}

} // namespace weir
