#include "jsonbytes.h"

#include <cstdint>

namespace weir {

namespace {

size_t skipSpace(std::string_view s, size_t i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        ++i;
    return i;
}

// The end (one past the closing quote) of the string literal at s[i], or npos.
size_t stringEnd(std::string_view s, size_t i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return std::string_view::npos;
}

// The end of the value at s[i]: a string, or anything up to the ',' or '}' that closes it
// at this depth.
size_t valueEnd(std::string_view s, size_t i)
{
    if (i < s.size() && s[i] == '"')
        return stringEnd(s, i);
    int depth = 0;
    for (; i < s.size(); ++i) {
        if (s[i] == '"') {
            i = stringEnd(s, i);
            if (i == std::string_view::npos)
                return i;
            --i;
        } else if (s[i] == '{' || s[i] == '[') {
            ++depth;
        } else if (s[i] == '}' || s[i] == ']') {
            if (depth-- == 0)
                return i;
        } else if (s[i] == ',' && depth == 0) {
            return i;
        }
    }
    return std::string_view::npos;
}

void appendUtf8(std::string &out, uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::optional<uint32_t> hex4(std::string_view s, size_t i)
{
    if (i + 4 > s.size())
        return std::nullopt;
    uint32_t value = 0;
    for (size_t k = i; k < i + 4; ++k) {
        const char c = s[k];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + uint32_t(digit);
    }
    return value;
}

} // namespace

std::optional<std::string_view> rawMember(std::string_view object, std::string_view key)
{
    size_t i = skipSpace(object, 0);
    if (i >= object.size() || object[i] != '{')
        return std::nullopt;
    for (i = skipSpace(object, i + 1); i < object.size() && object[i] == '"';) {
        const size_t keyEnd = stringEnd(object, i);
        if (keyEnd == std::string_view::npos)
            return std::nullopt;
        const std::string_view name = object.substr(i + 1, keyEnd - i - 2);
        i = skipSpace(object, keyEnd);
        if (i >= object.size() || object[i] != ':')
            return std::nullopt;
        i = skipSpace(object, i + 1);
        const size_t end = valueEnd(object, i);
        if (end == std::string_view::npos)
            return std::nullopt;
        if (name == key) // keys sink.file writes never need escapes
            return object.substr(i, end - i);
        i = skipSpace(object, end);
        if (i < object.size() && object[i] == ',')
            i = skipSpace(object, i + 1);
    }
    return std::nullopt;
}

std::optional<std::string> decodeJsonBytes(std::string_view literal)
{
    if (literal.size() < 2 || literal.front() != '"' || literal.back() != '"')
        return std::nullopt;
    std::string out;
    for (size_t i = 1; i + 1 < literal.size(); ++i) {
        if (literal[i] != '\\') {
            out += literal[i];
            continue;
        }
        const char c = ++i + 1 < literal.size() ? literal[i] : '\0';
        switch (c) {
        case '"': case '\\': case '/': out += c; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            std::optional<uint32_t> cp = hex4(literal, i + 1);
            if (!cp)
                return std::nullopt;
            i += 4;
            if (*cp >= 0x80 && *cp <= 0xFF) { // a byte of invalid UTF-8
                out += char(*cp);
                break;
            }
            if (*cp >= 0xD800 && *cp <= 0xDBFF && literal.substr(i + 1, 2) == "\\u") {
                if (const auto low = hex4(literal, i + 3); low && *low >= 0xDC00 && *low <= 0xDFFF) {
                    cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
                    i += 6;
                }
            }
            appendUtf8(out, *cp);
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

} // namespace weir
