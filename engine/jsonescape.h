#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace weir {

// Escaping text for the inside of a JSON string: '"' and '\' get a backslash,
// control characters become \u00XX, everything else (UTF-8 included) stays.

// How many bytes `text` takes once escaped.
size_t jsonEscapedSize(std::string_view text);
// Writes `text` escaped (jsonEscapedSize(text) bytes) and returns the end.
char *writeJsonEscaped(char *out, std::string_view text);
void appendJsonEscaped(std::string &out, std::string_view text);

} // namespace weir
