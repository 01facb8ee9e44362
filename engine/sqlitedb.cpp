#include "sqlitedb.h"

#include <sqlite3.h>

#include <stdexcept>
#include <utility>

namespace weir {

SqliteDb::SqliteDb(const std::string &path, bool create)
    : m_path(path)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
                      | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string reason = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw std::runtime_error("cannot open SQLite database '" + path + "': " + reason);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

SqliteDb::SqliteDb(SqliteDb &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_path, other.m_path);
    return *this;
}

void SqliteDb::fail(std::string_view what) const
{
    throw std::runtime_error(std::string(what) + " in '" + m_path + "': " + sqlite3_errmsg(m_db));
}

void SqliteDb::exec(const std::string &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string reason = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throw std::runtime_error("SQLite error in '" + m_path + "': " + reason + " (while running: "
                                 + sql.substr(0, 120) + ")");
    }
}

SqliteStatement::SqliteStatement(const SqliteDb &db, const std::string &sql)
    : m_db(&db)
{
    if (sqlite3_prepare_v3(db.handle(), sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr)
        != SQLITE_OK)
        db.fail("cannot prepare '" + sql.substr(0, 120) + "'");
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_stmt, other.m_stmt);
    return *this;
}

void SqliteStatement::bind(int index, int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail("statement failed");
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int64_t SqliteStatement::columnInt(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double SqliteStatement::columnDouble(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

std::string_view SqliteStatement::columnText(int col) const
{
    auto text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, col)))
                : std::string_view();
}

std::string_view SqliteStatement::columnBlob(int col) const
{
    auto data = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, col)))
                : std::string_view();
}

bool SqliteStatement::columnIsNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

std::string sqlQuoteIdentifier(std::string_view name)
{
    std::string quoted = "\"";
    for (char c : name) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + "\"";
}

} // namespace weir
