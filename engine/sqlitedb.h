#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace weir {

// A thin RAII wrapper over one SQLite connection; every failure throws
// std::runtime_error naming the database file and SQLite's reason.
class SqliteDb
{
public:
    SqliteDb() = default;
    SqliteDb(const std::string &path, bool create);
    ~SqliteDb();
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;

    void exec(const std::string &sql);
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }
    [[noreturn]] void fail(std::string_view what) const;

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
};

// A prepared statement; bind with 1-based indexes as SQLite does.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(const SqliteDb &db, const std::string &sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    void bind(int index, int64_t value);
    void bind(int index, double value);
    void bind(int index, std::string_view text);
    void bindBlob(int index, std::string_view bytes);
    void bindNull(int index);
    // true while a row is available; false when done.
    bool step();
    void reset();
    int64_t columnInt(int col) const;
    double columnDouble(int col) const;
    std::string_view columnText(int col) const;
    std::string_view columnBlob(int col) const;
    bool columnIsNull(int col) const;

private:
    const SqliteDb *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

std::string sqlQuoteIdentifier(std::string_view name);

} // namespace weir
