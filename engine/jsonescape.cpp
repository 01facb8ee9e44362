#include "jsonescape.h"

#include <cstring>

namespace weir {

namespace {

bool needsEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\';
}

// The escape of one byte that needs one; returns its length.
size_t escapeByte(unsigned char byte, char *out)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out[0] = '\\';
    if (byte >= 0x20) {
        out[1] = char(byte);
        return 2;
    }
    const char rest[] = {'u', '0', '0', kHex[byte >> 4], kHex[byte & 15]};
    std::memcpy(out + 1, rest, sizeof rest);
    return 6;
}

} // namespace

size_t jsonEscapedSize(std::string_view text)
{
    size_t size = text.size();
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (needsEscape(byte))
            size += byte < 0x20 ? 5 : 1;
    }
    return size;
}

char *writeJsonEscaped(char *out, std::string_view text)
{
    size_t runStart = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (!needsEscape(byte))
            continue;
        std::memcpy(out, text.data() + runStart, i - runStart);
        out += i - runStart;
        out += escapeByte(byte, out);
        runStart = i + 1;
    }
    std::memcpy(out, text.data() + runStart, text.size() - runStart);
    return out + (text.size() - runStart);
}

void appendJsonEscaped(std::string &out, std::string_view text)
{
    const size_t at = out.size();
    out.resize(at + jsonEscapedSize(text));
    writeJsonEscaped(out.data() + at, text);
}

} // namespace weir
