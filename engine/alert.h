#pragma once

#include <string>
#include <vector>

namespace weir {

enum class AlertKind { Lag, ErrorRate, LatencyP99 };

// An alert that fired (or was firing): what, how far over, since when, and the nodes it
// concerns, for the monitor's banner, the canvas badges and the desktop notification.
struct Alert
{
    AlertKind kind = AlertKind::Lag;
    double threshold = 0;
    double value = 0;  // the latest value seen (at or below the threshold once resolved)
    double since = 0;  // sample time the value first went above, seconds
    double firedAt = 0; // sample time it fired: since + for, or later
    std::string message; // "Consumer lag 42 s above 30 s for 30 s"
    std::vector<std::string> nodeIds;
};

struct AlertChange
{
    enum class Type { Fired, Resolved };
    Alert alert;
    Type type = Type::Fired;
};

// "lag", "error_rate", "latency_p99": the alert's name in settings and logs.
const char *alertKindName(AlertKind kind);

} // namespace weir
