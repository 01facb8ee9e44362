#include "spelling.h"

#include <algorithm>
#include <cctype>

namespace weir {

namespace {

char lower(char c)
{
    return char(std::tolower(static_cast<unsigned char>(c)));
}

// Levenshtein distance, case-insensitive, with one row of memory.
size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t substitute = diagonal + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
        }
    }
    return row[b.size()];
}

} // namespace

std::string didYouMean(std::string_view word, const std::vector<std::string> &candidates)
{
    const size_t limit = word.size() < 3 ? 1 : word.size() < 9 ? 2 : 3;
    const std::string *best = nullptr;
    size_t bestDistance = limit + 1;
    for (const std::string &candidate : candidates) {
        const size_t distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = &candidate;
            bestDistance = distance;
        }
    }
    return best ? " (did you mean '" + *best + "'?)" : std::string();
}

std::string joinNames(const std::vector<std::string> &names, std::string_view separator)
{
    std::string text;
    for (const std::string &name : names) {
        if (!text.empty())
            text += separator;
        text += name;
    }
    return text;
}

} // namespace weir
