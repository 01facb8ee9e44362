#pragma once

#include <QHashFunctions>
#include <QString>

namespace weir {

// An edge of the pipeline, addressed by its ends: output `port` of node `from` feeds the
// input of node `to`. A pipeline holds each triple at most once.
struct ConnectionId
{
    QString from;
    QString port = QStringLiteral("out");
    QString to;

    bool operator==(const ConnectionId &) const = default;
};

inline size_t qHash(const ConnectionId &c, size_t seed = 0)
{
    return qHashMulti(seed, c.from, c.port, c.to);
}

} // namespace weir
