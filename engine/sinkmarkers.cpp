#include "sinkmarkers.h"

#include "sqlitedb.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace weir {

namespace fs = std::filesystem;

namespace {

constexpr const char *kBatchTable = "_weir_sink_batches";

bool hasBatchTable(const SqliteDb &db)
{
    SqliteStatement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    query.bind(1, std::string_view(kBatchTable));
    return query.step();
}

std::optional<int64_t> sqliteMarker(const std::string &path, const std::string &table)
{
    if (!fs::exists(path))
        return std::nullopt;
    SqliteDb db(path, false);
    if (!hasBatchTable(db))
        return std::nullopt;
    SqliteStatement select(db, "SELECT batch_id FROM _weir_sink_batches WHERE table_name = ?");
    select.bind(1, std::string_view(table));
    return select.step() ? std::optional(select.columnInt(0)) : std::nullopt;
}

std::optional<int64_t> fileMarker(const std::string &path)
{
    std::ifstream in(path + ".weir-commit");
    long long batch = -1, size = 0;
    return in >> batch >> size ? std::optional<int64_t>(batch) : std::nullopt;
}

void restoreSqlite(const SinkMarker &marker)
{
    if (!fs::exists(marker.path))
        return;
    SqliteDb db(marker.path, false);
    if (!hasBatchTable(db))
        return;
    if (marker.batch) {
        SqliteStatement update(db, "UPDATE _weir_sink_batches SET batch_id = ? WHERE table_name = ?");
        update.bind(1, *marker.batch);
        update.bind(2, std::string_view(marker.table));
        update.step();
    } else {
        SqliteStatement remove(db, "DELETE FROM _weir_sink_batches WHERE table_name = ?");
        remove.bind(1, std::string_view(marker.table));
        remove.step();
    }
}

void restoreFile(const SinkMarker &marker)
{
    const std::string sidecar = marker.path + ".weir-commit";
    if (!marker.batch) {
        std::remove(sidecar.c_str()); // a file without marker is kept whole and appended to
        return;
    }
    std::error_code error;
    const auto size = fs::file_size(marker.path, error);
    const std::string temp = sidecar + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << *marker.batch << ' ' << (error ? 0 : size) << '\n';
        if (!out.flush())
            throw std::runtime_error("cannot write the commit marker of '" + marker.path + "'");
    }
    if (std::rename(temp.c_str(), sidecar.c_str()) != 0)
        throw std::runtime_error("cannot write the commit marker of '" + marker.path + "'");
}

} // namespace

std::vector<SinkMarker> readSinkMarkers(const Pipeline &pipeline)
{
    std::vector<SinkMarker> markers;
    for (const NodeSpec &node : pipeline.nodes) {
        const std::string path = node.params.value("path", std::string());
        if (node.type == "sink.sqlite") {
            const std::string table = node.params.value("table", std::string("results"));
            markers.push_back({node.type, path, table, sqliteMarker(path, table)});
        } else if (node.type == "sink.file") {
            markers.push_back({node.type, path, {}, fileMarker(path)});
        }
    }
    return markers;
}

void restoreSinkMarkers(const std::vector<SinkMarker> &markers)
{
    for (const SinkMarker &marker : markers) {
        if (marker.type == "sink.sqlite")
            restoreSqlite(marker);
        else
            restoreFile(marker);
    }
}

} // namespace weir
