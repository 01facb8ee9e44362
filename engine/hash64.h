#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace weir {

// A fast 64-bit hash of bytes in the style of wyhash (final4): 128-bit multiply-and-fold
// rounds over 16- or 48-byte blocks. Good avalanche in every output bit, so HyperLogLog
// can take its register index from the top bits and hash sets their slot from the low bits.
// Values of integer fields are hashed by value with hashInt64, not through their bytes.
class Hash64
{
public:
    static constexpr uint64_t kSecret0 = 0xa0761d6478bd642full;
    static constexpr uint64_t kSecret1 = 0xe7037ed1a0b428dbull;
    static constexpr uint64_t kSecret2 = 0x8ebc6af09c88c6e3ull;
    static constexpr uint64_t kSecret3 = 0x589965cc75374cc3ull;

    static uint64_t bytes(const void *data, size_t length, uint64_t seed = 0)
    {
        const auto *p = static_cast<const uint8_t *>(data);
        seed ^= fold(seed ^ kSecret0, kSecret1);
        uint64_t a = 0;
        uint64_t b = 0;
        if (length <= 16) {
            if (length >= 4) {
                const size_t mid = (length >> 3) << 2;
                a = (read32(p) << 32) | read32(p + mid);
                b = (read32(p + length - 4) << 32) | read32(p + length - 4 - mid);
            } else if (length > 0) {
                a = (uint64_t(p[0]) << 16) | (uint64_t(p[length >> 1]) << 8) | p[length - 1];
            }
        } else {
            size_t left = length;
            if (left > 48) {
                uint64_t lane1 = seed;
                uint64_t lane2 = seed;
                do {
                    seed = fold(read64(p) ^ kSecret1, read64(p + 8) ^ seed);
                    lane1 = fold(read64(p + 16) ^ kSecret2, read64(p + 24) ^ lane1);
                    lane2 = fold(read64(p + 32) ^ kSecret3, read64(p + 40) ^ lane2);
                    p += 48;
                    left -= 48;
                } while (left > 48);
                seed ^= lane1 ^ lane2;
            }
            while (left > 16) {
                seed = fold(read64(p) ^ kSecret1, read64(p + 8) ^ seed);
                p += 16;
                left -= 16;
            }
            a = read64(p + left - 16);
            b = read64(p + left - 8);
        }
        a ^= kSecret1;
        b ^= seed;
        multiply(a, b);
        return fold(a ^ kSecret0 ^ length, b ^ kSecret1);
    }

    static uint64_t text(std::string_view s, uint64_t seed = 0)
    {
        return bytes(s.data(), s.size(), seed);
    }

    static uint64_t int64(int64_t value)
    {
        uint64_t a = uint64_t(value) ^ kSecret0;
        uint64_t b = kSecret1 ^ kSecret2;
        multiply(a, b);
        return fold(a ^ kSecret0, b ^ kSecret1);
    }

    // Equal doubles hash alike: -0.0 as 0.0, every NaN as one NaN.
    static uint64_t real(double value)
    {
        if (value == 0)
            value = 0;
        if (value != value)
            return int64(int64_t(0x7ff8000000000000ull));
        return int64(std::bit_cast<int64_t>(value));
    }

private:
    static void multiply(uint64_t &a, uint64_t &b)
    {
        const __uint128_t r = static_cast<__uint128_t>(a) * b;
        a = uint64_t(r);
        b = uint64_t(r >> 64);
    }
    static uint64_t fold(uint64_t a, uint64_t b)
    {
        multiply(a, b);
        return a ^ b;
    }
    static uint64_t read64(const uint8_t *p)
    {
        uint64_t v;
        std::memcpy(&v, p, 8);
        return v;
    }
    static uint64_t read32(const uint8_t *p)
    {
        uint32_t v;
        std::memcpy(&v, p, 4);
        return v;
    }
};

} // namespace weir
