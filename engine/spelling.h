#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace weir {

// " (did you mean 'rate'?)" when one candidate is a likely typo of `word`, else "".
// Close means a small edit distance relative to the word's length.
std::string didYouMean(std::string_view word, const std::vector<std::string> &candidates);

// "a, b, c": for messages listing what is allowed.
std::string joinNames(const std::vector<std::string> &names, std::string_view separator = ", ");

} // namespace weir
