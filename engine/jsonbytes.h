#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace weir {

// Reading back the exact bytes sink.file wrote (rowjson.h): valid UTF-8 is written as is and
// each byte of invalid UTF-8 as \u00XX (XX >= 80), so such an escape decodes to that byte
// again, not to the character U+00XX.

// The raw text of a top-level member's value in one JSON object text, e.g. "\"a\\u00ff\""
// for key "value"; nullopt when the object has no such member or is not well formed.
std::optional<std::string_view> rawMember(std::string_view object, std::string_view key);

// The bytes of a JSON string literal (quotes included); nullopt when it is none.
std::optional<std::string> decodeJsonBytes(std::string_view literal);

} // namespace weir
