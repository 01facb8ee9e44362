#include "rowjson.h"

#include <charconv>
#include <cmath>

namespace weir {

namespace {

// Length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or 0 if there is none.
size_t validUtf8Length(std::string_view s, size_t i)
{
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = byte(0);
    size_t n = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + n > s.size() || byte(1) < low || byte(1) > high)
        return 0;
    for (size_t k = 2; k < n; ++k) {
        if ((byte(k) & 0xC0) != 0x80)
            return 0;
    }
    return n;
}

void appendNumber(std::string &out, int64_t value)
{
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

void appendNumber(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

} // namespace

void appendJsonString(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else if (c >= 0x80) {
            const size_t n = validUtf8Length(text, i);
            if (n == 0) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 15];
                ++i;
                continue;
            }
            out.append(text.substr(i, n));
            i += n;
            continue;
        } else {
            out += char(c);
        }
        ++i;
    }
    out += '"';
}

void appendRowJson(std::string &out, const Batch &batch, size_t row)
{
    out += '{';
    for (size_t c = 0; c < batch.columns.size(); ++c) {
        if (c > 0)
            out += ',';
        appendJsonString(out, batch.schema->at(c).name);
        out += ':';
        const Column &col = batch.columns[c];
        if (col.isNull(row)) {
            out += "null";
            continue;
        }
        switch (col.type) {
        case FieldType::Int:
        case FieldType::Timestamp:
            appendNumber(out, col.ints[row]);
            break;
        case FieldType::Bool:
            out += col.ints[row] ? "true" : "false";
            break;
        case FieldType::Double:
            appendNumber(out, col.doubles[row]);
            break;
        case FieldType::String:
            appendJsonString(out, col.strings[row]);
            break;
        case FieldType::Map:
            out += col.strings[row].empty() ? std::string_view("{}") : col.strings[row];
            break;
        }
    }
    out += '}';
}

} // namespace weir
