#include "groupkeycodec.h"

#include <bit>
#include <cstring>

namespace weir {

namespace {

constexpr uint64_t kSignBit = uint64_t(1) << 63;

void putBigEndian(std::string &key, uint64_t v)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        key.push_back(char(uint8_t(v >> shift)));
}

uint64_t orderedDoubleBits(double v)
{
    if (v == 0)
        v = 0;
    uint64_t bits = v != v ? 0x7ff8000000000000ull : std::bit_cast<uint64_t>(v);
    return (bits & kSignBit) ? ~bits : bits ^ kSignBit;
}

double doubleFromOrderedBits(uint64_t bits)
{
    return std::bit_cast<double>((bits & kSignBit) ? bits ^ kSignBit : ~bits);
}

void putText(std::string &key, std::string_view text)
{
    for (char c : text) {
        key.push_back(c);
        if (c == '\0')
            key.push_back(char(0xff));
    }
    key.push_back('\0');
    key.push_back('\0');
}

class KeyReader
{
public:
    explicit KeyReader(std::string_view key)
        : m_key(key)
    {
    }
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_key.size(); }

    uint8_t byte()
    {
        if (m_pos >= m_key.size()) {
            m_failed = true;
            return 0;
        }
        return uint8_t(m_key[m_pos++]);
    }
    uint64_t bigEndian()
    {
        uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | byte();
        return v;
    }
    // The text of an escaped string; stored in `arena` only when it had escapes.
    std::string_view text(StringArena &arena)
    {
        const size_t begin = m_pos;
        size_t escapes = 0;
        while (true) {
            const uint8_t c = byte();
            if (m_failed)
                return {};
            if (c != 0)
                continue;
            const uint8_t next = byte();
            if (next == 0)
                break;
            if (next != 0xff) {
                m_failed = true;
                return {};
            }
            ++escapes;
        }
        const std::string_view raw = m_key.substr(begin, m_pos - 2 - begin);
        if (escapes == 0)
            return arena.store(raw);
        char *out = arena.allocate(raw.size() - escapes);
        size_t n = 0;
        for (size_t i = 0; i < raw.size(); ++i) {
            out[n++] = raw[i];
            if (raw[i] == '\0')
                ++i; // skip the 0xff
        }
        return {out, n};
    }

private:
    std::string_view m_key;
    size_t m_pos = 0;
    bool m_failed = false;
};

} // namespace

GroupKeyCodec::GroupKeyCodec(std::vector<int> fields, std::vector<FieldType> types)
    : m_fields(std::move(fields))
    , m_types(std::move(types))
{
}

void GroupKeyCodec::encode(const Batch &batch, size_t row, std::string &key) const
{
    key.clear();
    for (size_t f = 0; f < m_fields.size(); ++f) {
        const Column &column = batch.columns[size_t(m_fields[f])];
        if (column.isNull(row)) {
            key.push_back('\0');
            continue;
        }
        key.push_back('\1');
        if (isIntegral(m_types[f]))
            putBigEndian(key, uint64_t(column.ints[row]) ^ kSignBit);
        else if (m_types[f] == FieldType::Double)
            putBigEndian(key, orderedDoubleBits(column.doubles[row]));
        else
            putText(key, column.strings[row]);
    }
}

bool GroupKeyCodec::decode(std::string_view key, Batch &out, size_t firstColumn) const
{
    KeyReader reader(key);
    for (size_t f = 0; f < m_fields.size(); ++f) {
        Column &column = out.columns[firstColumn + f];
        const uint8_t present = reader.byte();
        if (present == 0) {
            column.appendNull();
            continue;
        }
        if (present != 1)
            return false;
        if (isIntegral(m_types[f]))
            column.ints.push_back(int64_t(reader.bigEndian() ^ kSignBit));
        else if (m_types[f] == FieldType::Double)
            column.doubles.push_back(doubleFromOrderedBits(reader.bigEndian()));
        else
            column.strings.push_back(reader.text(out.strings()));
        if (!column.nulls.empty())
            column.nulls.push_back(0);
    }
    return !reader.failed() && reader.atEnd();
}

} // namespace weir
