#include "usereventformatter.h"

#include "timestamp.h"

#include <cmath>
#include <cstring>

namespace weir {

namespace {

constexpr std::array<const char *, 3> kDevices {"mobile", "desktop", "tablet"};
constexpr std::array<int, 3> kDevicePercent {55, 38, 7};
constexpr std::array<const char *, 10> kCountries {"US", "DE", "GB", "IN", "BR",
                                                   "FR", "JP", "CA", "NL", "ES"};
constexpr std::array<int, 10> kCountryPercent {30, 12, 10, 10, 8, 8, 7, 6, 5, 4};
constexpr std::array<std::string_view, 5> kPages {"/", "/search", "/cart", "/checkout", "/account"};
constexpr uint64_t kProducts = 1000;

struct DigitPairs
{
    char text[200];
    constexpr DigitPairs()
        : text()
    {
        for (int i = 0; i < 100; ++i) {
            text[2 * i] = char('0' + i / 10);
            text[2 * i + 1] = char('0' + i % 10);
        }
    }
};
constexpr DigitPairs kDigitPairs;

struct HexPairs
{
    char text[512];
    constexpr HexPairs()
        : text()
    {
        constexpr char kHex[] = "0123456789abcdef";
        for (int i = 0; i < 256; ++i) {
            text[2 * i] = kHex[i >> 4];
            text[2 * i + 1] = kHex[i & 15];
        }
    }
};
constexpr HexPairs kHexPairs;

template<size_t N> char *put(char *out, const char (&text)[N])
{
    std::memcpy(out, text, N - 1);
    return out + N - 1;
}

char *put(char *out, std::string_view text)
{
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

char *putDecimal(char *out, uint64_t value)
{
    char buffer[20];
    char *end = buffer + sizeof buffer;
    char *p = end;
    while (value >= 100) {
        p -= 2;
        std::memcpy(p, kDigitPairs.text + 2 * (value % 100), 2);
        value /= 100;
    }
    if (value >= 10) {
        p -= 2;
        std::memcpy(p, kDigitPairs.text + 2 * value, 2);
    } else {
        *--p = char('0' + value);
    }
    return put(out, std::string_view(p, size_t(end - p)));
}

char *putHex64(char *out, uint64_t value)
{
    for (int byte = 7; byte >= 0; --byte) {
        std::memcpy(out, kHexPairs.text + 2 * ((value >> (8 * byte)) & 0xff), 2);
        out += 2;
    }
    return out;
}

std::string jsonLiteral(const std::string &text)
{
    return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

template<size_t N>
void fillPercentTable(std::array<uint8_t, 100> &table, const std::array<int, N> &percents)
{
    size_t at = 0;
    for (size_t i = 0; i < N; ++i) {
        for (int k = 0; k < percents[i]; ++k)
            table[at++] = uint8_t(i);
    }
}

} // namespace

UserEventFormatter::UserEventFormatter(const GeneratorParams &params, int64_t startMs)
    : m_params(params)
    , m_startMs(startMs)
    , m_rng(params.seed)
    , m_zipf(params.users, params.zipf)
{
    buildFragments();
}

void UserEventFormatter::buildFragments()
{
    double total = 0;
    for (const EventTypeWeight &t : m_params.eventTypes)
        total += t.weight;
    double cumulative = 0;
    size_t longestType = 0;
    for (const EventTypeWeight &t : m_params.eventTypes) {
        cumulative += t.weight;
        m_typeCumulative.push_back(cumulative / total);
        m_typeNames.push_back(jsonLiteral(t.name));
        m_typeFragments.push_back("\",\"event_type\":" + m_typeNames.back() + ",\"timestamp\":\"");
        longestType = std::max(longestType, m_typeFragments.back().size());
    }
    m_typeCumulative.back() = 2.0; // a draw in [0, 1) always finds a type
    size_t longestTail = 0;
    for (size_t d = 0; d < kDevices.size(); ++d) {
        for (size_t c = 0; c < kCountries.size(); ++c) {
            std::string &tail = m_tails[d * kCountries.size() + c];
            tail = std::string("\",\"device\":\"") + kDevices[d] + "\",\"country\":\""
                + kCountries[c] + "\"}}";
            longestTail = std::max(longestTail, tail.size());
        }
    }
    fillPercentTable(m_deviceOfPercent, kDevicePercent);
    fillPercentTable(m_countryOfPercent, kCountryPercent);
    // event_id, user_id, timestamp and page parts, with room to spare.
    m_maxLength = 13 + 16 + 18 + 20 + longestType + 24 + 24 + 32 + longestTail + 64;
}

size_t UserEventFormatter::writeUserId(uint64_t user, char *out)
{
    return size_t(putDecimal(put(out, "user_"), user) - out);
}

size_t UserEventFormatter::format(uint64_t index, char *out, uint64_t &user)
{
    const double category = m_rng.unit(index, CategorySlot);
    if (category < m_params.malformed)
        return writeMalformed(drawEvent(index, 0), out, user);
    const Event e = drawEvent(index, shiftBackMs(index, category));
    user = e.user;
    return writeObject(e, out, true, true);
}

int64_t UserEventFormatter::shiftBackMs(uint64_t index, double category) const
{
    const double lateEnd = m_params.malformed + m_params.late;
    if (category < lateEnd) {
        const uint64_t spread = uint64_t(m_params.latenessMs / 2) + 1;
        return m_params.latenessMs
            + int64_t(CounterRng::below(m_rng.bits(index, ShiftSlot), spread));
    }
    if (category < lateEnd + m_params.outOfOrder) {
        const uint64_t spread = uint64_t(m_params.disorderMs) + 1;
        return int64_t(CounterRng::below(m_rng.bits(index, ShiftSlot), spread));
    }
    return 0;
}

UserEventFormatter::Event UserEventFormatter::drawEvent(uint64_t index, int64_t shiftBackMs) const
{
    Event e;
    e.index = index;
    uint64_t slot = ZipfSlot;
    e.user = m_zipf.sample([&] { return m_rng.unit(index, slot++); });
    const double t = m_rng.unit(index, TypeSlot);
    e.type = 0;
    while (t >= m_typeCumulative[e.type])
        ++e.type;
    const double offsetMs = std::floor(double(index) * 1000.0 / m_params.timeRate);
    e.timestampMs = m_startMs + int64_t(offsetMs) - shiftBackMs;
    return e;
}

size_t UserEventFormatter::writeObject(const Event &e, char *out, bool withUser,
                                       bool validTimestamp)
{
    char *p = put(out, "{\"event_id\":\"");
    p = putHex64(p, m_rng.uniqueId(e.index));
    if (withUser)
        p = putDecimal(put(p, "\",\"user_id\":\"user_"), e.user);
    p = put(p, m_typeFragments[e.type]);
    p = validTimestamp ? writeTimestamp(e.timestampMs, p) : put(p, "not-a-time");
    p = writePage(e.index, put(p, "\",\"properties\":{\"page\":\""));
    const size_t device
        = m_deviceOfPercent[CounterRng::below(m_rng.bits(e.index, DeviceSlot), 100)];
    const size_t country
        = m_countryOfPercent[CounterRng::below(m_rng.bits(e.index, CountrySlot), 100)];
    p = put(p, m_tails[device * kCountries.size() + country]);
    return size_t(p - out);
}

size_t UserEventFormatter::writeArray(const Event &e, char *out)
{
    char *p = putHex64(put(out, "[\""), m_rng.uniqueId(e.index));
    p = putDecimal(put(p, "\",\"user_"), e.user);
    p = put(put(p, "\","), m_typeNames[e.type]);
    p = put(writeTimestamp(e.timestampMs, put(p, ",\"")), "\"]");
    return size_t(p - out);
}

size_t UserEventFormatter::writeMalformed(const Event &e, char *out, uint64_t &user)
{
    const uint64_t detail = m_rng.bits(e.index, FlawDetailSlot);
    const auto flaw = Flaw(CounterRng::below(m_rng.bits(e.index, FlawSlot), size_t(Flaw::Count)));
    user = flaw == Flaw::MissingUser ? 0 : e.user;
    switch (flaw) {
    case Flaw::Truncated: {
        const size_t length = writeObject(e, out, true, true);
        return 1 + CounterRng::below(detail, length - 1); // a proper prefix: never valid JSON
    }
    case Flaw::BadTimestamp:
        return writeObject(e, out, true, false);
    case Flaw::MissingUser:
        return writeObject(e, out, false, true);
    case Flaw::Garbage:
        return writeGarbage(e.index, out);
    case Flaw::Array:
    case Flaw::Count:
        break;
    }
    return writeArray(e, out);
}

// 8 to 48 bytes that cannot start a JSON text (the first has its high bit set),
// with no line breaks and no NUL bytes.
size_t UserEventFormatter::writeGarbage(uint64_t index, char *out) const
{
    const uint64_t detail = m_rng.bits(index, FlawDetailSlot);
    const size_t length = 8 + CounterRng::below(detail, 41);
    for (size_t k = 0; k < length; ++k) {
        uint8_t byte = uint8_t(CounterRng::mix(detail + k + 1));
        if (k == 0)
            byte |= 0x80;
        if (byte == '\n' || byte == '\r' || byte == 0)
            byte = '#';
        out[k] = char(byte);
    }
    return length;
}

char *UserEventFormatter::writeTimestamp(int64_t ms, char *out)
{
    int64_t second = ms / 1000;
    int64_t millis = ms % 1000;
    if (millis < 0) {
        --second;
        millis += 1000;
    }
    if (second != m_cachedSecond) {
        char full[kTimestampTextCapacity];
        formatTimestampMs(second * 1000, full);
        std::memcpy(m_cachedPrefix, full, sizeof m_cachedPrefix);
        m_cachedSecond = second;
    }
    std::memcpy(out, m_cachedPrefix, sizeof m_cachedPrefix);
    out += sizeof m_cachedPrefix;
    out[0] = char('0' + millis / 100);
    std::memcpy(out + 1, kDigitPairs.text + 2 * (millis % 100), 2);
    out[3] = 'Z';
    return out + 4;
}

char *UserEventFormatter::writePage(uint64_t index, char *out) const
{
    const uint64_t bits = m_rng.bits(index, PageSlot);
    const uint64_t choice = CounterRng::below(bits, 2 * kPages.size());
    if (choice >= kPages.size())
        return put(out, kPages[choice - kPages.size()]);
    const uint64_t product = 1 + ((bits & 0xffffffffu) * kProducts >> 32);
    return putDecimal(put(out, "/products/"), product);
}

} // namespace weir
