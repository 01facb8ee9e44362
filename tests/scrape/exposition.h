#pragma once

// Builds the /metrics text weir-run would serve (the names and labels of
// engine/prometheusmetrics.cpp) from chosen counter, bucket and gauge values.
#include <QByteArray>
#include <QString>

#include <array>
#include <map>
#include <string>
#include <tuple>
#include <vector>

inline const std::vector<double> kLatencyBounds {.001, .005, .01, .05, .1, .5,
                                                 1,    2.5,  5,   10,  30, 60};
inline const std::vector<double> kProcessingBounds {.001, .005, .01, .05, .1, .5, 1, 5};

struct LagLine
{
    std::string topic;
    int partition = 0;
    double offsets = 0;
    double seconds = 0;
};

struct WorkerScrape
{
    double ok = 0, errors = 0, late = 0; // pipeline_events_processed_total by status
    double deadLetters = 0, lateRecords = 0;
    std::map<std::string, std::array<double, 3>> nodes; // id -> out, errors, late
    std::vector<double> latency; // cumulative per bound, then +Inf (empty: zeros)
    std::vector<double> processing; // likewise
    double queueDepth = 0, queueCapacity = 0, paused = 0, watermarkDelay = 0;
    std::vector<LagLine> lag;

    QByteArray text() const
    {
        QString t;
        auto line = [&](const QString &s) { t += s + "\n"; };
        const QString p = R"(pipeline="p")";
        line("# HELP pipeline_events_processed_total Records read");
        line("# TYPE pipeline_events_processed_total counter");
        line(QString("pipeline_events_processed_total{%1,status=\"ok\"} %2")
                 .arg(p)
                 .arg(ok, 0, 'g', 17));
        line(QString("pipeline_events_processed_total{%1,status=\"error\"} %2")
                 .arg(p)
                 .arg(errors, 0, 'g', 17));
        line(QString("pipeline_events_processed_total{%1,status=\"late\"} %2")
                 .arg(p)
                 .arg(late, 0, 'g', 17));
        line("# TYPE pipeline_dead_letter_records_total counter");
        line(QString("pipeline_dead_letter_records_total{%1} %2")
                 .arg(p)
                 .arg(deadLetters, 0, 'g', 17));
        line("# TYPE pipeline_late_records_total counter");
        line(QString("pipeline_late_records_total{%1} %2").arg(p).arg(lateRecords, 0, 'g', 17));
        histogram(t, "pipeline_end_to_end_latency_seconds", kLatencyBounds, latency);
        histogram(t, "pipeline_processing_seconds", kProcessingBounds, processing);
        const std::pair<const char *, double> gauges[]
            = {{"pipeline_queue_depth", queueDepth},
               {"pipeline_queue_capacity", queueCapacity},
               {"pipeline_paused_partitions", paused},
               {"pipeline_watermark_delay_seconds", watermarkDelay}};
        for (const auto &[name, value] : gauges) {
            line(QString("# TYPE %1 gauge").arg(name));
            line(QString("%1{%2} %3").arg(name, p).arg(value, 0, 'g', 17));
        }
        line("# TYPE pipeline_consumer_lag gauge");
        for (const LagLine &l : lag)
            line(QString("pipeline_consumer_lag{partition=\"%1\",%2,topic=\"%3\"} %4")
                     .arg(l.partition)
                     .arg(p, QString::fromStdString(l.topic))
                     .arg(l.offsets, 0, 'g', 17));
        line("# TYPE pipeline_consumer_lag_seconds gauge");
        for (const LagLine &l : lag)
            line(QString("pipeline_consumer_lag_seconds{partition=\"%1\",%2,topic=\"%3\"} %4")
                     .arg(l.partition)
                     .arg(p, QString::fromStdString(l.topic))
                     .arg(l.seconds, 0, 'g', 17));
        line("# TYPE pipeline_node_records_total counter");
        for (const auto &[id, counts] : nodes) {
            const char *ports[] = {"out", "errors", "late"};
            for (int i = 0; i < 3; ++i)
                line(QString("pipeline_node_records_total{node=\"%1\",%2,port=\"%3\"} %4")
                         .arg(QString::fromStdString(id), p, ports[i])
                         .arg(counts[size_t(i)], 0, 'g', 17));
        }
        return t.toUtf8();
    }

private:
    static void histogram(QString &t, const QString &name, const std::vector<double> &bounds,
                          std::vector<double> cumulative)
    {
        cumulative.resize(bounds.size() + 1, cumulative.empty() ? 0 : cumulative.back());
        t += QString("# TYPE %1 histogram\n").arg(name);
        for (size_t i = 0; i <= bounds.size(); ++i) {
            const QString le = i < bounds.size() ? QString::number(bounds[i], 'g', 17) : "+Inf";
            t += QString("%1_bucket{le=\"%2\",pipeline=\"p\"} %3\n")
                     .arg(name, le)
                     .arg(cumulative[i], 0, 'g', 17);
        }
        t += QString("%1_sum{pipeline=\"p\"} 0\n%1_count{pipeline=\"p\"} %2\n")
                 .arg(name)
                 .arg(cumulative.back(), 0, 'g', 17);
    }
};
