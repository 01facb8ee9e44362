#include "resulttable.h"

#include "debugpipeline.h"
#include "sqlitedb.h"
#include "timestamp.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <unordered_map>

namespace weir {

namespace {

void requireFile(const std::string &path)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw std::runtime_error("result file '" + path + "' does not exist");
}

Json sqliteValue(sqlite3_stmt *stmt, int col)
{
    switch (sqlite3_column_type(stmt, col)) {
    case SQLITE_INTEGER:
        return Json(int64_t(sqlite3_column_int64(stmt, col)));
    case SQLITE_FLOAT:
        return Json(sqlite3_column_double(stmt, col));
    case SQLITE_NULL:
        return Json();
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
        return Json(std::string(text ? text : "", size_t(sqlite3_column_bytes(stmt, col))));
    }
    }
}

// Column names in table order, and the primary key in its declared order.
void readTableInfo(const SqliteDb &db, const std::string &table, ResultTable &result)
{
    SqliteStatement info(db, "SELECT name, pk, upper(type) FROM pragma_table_info(?)");
    info.bind(1, std::string_view(table));
    std::vector<std::pair<int64_t, std::string>> key;
    while (info.step()) {
        result.columns.emplace_back(info.columnText(0));
        if (info.columnText(2) == "TIMESTAMP")
            result.timeColumns.insert(result.columns.back());
        if (info.columnInt(1) > 0)
            key.emplace_back(info.columnInt(1), result.columns.back());
    }
    if (result.columns.empty())
        throw std::runtime_error("no table '" + table + "' in result database '" + db.path() + "'");
    std::sort(key.begin(), key.end());
    for (auto &k : key)
        result.key.push_back(std::move(k.second));
}

void readRows(const SqliteDb &db, const std::string &table, ResultTable &result)
{
    sqlite3_stmt *stmt = nullptr;
    const std::string sql = "SELECT * FROM " + sqlQuoteIdentifier(table);
    if (sqlite3_prepare_v2(db.handle(), sql.c_str(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        db.fail("cannot read table '" + table + "'");
    const int columns = sqlite3_column_count(stmt);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ResultTable::Row row;
        row.reserve(size_t(columns));
        for (int c = 0; c < columns; ++c)
            row.push_back(sqliteValue(stmt, c));
        result.rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        db.fail("cannot read table '" + table + "'");
}

class NdjsonColumns
{
public:
    explicit NdjsonColumns(ResultTable &table) : m_table(table) {}

    void add(Json &object)
    {
        ResultTable::Row row(m_table.columns.size());
        for (auto &[name, value] : object.items()) {
            const size_t index = indexOf(name);
            if (index >= row.size())
                row.resize(index + 1);
            row[index] = std::move(value);
        }
        m_table.rows.push_back(std::move(row));
    }

    // Rows read before a column first appeared get a null for it.
    void padRows()
    {
        for (ResultTable::Row &row : m_table.rows)
            row.resize(m_table.columns.size());
    }

private:
    size_t indexOf(const std::string &name)
    {
        const auto [it, added] = m_index.try_emplace(name, m_table.columns.size());
        if (added)
            m_table.columns.push_back(name);
        return it->second;
    }

    ResultTable &m_table;
    std::unordered_map<std::string, size_t> m_index;
};

Json parseLine(const std::string &line, const std::string &path, size_t number)
{
    const std::string where = "result file '" + path + "' line " + std::to_string(number) + ": ";
    Json object;
    try {
        object = Json::parse(line);
    } catch (const Json::parse_error &e) {
        throw std::runtime_error(where + "malformed JSON (" + e.what() + ")");
    }
    if (!object.is_object())
        throw std::runtime_error(where + "not a JSON object");
    return object;
}

int typeRank(const Json &v)
{
    if (v.is_null())
        return 0;
    if (v.is_boolean())
        return 1;
    if (v.is_number())
        return 2;
    if (v.is_string())
        return 3;
    if (v.is_array())
        return 4;
    return 5;
}

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareNumbers(const Json &a, const Json &b)
{
    if (a.is_number_float() || b.is_number_float())
        return threeWay(a.get<double>(), b.get<double>());
    if (a.is_number_unsigned() && b.is_number_unsigned())
        return threeWay(a.get<uint64_t>(), b.get<uint64_t>());
    if (a.is_number_unsigned() && a.get<uint64_t>() > uint64_t(INT64_MAX))
        return 1;
    if (b.is_number_unsigned() && b.get<uint64_t>() > uint64_t(INT64_MAX))
        return -1;
    return threeWay(a.get<int64_t>(), b.get<int64_t>());
}

} // namespace

int ResultTable::columnIndex(std::string_view name) const
{
    const auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? -1 : int(it - columns.begin());
}

ResultTable readSqliteResult(const std::string &path, const std::string &table)
{
    requireFile(path);
    SqliteDb db(path, false);
    ResultTable result;
    result.source = "'" + path + "' table '" + table + "'";
    readTableInfo(db, table, result);
    readRows(db, table, result);
    return result;
}

ResultTable readNdjsonResult(const std::string &path)
{
    requireFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read result file '" + path + "'");
    ResultTable result;
    result.source = "'" + path + "'";
    NdjsonColumns columns(result);
    std::string line;
    for (size_t number = 1; std::getline(in, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        Json object = parseLine(line, path, number);
        columns.add(object);
    }
    columns.padRows();
    return result;
}

ResultTable readResult(const SinkRedirect &redirect)
{
    if (redirect.type == "sink.sqlite")
        return readSqliteResult(redirect.path, redirect.table);
    if (redirect.type == "sink.file")
        return readNdjsonResult(redirect.path);
    throw std::runtime_error("sink '" + redirect.node + "' writes '" + redirect.type
                             + "', which has no readable result");
}

int compareResultValues(const Json &a, const Json &b)
{
    const int rank = threeWay(typeRank(a), typeRank(b));
    if (rank != 0)
        return rank;
    switch (typeRank(a)) {
    case 0:
        return 0;
    case 1:
        return threeWay(a.get<bool>(), b.get<bool>());
    case 2:
        return compareNumbers(a, b);
    case 3:
        return a.get_ref<const std::string &>().compare(b.get_ref<const std::string &>());
    default:
        return resultValueText(a).compare(resultValueText(b));
    }
}

std::string resultValueText(const Json &value, bool asTime)
{
    if (asTime && value.is_number_integer())
        return formatTimestampMs(value.get<int64_t>());
    if (value.is_null())
        return {};
    if (value.is_string())
        return value.get<std::string>();
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace weir
