#include "zipfsampler.h"

#include <algorithm>

namespace weir {

namespace {

// log(1 + x) / x, accurate near 0.
double logRatio(double x)
{
    if (std::abs(x) > 1e-8)
        return std::log1p(x) / x;
    return 1 - x * (0.5 - x * (1.0 / 3.0 - 0.25 * x));
}

// (exp(x) - 1) / x, accurate near 0.
double expRatio(double x)
{
    if (std::abs(x) > 1e-8)
        return std::expm1(x) / x;
    return 1 + x * 0.5 * (1 + x * (1.0 / 3.0) * (1 + 0.25 * x));
}

} // namespace

ZipfSampler::ZipfSampler(uint64_t n, double s, Method method)
    : m_n(std::max<uint64_t>(n, 1))
    , m_s(std::max(s, 0.0))
{
    if (m_s == 0.0)
        return;
    m_hIntegralX1 = hIntegral(1.5) - 1.0;
    m_hIntegralN = hIntegral(double(m_n) + 0.5);
    m_squeeze = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2.0));
    if (method == Method::AliasTable || (method == Method::Auto && m_n <= kTableLimit))
        buildAliasTable();
}

// Vose's construction: every column holds its own rank with some probability and
// one other rank ("alias") with the rest, so that all columns weigh 1 / n.
void ZipfSampler::buildAliasTable()
{
    std::vector<double> weights(m_n);
    double total = 0;
    for (uint64_t k = 1; k <= m_n; ++k)
        total += weights[k - 1] = h(double(k));
    std::vector<uint32_t> small;
    std::vector<uint32_t> large;
    for (uint32_t i = 0; i < m_n; ++i) {
        weights[i] *= double(m_n) / total;
        (weights[i] < 1.0 ? small : large).push_back(i);
    }
    m_table.assign(m_n, AliasEntry {1.0f, 0});
    for (uint32_t i = 0; i < m_n; ++i)
        m_table[i].alias = i;
    while (!small.empty() && !large.empty()) {
        const uint32_t less = small.back();
        const uint32_t more = large.back();
        small.pop_back();
        m_table[less] = {float(weights[less]), more};
        weights[more] -= 1.0 - weights[less];
        if (weights[more] < 1.0) {
            large.pop_back();
            small.push_back(more);
        }
    }
}

// The integral of h from 1 to x, shifted: (x^(1-s) - 1) / (1 - s), or log(x) for s = 1.
double ZipfSampler::hIntegral(double x) const
{
    const double logX = std::log(x);
    return expRatio((1.0 - m_s) * logX) * logX;
}

double ZipfSampler::hIntegralInverse(double x) const
{
    double t = x * (1.0 - m_s);
    if (t < -1.0)
        t = -1.0;
    return std::exp(logRatio(t) * x);
}

} // namespace weir
