#pragma once

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

namespace weir {

// Appends values to a byte string: fixed-width little-endian integers, LEB128 varints
// and length-prefixed bytes. ByteDecoder reads them back. Used for operator state.
class ByteEncoder
{
public:
    explicit ByteEncoder(std::string &out)
        : m_out(out)
    {
    }

    void u8(uint8_t v) { m_out.push_back(char(v)); }
    void u64(uint64_t v)
    {
        for (int i = 0; i < 8; ++i)
            m_out.push_back(char(uint8_t(v >> (8 * i))));
    }
    void i64(int64_t v) { u64(uint64_t(v)); }
    void f64(double v) { u64(std::bit_cast<uint64_t>(v)); }
    void varint(uint64_t v)
    {
        while (v >= 0x80) {
            m_out.push_back(char(uint8_t(v) | 0x80));
            v >>= 7;
        }
        m_out.push_back(char(uint8_t(v)));
    }
    // Signed varint, zigzag-encoded so small negative numbers stay short.
    void svarint(int64_t v) { varint((uint64_t(v) << 1) ^ uint64_t(v >> 63)); }
    void bytes(std::string_view v)
    {
        varint(v.size());
        m_out.append(v);
    }
    void raw(const void *data, size_t size) { m_out.append(static_cast<const char *>(data), size); }

private:
    std::string &m_out;
};

} // namespace weir
