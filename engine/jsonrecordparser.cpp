#include "jsonrecordparser.h"

#include "jsonescape.h"
#include "timestamp.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace weir {

namespace dom = simdjson::dom;

namespace {

constexpr size_t kQuotedValueLimit = 40; // bytes of a bad value quoted in a reason

const char *parseErrorReason(simdjson::error_code error)
{
    switch (error) {
    case simdjson::EMPTY:
        return "empty record";
    case simdjson::UTF8_ERROR:
        return "invalid UTF-8";
    case simdjson::DEPTH_ERROR:
        return "invalid JSON: nested deeper than 1024 levels";
    case simdjson::CAPACITY:
        return "record too large";
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return "invalid JSON: malformed or out-of-range number";
    case simdjson::UNCLOSED_STRING:
        return "invalid JSON: unclosed string";
    case simdjson::STRING_ERROR:
        return "invalid JSON: bad escape in a string";
    case simdjson::UNESCAPED_CHARS:
        return "invalid JSON: control character inside a string";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return "invalid JSON: unknown literal (expected true, false or null)";
    case simdjson::TAPE_ERROR:
        return "invalid JSON: bad structure (a missing or extra comma, colon, brace or "
               "bracket, or text after the value)";
    default:
        return nullptr;
    }
}

// Appends how a value reads in a reason: "abc" (cut short), 42, true, an object ...
void appendValue(std::string &out, dom::element value)
{
    char digits[32];
    switch (value.type()) {
    case dom::element_type::STRING: {
        std::string_view text = value.get_string().value_unsafe();
        size_t cut = std::min(text.size(), kQuotedValueLimit);
        while (cut < text.size() && cut > 0
               && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        out += '"';
        appendJsonEscaped(out, text.substr(0, cut));
        out += cut < text.size() ? "...\"" : "\"";
        return;
    }
    case dom::element_type::INT64: {
        auto end
            = std::to_chars(digits, digits + sizeof digits, value.get_int64().value_unsafe()).ptr;
        out.append(digits, end);
        return;
    }
    case dom::element_type::UINT64: {
        auto end
            = std::to_chars(digits, digits + sizeof digits, value.get_uint64().value_unsafe()).ptr;
        out.append(digits, end);
        return;
    }
    case dom::element_type::DOUBLE: {
        auto end
            = std::to_chars(digits, digits + sizeof digits, value.get_double().value_unsafe()).ptr;
        out.append(digits, end);
        return;
    }
    case dom::element_type::BOOL:
        out += value.get_bool().value_unsafe() ? "true" : "false";
        return;
    case dom::element_type::NULL_VALUE:
        out += "null";
        return;
    case dom::element_type::OBJECT:
        out += "an object";
        return;
    case dom::element_type::ARRAY:
        out += "an array";
        return;
    }
}

} // namespace

class JsonRecordParser::Impl
{
public:
    explicit Impl(JsonParseSettings settings)
        : m_fields(std::move(settings.fields))
        , m_unit(settings.timestampUnit)
        , m_values(m_fields.size())
    {
        for (const JsonFieldSpec &field : m_fields)
            m_hasMapField |= field.type == FieldType::Map;
    }

    bool parse(std::string_view record, StringArena &arena)
    {
        for (JsonFieldValue &value : m_values)
            value = {};
        dom::element root;
        if (const auto error = m_parser.parse(padded(record), record.size(), false).get(root))
            return parseFailure(error);
        m_recordHasEscapes = m_hasMapField && !record.empty()
            && std::memchr(record.data(), '\\', record.size()) != nullptr;
        if (root.type() != dom::element_type::OBJECT) {
            m_reason.assign("expected a JSON object, got ");
            appendValue(m_reason, root);
            return false;
        }
        const dom::object object = root.get_object().value_unsafe();
        for (const dom::key_value_pair field : object) {
            const int index = fieldIndex(field.key);
            if (index >= 0 && !readField(size_t(index), field.value, arena))
                return false;
        }
        return checkRequired();
    }

    const std::vector<JsonFieldValue> &values() const { return m_values; }
    std::string_view reason() const { return m_reason; }

private:
    // The record copied into a buffer with the padding simdjson reads past the end.
    const char *padded(std::string_view record)
    {
        const size_t needed = record.size() + simdjson::SIMDJSON_PADDING;
        if (needed > m_paddedSize) {
            m_paddedSize = std::max(needed, 2 * m_paddedSize);
            m_padded = std::make_unique<char[]>(m_paddedSize);
        }
        if (!record.empty())
            std::memcpy(m_padded.get(), record.data(), record.size());
        std::memset(m_padded.get() + record.size(), 0, simdjson::SIMDJSON_PADDING);
        return m_padded.get();
    }

    bool parseFailure(simdjson::error_code error)
    {
        const char *reason = parseErrorReason(error);
        m_reason.assign(reason ? reason : "invalid JSON: ");
        if (!reason)
            m_reason += simdjson::error_message(error);
        return false;
    }

    int fieldIndex(std::string_view key)
    {
        const size_t count = m_fields.size();
        for (size_t step = 0; step < count; ++step) {
            size_t i = m_nextField + step;
            i = i < count ? i : i - count;
            if (m_fields[i].name == key) {
                m_nextField = i + 1 < count ? i + 1 : 0;
                return int(i);
            }
        }
        return -1;
    }

    bool failField(size_t index, std::string_view expected, dom::element value)
    {
        m_reason.assign("field '");
        m_reason += m_fields[index].name;
        m_reason += "': ";
        m_reason += expected;
        m_reason += ", got ";
        appendValue(m_reason, value);
        return false;
    }

    bool checkRequired()
    {
        for (size_t i = 0; i < m_fields.size(); ++i) {
            if (m_fields[i].required && !m_values[i].present) {
                m_reason.assign("missing required field '");
                m_reason += m_fields[i].name;
                m_reason += "'";
                return false;
            }
        }
        return true;
    }

    bool readField(size_t index, dom::element value, StringArena &arena)
    {
        JsonFieldValue &out = m_values[index];
        out = {};
        if (value.is_null()) {
            if (!m_fields[index].required)
                return true;
            m_reason.assign("field '");
            m_reason += m_fields[index].name;
            m_reason += "': required but null";
            return false;
        }
        switch (m_fields[index].type) {
        case FieldType::String:
            return readString(index, value, arena);
        case FieldType::Int:
            return readInt(index, value);
        case FieldType::Double:
            return readDouble(index, value);
        case FieldType::Bool:
            return readBool(index, value);
        case FieldType::Timestamp:
            return readTimestamp(index, value);
        case FieldType::Map:
            return readMap(index, value, arena);
        }
        return false;
    }

    bool readString(size_t index, dom::element value, StringArena &arena)
    {
        if (value.type() != dom::element_type::STRING)
            return failField(index, "expected a string", value);
        m_values[index] = {true, 0, 0, arena.store(value.get_string().value_unsafe())};
        return true;
    }

    // Integral numbers only: 42 and 42.0, not 42.5; within int64.
    bool readInt(size_t index, dom::element value)
    {
        int64_t result = 0;
        switch (value.type()) {
        case dom::element_type::INT64:
            result = value.get_int64().value_unsafe();
            break;
        case dom::element_type::UINT64:
            return failField(index, "integer out of range", value);
        case dom::element_type::DOUBLE: {
            const double d = value.get_double().value_unsafe();
            if (d != std::trunc(d))
                return failField(index, "expected an integer", value);
            if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
                return failField(index, "integer out of range", value);
            result = int64_t(d);
            break;
        }
        default:
            return failField(index, "expected an integer", value);
        }
        m_values[index] = {true, result, 0, {}};
        return true;
    }

    bool readDouble(size_t index, dom::element value)
    {
        double result = 0;
        switch (value.type()) {
        case dom::element_type::INT64:
            result = double(value.get_int64().value_unsafe());
            break;
        case dom::element_type::UINT64:
            result = double(value.get_uint64().value_unsafe());
            break;
        case dom::element_type::DOUBLE:
            result = value.get_double().value_unsafe();
            break;
        default:
            return failField(index, "expected a number", value);
        }
        m_values[index] = {true, 0, result, {}};
        return true;
    }

    bool readBool(size_t index, dom::element value)
    {
        if (value.type() != dom::element_type::BOOL)
            return failField(index, "expected true or false", value);
        m_values[index] = {true, value.get_bool().value_unsafe() ? 1 : 0, 0, {}};
        return true;
    }

    bool readTimestamp(size_t index, dom::element value)
    {
        std::optional<int64_t> ms;
        switch (value.type()) {
        case dom::element_type::STRING:
            ms = parseTimestampMs(value.get_string().value_unsafe());
            break;
        case dom::element_type::INT64:
            ms = epochToMs(value.get_int64().value_unsafe(), m_unit);
            if (!ms)
                return failField(index, "timestamp out of range", value);
            break;
        case dom::element_type::UINT64:
            return failField(index, "timestamp out of range", value);
        case dom::element_type::DOUBLE:
            ms = epochToMs(value.get_double().value_unsafe(), m_unit);
            if (!ms)
                return failField(index, "timestamp out of range", value);
            break;
        default:
            break;
        }
        if (!ms)
            return failField(index, "expected ISO-8601 text or epoch number", value);
        m_values[index] = {true, *ms, 0, {}};
        return true;
    }

    // Kept as compact JSON text, after checking every value is a string. The text is
    // measured first and then written straight into the arena.
    bool readMap(size_t index, dom::element value, StringArena &arena)
    {
        if (value.type() != dom::element_type::OBJECT)
            return failField(index, "expected an object of strings", value);
        const dom::object object = value.get_object().value_unsafe();
        size_t size = 1; // '{', then '"key":"value"' and ',' or '}' per entry
        size_t entries = 0;
        for (const dom::key_value_pair entry : object) {
            if (entry.value.type() != dom::element_type::STRING)
                return failMapValue(index, entry);
            const std::string_view text = entry.value.get_string().value_unsafe();
            size += m_recordHasEscapes ? jsonEscapedSize(entry.key) + jsonEscapedSize(text)
                                       : entry.key.size() + text.size();
            size += 6;
            ++entries;
        }
        size += entries == 0;
        char *const text = arena.allocate(size);
        char *out = text;
        *out++ = '{';
        for (const dom::key_value_pair entry : object) {
            if (out != text + 1)
                *out++ = ',';
            *out++ = '"';
            out = writeText(out, entry.key);
            std::memcpy(out, "\":\"", 3);
            out = writeText(out + 3, entry.value.get_string().value_unsafe());
            *out++ = '"';
        }
        *out = '}';
        m_values[index] = {true, 0, 0, std::string_view(text, size)};
        return true;
    }

    char *writeText(char *out, std::string_view text) const
    {
        if (m_recordHasEscapes)
            return writeJsonEscaped(out, text);
        std::memcpy(out, text.data(), text.size());
        return out + text.size();
    }

    bool failMapValue(size_t index, const dom::key_value_pair &entry)
    {
        m_reason.assign("field '");
        m_reason += m_fields[index].name;
        m_reason += "': expected an object of strings, but key \"";
        appendJsonEscaped(m_reason, entry.key.substr(0, kQuotedValueLimit));
        m_reason += "\" has ";
        appendValue(m_reason, entry.value);
        return false;
    }

    std::vector<JsonFieldSpec> m_fields;
    TimestampUnit m_unit;
    std::vector<JsonFieldValue> m_values;
    dom::parser m_parser;
    std::unique_ptr<char[]> m_padded;
    size_t m_paddedSize = 0;
    std::string m_reason; // reused: no allocation once warm
    size_t m_nextField = 0; // fields usually come in schema order: try this one first
    // Valid JSON puts '"', '\\' and control characters into strings only through a
    // backslash escape: without one in the record, map text needs no escaping.
    bool m_hasMapField = false;
    bool m_recordHasEscapes = true;
};

JsonRecordParser::JsonRecordParser(JsonParseSettings settings)
    : m_impl(std::make_unique<Impl>(std::move(settings)))
{
}

JsonRecordParser::~JsonRecordParser() = default;

bool JsonRecordParser::parse(std::string_view record, StringArena &arena)
{
    return m_impl->parse(record, arena);
}

const std::vector<JsonFieldValue> &JsonRecordParser::values() const
{
    return m_impl->values();
}

std::string_view JsonRecordParser::reason() const
{
    return m_impl->reason();
}

} // namespace weir
