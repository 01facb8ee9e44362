#include "samplecodec.h"

#include <bit>
#include <stdexcept>

namespace weir {

std::string encodeSampleValues(const std::vector<std::pair<int64_t, double>> &values)
{
    std::string data;
    data.reserve(values.size() * 10);
    for (const auto &[id, value] : values) {
        auto v = uint64_t(id);
        do {
            data += char((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
            v >>= 7;
        } while (v);
        const auto bits = std::bit_cast<uint64_t>(value);
        for (int i = 0; i < 8; ++i)
            data += char((bits >> (8 * i)) & 0xff);
    }
    return data;
}

void decodeSampleValues(std::string_view data, std::vector<std::pair<int64_t, double>> &values)
{
    values.clear();
    size_t pos = 0;
    auto byte = [&]() -> uint64_t {
        if (pos >= data.size())
            throw std::runtime_error("a history sample's data ends early");
        return uint8_t(data[pos++]);
    };
    while (pos < data.size()) {
        uint64_t id = 0;
        for (int shift = 0;; shift += 7) {
            if (shift > 63)
                throw std::runtime_error("a history sample's series id is too long");
            const uint64_t b = byte();
            id |= (b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
        }
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= byte() << (8 * i);
        values.emplace_back(int64_t(id), std::bit_cast<double>(bits));
    }
}

} // namespace weir
