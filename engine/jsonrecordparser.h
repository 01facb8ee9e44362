#pragma once

#include "jsonfieldspec.h"
#include "stringarena.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

// The value of one schema field in the record just parsed. `present` is false when
// the field was missing or null (the caller applies the default).
struct JsonFieldValue
{
    bool present = false;
    int64_t intValue = 0; // Int, Bool, Timestamp
    double doubleValue = 0;
    std::string_view text; // String, Map (JSON text); in the arena given to parse()
};

// Parses JSON records against a field list with simdjson (DOM, which validates the
// whole record). One parser and one padded buffer are reused for every record, so
// parsing allocates only while records keep growing.
class JsonRecordParser
{
public:
    explicit JsonRecordParser(JsonParseSettings settings);
    ~JsonRecordParser();
    JsonRecordParser(const JsonRecordParser &) = delete;
    JsonRecordParser &operator=(const JsonRecordParser &) = delete;

    // Parses `record`, copying strings into `arena`. On false, reason() says why.
    bool parse(std::string_view record, StringArena &arena);
    const std::vector<JsonFieldValue> &values() const;
    std::string_view reason() const;

private:
    class Impl; // keeps simdjson out of this header
    std::unique_ptr<Impl> m_impl;
};

} // namespace weir
