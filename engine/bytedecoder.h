#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace weir {

// Reads what ByteEncoder wrote. Reading past the end or a malformed varint sets
// failed(); every read then returns zero, so callers check once at the end.
class ByteDecoder
{
public:
    explicit ByteDecoder(std::string_view in)
        : m_in(in)
    {
    }

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_in.size(); }
    size_t remaining() const { return m_in.size() - m_pos; }
    void fail() { m_failed = true; }

    uint8_t u8() { return need(1) ? uint8_t(m_in[m_pos++]) : 0; }
    uint64_t u64()
    {
        if (!need(8))
            return 0;
        uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= uint64_t(uint8_t(m_in[m_pos + i])) << (8 * i);
        m_pos += 8;
        return v;
    }
    int64_t i64() { return int64_t(u64()); }
    double f64() { return std::bit_cast<double>(u64()); }
    uint64_t varint()
    {
        uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!need(1))
                return 0;
            const uint8_t byte = uint8_t(m_in[m_pos++]);
            v |= uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        m_failed = true;
        return 0;
    }
    int64_t svarint()
    {
        const uint64_t v = varint();
        return int64_t(v >> 1) ^ -int64_t(v & 1);
    }
    std::string_view bytes()
    {
        const uint64_t size = varint();
        return raw(size);
    }
    std::string_view raw(uint64_t size)
    {
        if (!need(size))
            return {};
        const std::string_view v = m_in.substr(m_pos, size);
        m_pos += size;
        return v;
    }

private:
    bool need(uint64_t size)
    {
        if (m_failed || size > m_in.size() - m_pos) {
            m_failed = true;
            return false;
        }
        return true;
    }

    std::string_view m_in;
    size_t m_pos = 0;
    bool m_failed = false;
};

} // namespace weir
