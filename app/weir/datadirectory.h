#pragma once

#include <QStandardPaths>
#include <QString>

namespace weir {

// Where the designer keeps its own files (run history, debug runs): $WEIR_DATA_DIR, else
// the user's application data folder.
inline QString dataDirectory()
{
    const QString dir = qEnvironmentVariable("WEIR_DATA_DIR");
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                         : dir;
}

} // namespace weir
