#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace weir {

// A bump allocator for the string bytes of one batch: copying a value in costs a
// memcpy, not an allocation, and everything is freed with the batch.
class StringArena
{
public:
    explicit StringArena(size_t chunkSize = 64 * 1024) : m_chunkSize(chunkSize) {}
    StringArena(const StringArena &) = delete;
    StringArena &operator=(const StringArena &) = delete;

    std::string_view store(std::string_view text);
    // Room for `size` bytes the caller fills in before the next call.
    char *allocate(size_t size);
    size_t bytesUsed() const { return m_total; }

private:
    size_t m_chunkSize;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    char *m_cursor = nullptr;
    size_t m_left = 0;
    size_t m_total = 0;
};

} // namespace weir
