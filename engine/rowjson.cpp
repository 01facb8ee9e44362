#include "rowjson.h"

#include <charconv>
#include <cmath>

namespace weir {

namespace {

size_t validUtf8Length(std::string_view s, size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    for (size_t k = 1; k < n; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2)
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
