#include "deadletters.h"

#include "jsonbytes.h"
#include "sqlitedb.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <unistd.h>

namespace weir {

namespace {

std::optional<int64_t> optionalInt(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? std::optional(it->get<int64_t>())
                                                          : std::nullopt;
}

std::string text(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

DeadLetter parseLine(const DeadLetterStore &store, const std::string &line, int64_t number)
{
    const auto fail = [&](const std::string &why) {
        return std::runtime_error("dead letters '" + store.path + "', line "
                                  + std::to_string(number) + ": " + why);
    };
    Json object;
    try {
        object = Json::parse(line);
    } catch (const Json::exception &e) {
        throw fail(std::string("not JSON: ") + e.what());
    }
    if (!object.is_object() || !object.contains("reason") || !object.contains("value"))
        throw fail("not a dead letter (no 'reason' or 'value')");
    DeadLetter letter{text(object, "node"), text(object, "reason"), text(object, "source"),
                      optionalInt(object, "partition"), optionalInt(object, "offset"),
                      std::nullopt, store.sink, number};
    const std::optional<std::string_view> raw = rawMember(line, "value");
    if (raw && *raw != "null") {
        letter.value = decodeJsonBytes(*raw);
        if (!letter.value)
            throw fail("the value is not a JSON string");
    }
    return letter;
}

std::vector<std::string> readLines(const DeadLetterStore &store)
{
    std::vector<std::string> lines;
    if (!std::filesystem::exists(store.path))
        return lines;
    std::ifstream in(store.path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read dead letters '" + store.path
                                 + "': " + std::strerror(errno));
    for (std::string line; std::getline(in, line);)
        lines.push_back(std::move(line));
    if (in.bad())
        throw std::runtime_error("cannot read dead letters '" + store.path + "'");
    return lines;
}

std::vector<DeadLetter> readFile(const DeadLetterStore &store)
{
    std::vector<DeadLetter> letters;
    const std::vector<std::string> lines = readLines(store);
    for (size_t i = 0; i < lines.size(); ++i)
        if (!lines[i].empty())
            letters.push_back(parseLine(store, lines[i], int64_t(i + 1)));
    return letters;
}

bool hasTable(const SqliteDb &db, const std::string &table)
{
    SqliteStatement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    query.bind(1, std::string_view(table));
    return query.step();
}

std::string selectSql(const DeadLetterStore &store)
{
    return "SELECT rowid, node, reason, source, partition, offset, value FROM "
           + sqlQuoteIdentifier(store.table);
}

DeadLetter letterAt(const DeadLetterStore &store, const SqliteStatement &row)
{
    const auto optional = [&](int col) {
        return row.columnIsNull(col) ? std::nullopt : std::optional(row.columnInt(col));
    };
    DeadLetter letter{std::string(row.columnText(1)), std::string(row.columnText(2)),
                      std::string(row.columnText(3)), optional(4), optional(5), std::nullopt,
                      store.sink, row.columnInt(0)};
    if (!row.columnIsNull(6))
        letter.value = std::string(row.columnText(6));
    return letter;
}

std::vector<DeadLetter> readTable(const DeadLetterStore &store)
{
    std::vector<DeadLetter> letters;
    if (!std::filesystem::exists(store.path))
        return letters;
    SqliteDb db(store.path, false);
    if (!hasTable(db, store.table))
        return letters;
    SqliteStatement select(db, selectSql(store) + " ORDER BY rowid");
    while (select.step())
        letters.push_back(letterAt(store, select));
    return letters;
}

[[noreturn]] void moved(const DeadLetterStore &store, const DeadLetter &letter)
{
    throw std::runtime_error("dead letters '" + store.path + "' changed since they were read ("
                             + (store.type == "sink.file" ? "line " : "row ")
                             + std::to_string(letter.location)
                             + " differs): read them again; nothing was removed");
}

void replaceFile(const std::string &path, const std::string &content)
{
    const std::string temp = path + ".weir-tmp";
    std::FILE *f = std::fopen(temp.c_str(), "wb");
    bool ok = f && std::fwrite(content.data(), 1, content.size(), f) == content.size()
              && std::fflush(f) == 0 && fdatasync(fileno(f)) == 0;
    if (f)
        ok = std::fclose(f) == 0 && ok;
    if (!ok || std::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temp.c_str());
        throw std::runtime_error("cannot rewrite '" + path + "': " + reason);
    }
}

// sink.file's marker holds "<last batch> <committed size>"; a size past the file's end is
// harmless, one inside it would cut the file at the next run, so it follows the file.
void shrinkCommitMarker(const std::string &path, size_t size)
{
    const std::string marker = path + ".weir-commit";
    std::ifstream in(marker);
    long long batch = -1, committed = 0;
    if (!(in >> batch >> committed))
        return;
    replaceFile(marker, std::to_string(batch) + " " + std::to_string(size) + "\n");
}

void removeFromFile(const DeadLetterStore &store, const std::vector<DeadLetter> &letters)
{
    const std::vector<std::string> lines = readLines(store);
    std::vector<bool> drop(lines.size(), false);
    for (const DeadLetter &letter : letters) {
        const auto index = size_t(letter.location - 1);
        if (letter.location < 1 || index >= lines.size() || lines[index].empty()
            || parseLine(store, lines[index], letter.location) != letter)
            moved(store, letter);
        drop[index] = true;
    }
    std::string content;
    for (size_t i = 0; i < lines.size(); ++i)
        if (!drop[i])
            content += lines[i] + '\n';
    replaceFile(store.path, content);
    shrinkCommitMarker(store.path, content.size());
}

void removeFromTable(const DeadLetterStore &store, const std::vector<DeadLetter> &letters)
{
    SqliteDb db(store.path, false);
    db.exec("BEGIN IMMEDIATE");
    try {
        SqliteStatement select(db, selectSql(store) + " WHERE rowid = ?");
        SqliteStatement remove(db, "DELETE FROM " + sqlQuoteIdentifier(store.table)
                                       + " WHERE rowid = ?");
        for (const DeadLetter &letter : letters) {
            select.bind(1, letter.location);
            if (!select.step() || letterAt(store, select) != letter)
                moved(store, letter);
            select.reset();
            remove.bind(1, letter.location);
            remove.step();
            remove.reset();
        }
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

} // namespace

std::vector<DeadLetterStore> deadLetterStores(const Pipeline &pipeline)
{
    std::vector<DeadLetterStore> stores;
    for (const NodeSpec &node : pipeline.nodes) {
        if (node.type != "sink.file" && node.type != "sink.sqlite")
            continue;
        DeadLetterStore store{node.id, node.type, node.params.value("path", std::string()),
                              {}, false, {}};
        if (node.type == "sink.sqlite") {
            store.table = node.params.value("table", std::string("results"));
            store.upsert = node.params.value("mode", std::string("upsert")) == "upsert";
        }
        for (const EdgeSpec &edge : pipeline.edges)
            if (edge.to == node.id && edge.port == "errors")
                store.fedBy.push_back(edge.from);
        if (!store.fedBy.empty())
            stores.push_back(std::move(store));
    }
    return stores;
}

std::vector<DeadLetter> readDeadLetters(const DeadLetterStore &store)
{
    return store.type == "sink.sqlite" ? readTable(store) : readFile(store);
}

void removeDeadLetters(const DeadLetterStore &store, const std::vector<DeadLetter> &letters)
{
    if (letters.empty())
        return;
    if (store.type == "sink.sqlite")
        removeFromTable(store, letters);
    else
        removeFromFile(store, letters);
}

} // namespace weir
