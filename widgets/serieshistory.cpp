#include "serieshistory.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace weir {

SeriesHistory::SeriesHistory(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

void SeriesHistory::append(const MonitorSample &sample)
{
    for (const auto &[name, value] : sample.values) {
        if (!std::isfinite(value))
            continue;
        auto it = m_series.find(name);
        if (it == m_series.end()) {
            it = m_series.emplace(name, QList<QPointF>()).first;
            ++m_namesRevision;
        }
        add(it->second, sample.t, value);
    }
    m_lastT = m_series.empty() ? 0 : std::max(m_lastT, sample.t);
    ++m_revision;
}

void SeriesHistory::setSamples(std::vector<MonitorSample> samples)
{
    clear();
    std::stable_sort(samples.begin(), samples.end(),
                     [](const MonitorSample &a, const MonitorSample &b) { return a.t < b.t; });
    for (const MonitorSample &sample : samples)
        append(sample);
}

void SeriesHistory::clear()
{
    m_series.clear();
    m_lastT = 0;
    ++m_revision;
    ++m_namesRevision;
}

void SeriesHistory::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    for (auto &entry : m_series)
        trim(entry.second);
    ++m_revision;
}

std::vector<std::string> SeriesHistory::seriesNames() const
{
    std::vector<std::string> names;
    names.reserve(m_series.size());
    for (const auto &entry : m_series)
        names.push_back(entry.first);
    return names;
}

std::vector<std::string> SeriesHistory::seriesNames(const std::string &prefix) const
{
    std::vector<std::string> names;
    for (auto it = m_series.lower_bound(prefix);
         it != m_series.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
        names.push_back(it->first);
    return names;
}

const QList<QPointF> &SeriesHistory::points(const std::string &series) const
{
    static const QList<QPointF> none;
    const auto it = m_series.find(series);
    return it == m_series.end() ? none : it->second;
}

namespace {

QList<QPointF>::const_iterator atOrAfter(const QList<QPointF> &points, double t)
{
    return std::lower_bound(points.begin(), points.end(), t,
                            [](const QPointF &p, double x) { return p.x() < x; });
}

} // namespace

std::optional<double> SeriesHistory::valueAt(const std::string &series, double t) const
{
    const QList<QPointF> &list = points(series);
    const auto it = atOrAfter(list, t);
    if (it == list.end() || it->x() != t)
        return std::nullopt;
    return it->y();
}

std::optional<double> SeriesHistory::nearestTime(const std::vector<std::string> &series, double t,
                                                 double x0, double x1) const
{
    std::optional<double> best;
    const auto consider = [&](double x) {
        if (x >= x0 && x <= x1 && (!best || std::abs(x - t) < std::abs(*best - t)))
            best = x;
    };
    for (const std::string &name : series) {
        const QList<QPointF> &list = points(name);
        const auto it = atOrAfter(list, t);
        if (it != list.end())
            consider(it->x());
        if (it != list.begin())
            consider(std::prev(it)->x());
    }
    return best;
}

double SeriesHistory::firstT() const
{
    double first = std::numeric_limits<double>::infinity();
    for (const auto &entry : m_series)
        if (!entry.second.isEmpty())
            first = std::min(first, entry.second.first().x());
    return std::isfinite(first) ? first : 0;
}

void SeriesHistory::add(QList<QPointF> &points, double t, double value)
{
    if (points.isEmpty() || points.last().x() < t) {
        points.append(QPointF(t, value)); // the usual case
    } else {
        const auto at = std::lower_bound(points.begin(), points.end(), t,
                                         [](const QPointF &p, double x) { return p.x() < x; });
        if (at->x() == t)
            at->setY(value);
        else
            points.insert(at, QPointF(t, value));
    }
    trim(points);
}

void SeriesHistory::trim(QList<QPointF> &points) const
{
    // Qt 6 removes from the front of a QList by moving its start: no copy.
    if (points.size() > m_capacity)
        points.remove(0, points.size() - m_capacity);
}

} // namespace weir
