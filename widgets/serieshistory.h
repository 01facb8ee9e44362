#pragma once

#include "monitorsample.h"

#include <QList>
#include <QPointF>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace weir {

// The monitor's memory of one run: every series of the MonitorSamples it was given, as
// points (x = the sample's t in seconds, y = the value), sorted by x, each series capped
// to its newest `capacity` points. The charts read it; it knows nothing of them.
class SeriesHistory
{
public:
    // Six hours of one-second samples: 0.35 MB a series (the whole run is in the history
    // store; a past run opens from there).
    static constexpr int kDefaultCapacity = 6 * 3600;

    explicit SeriesHistory(int capacity = kDefaultCapacity);

    // Samples come in order of t; a late one is put in its place, one at an existing t
    // replaces that point. Values that are not finite are left out (no value then).
    void append(const MonitorSample &sample);
    void setSamples(std::vector<MonitorSample> samples); // a past run, replacing everything
    void clear();

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    std::vector<std::string> seriesNames() const; // sorted
    std::vector<std::string> seriesNames(const std::string &prefix) const;
    bool contains(const std::string &series) const { return m_series.count(series) != 0; }
    // The series' points, or an empty list for a series never seen.
    const QList<QPointF> &points(const std::string &series) const;

    // The value of `series` at exactly `t`, if it has one.
    std::optional<double> valueAt(const std::string &series, double t) const;
    // The sample time in [x0, x1] nearest to `t` among `series` (hover's "at that time").
    std::optional<double> nearestTime(const std::vector<std::string> &series, double t, double x0,
                                      double x1) const;

    bool isEmpty() const { return m_series.empty(); }
    double firstT() const; // of the oldest point kept (0 when empty)
    double lastT() const { return m_lastT; }
    // Grows on every change (cheap "did anything change since I last looked").
    quint64 revision() const { return m_revision; }
    // Grows when a series appears or goes (charts following a prefix look again).
    quint64 namesRevision() const { return m_namesRevision; }

private:
    void add(QList<QPointF> &points, double t, double value);
    void trim(QList<QPointF> &points) const;

    int m_capacity;
    std::map<std::string, QList<QPointF>> m_series;
    double m_lastT = 0;
    quint64 m_revision = 0;
    quint64 m_namesRevision = 0;
};

} // namespace weir
