#pragma once

// Reads what a run of the example pipeline left in a directory, for comparing runs:
// the SQLite table, the last batch its sink committed, NDJSON files as sorted lines.
#include "sqlitedb.h"

#include <QString>
#include <QStringList>

#include <fstream>

inline int64_t committedBatch(const QString &db)
{
    try {
        weir::SqliteDb conn(db.toStdString(), false);
        weir::SqliteStatement select(conn, "SELECT batch_id FROM _weir_sink_batches");
        return select.step() ? select.columnInt(0) : -1;
    } catch (const std::exception &) {
        return -1; // not created yet, or busy
    }
}

inline QStringList eventCountRows(const QString &db, const std::string &table = "event_counts")
{
    weir::SqliteDb conn(db.toStdString(), false);
    weir::SqliteStatement select(conn, "SELECT window_start, window_end, event_type, event_count, "
                                       "unique_users FROM " + table + " ORDER BY 1, 2, 3");
    QStringList rows;
    while (select.step()) {
        const std::string_view type = select.columnText(2);
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(select.columnInt(0))
                    .arg(select.columnInt(1))
                    .arg(QString::fromUtf8(type.data(), qsizetype(type.size())))
                    .arg(select.columnInt(3))
                    .arg(select.columnInt(4));
    }
    return rows;
}

inline QStringList sortedLines(const QString &path)
{
    QStringList lines;
    std::ifstream in(path.toStdString());
    for (std::string line; std::getline(in, line);)
        lines << QString::fromStdString(line);
    lines.sort();
    return lines;
}
