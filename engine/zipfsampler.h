#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace weir {

// Samples ranks k in [1, n] with P(k) proportional to 1 / k^s in O(1) time: up to
// kTableLimit ranks with Walker's alias table (one lookup), beyond that with
// rejection-inversion (Hörmann & Derflinger, 1996), which needs no memory. s = 0
// is the uniform distribution. Randomness comes from the caller, uniform [0, 1)
// values (one per attempt), so sampling has no state and is deterministic.
class ZipfSampler
{
public:
    static constexpr uint64_t kTableLimit = uint64_t(1) << 20; // 8 MiB of table
    enum class Method { Auto, AliasTable, RejectionInversion };

    ZipfSampler(uint64_t n, double s, Method method = Method::Auto);

    uint64_t size() const { return m_n; }
    double exponent() const { return m_s; }

    // `uniform()` returns values in [0, 1); usually one call, rarely more.
    template<typename Uniform> uint64_t sample(Uniform &&uniform) const
    {
        if (m_s == 0.0)
            return 1 + std::min<uint64_t>(m_n - 1, uint64_t(uniform() * double(m_n)));
        if (!m_table.empty()) {
            const double scaled = uniform() * double(m_n);
            const uint64_t column = std::min<uint64_t>(m_n - 1, uint64_t(scaled));
            const AliasEntry &entry = m_table[column];
            return 1 + (scaled - double(column) < entry.probability ? column : entry.alias);
        }
        for (;;) {
            const double u = m_hIntegralN + uniform() * (m_hIntegralX1 - m_hIntegralN);
            const double x = hIntegralInverse(u);
            double k = std::floor(x + 0.5);
            if (k < 1)
                k = 1;
            else if (k > double(m_n))
                k = double(m_n);
            if (k - x <= m_squeeze || u >= hIntegral(k + 0.5) - h(k))
                return uint64_t(k);
        }
    }

private:
    // Column i of the alias table: rank i + 1 with `probability`, else `alias` + 1.
    struct AliasEntry
    {
        float probability;
        uint32_t alias;
    };

    void buildAliasTable();
    double h(double x) const { return std::exp(-m_s * std::log(x)); }
    double hIntegral(double x) const;
    double hIntegralInverse(double x) const;

    uint64_t m_n;
    double m_s;
    double m_hIntegralX1 = 0;
    double m_hIntegralN = 0;
    double m_squeeze = 0;
    std::vector<AliasEntry> m_table;
};

} // namespace weir
