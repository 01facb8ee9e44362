#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace weir {

// The blob a history row keeps for one MonitorSample: for each value its series id as
// a varint, then the double's 8 bytes little-endian (exact, NaN and infinities too).
std::string encodeSampleValues(const std::vector<std::pair<int64_t, double>> &values);
// Replaces `values` with the pairs in `data`; throws std::runtime_error on a torn blob.
void decodeSampleValues(std::string_view data, std::vector<std::pair<int64_t, double>> &values);

} // namespace weir
