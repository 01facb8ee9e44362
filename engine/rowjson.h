#pragma once

#include "batch.h"

#include <string>
#include <string_view>

namespace weir {

// Appends `text` as a JSON string literal (quotes included). Invalid UTF-8 bytes
// are written as \u00XX escapes of the byte, so the output is always valid JSON.
void appendJsonString(std::string &out, std::string_view text);

// Appends row `row` of `batch` as one JSON object: {"field":value,...}.
// Timestamps are epoch milliseconds; maps are inserted as the object text they hold.
void appendRowJson(std::string &out, const Batch &batch, size_t row);

} // namespace weir
