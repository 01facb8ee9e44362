#include "statusline.h"

#include <cstdio>

namespace weir {

std::string humanCount(double value)
{
    char buffer[32];
    if (value >= 1e9)
        std::snprintf(buffer, sizeof buffer, "%.2fG", value / 1e9);
    else if (value >= 1e6)
        std::snprintf(buffer, sizeof buffer, "%.2fM", value / 1e6);
    else if (value >= 1e4)
        std::snprintf(buffer, sizeof buffer, "%.1fk", value / 1e3);
    else
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    return buffer;
}

static int64_t totalLag(const MetricsSnapshot &s)
{
    int64_t lag = 0;
    for (const PartitionLag &l : s.lag)
        lag += l.offsets;
    return lag;
}

std::string formatStatusLine(const MetricsSnapshot &s)
{
    char buffer[256];
    const double queuePercent =
        s.queueCapacity ? 100.0 * double(s.queueDepth) / double(s.queueCapacity) : 0;
    std::snprintf(buffer, sizeof buffer,
                  "%5.0fs | in %s | out %s | %s ev/s | errors %s | late %s | p99 %.1f ms | lag %s "
                  "| queue %.0f%% | batch %s",
                  s.elapsedSeconds, humanCount(double(s.eventsIn)).c_str(),
                  humanCount(double(s.eventsOut)).c_str(), humanCount(s.eventsPerSecond).c_str(),
                  humanCount(double(s.errors)).c_str(), humanCount(double(s.late)).c_str(),
                  s.latencyP99Ms, humanCount(double(totalLag(s))).c_str(), queuePercent,
                  s.batchId < 0 ? "-" : std::to_string(s.batchId).c_str());
    return buffer;
}

std::string formatSummary(const MetricsSnapshot &s)
{
    std::string text;
    char buffer[256];
    const double rate = s.elapsedSeconds > 0 ? double(s.eventsIn) / s.elapsedSeconds : 0;
    std::snprintf(buffer, sizeof buffer,
                  "%s after %.1f s: %llu events in (%s ev/s average), %llu rows out, %llu errors, "
                  "%llu late, %lld batches committed\n",
                  runStateName(s.state), s.elapsedSeconds,
                  static_cast<unsigned long long>(s.eventsIn), humanCount(rate).c_str(),
                  static_cast<unsigned long long>(s.eventsOut),
                  static_cast<unsigned long long>(s.errors),
                  static_cast<unsigned long long>(s.late), static_cast<long long>(s.batchId + 1));
    text += buffer;
    std::snprintf(buffer, sizeof buffer,
                  "latency end-to-end p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; batch p99 %.1f ms\n",
                  s.latencyP50Ms, s.latencyP95Ms, s.latencyP99Ms, s.batchP99Ms);
    text += buffer;
    for (const NodeStats &n : s.nodes) {
        std::snprintf(buffer, sizeof buffer, "  %-20s %-22s in %-10llu out %-10llu errors %-8llu late %llu\n",
                      n.id.c_str(), n.type.c_str(), static_cast<unsigned long long>(n.in),
                      static_cast<unsigned long long>(n.out),
                      static_cast<unsigned long long>(n.errors),
                      static_cast<unsigned long long>(n.late));
        text += buffer;
    }
    return text;
}

} // namespace weir
