#include "stringarena.h"

#include <algorithm>
#include <cstring>

namespace weir {

char *StringArena::allocate(size_t size)
{
    if (size > m_left) {
        const size_t chunk = std::max(m_chunkSize, size);
        m_chunks.push_back(std::make_unique<char[]>(chunk));
        m_cursor = m_chunks.back().get();
        m_left = chunk;
    }
    char *out = m_cursor;
    m_cursor += size;
    m_left -= size;
    m_total += size;
    return out;
}

std::string_view StringArena::store(std::string_view text)
{
    if (text.empty())
        return {};
    char *out = allocate(text.size());
    std::memcpy(out, text.data(), text.size());
    return {out, text.size()};
}

} // namespace weir
