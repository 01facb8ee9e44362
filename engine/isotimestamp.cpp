#include "isotimestamp.h"

namespace weir {

namespace {

constexpr int64_t kMsPerDay = 86400000;

int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

void writeDigits(char *out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

bool isLeapYear(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int64_t year, unsigned month)
{
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Reads exactly `width` digits at `pos`.
bool readDigits(std::string_view text, size_t &pos, int width, int &value)
{
    if (pos + size_t(width) > text.size())
        return false;
    value = 0;
    for (int i = 0; i < width; ++i) {
        const char c = text[pos + size_t(i)];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += size_t(width);
    return true;
}

bool readChar(std::string_view text, size_t &pos, char expected)
{
    if (pos >= text.size() || text[pos] != expected)
        return false;
    ++pos;
    return true;
}

// Fraction of a second after the '.', as milliseconds (digits beyond the third are cut).
bool readFractionMs(std::string_view text, size_t &pos, int &ms)
{
    const size_t start = pos;
    ms = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (pos - start < 3)
            ms = ms * 10 + (text[pos] - '0');
        ++pos;
    }
    const size_t digits = pos - start;
    for (size_t i = digits; i < 3; ++i)
        ms *= 10;
    return digits > 0;
}

// "Z", "+HH:MM", "+HHMM", "+HH" or nothing; the offset in minutes east of UTC.
bool readZone(std::string_view text, size_t &pos, int &offsetMinutes)
{
    offsetMinutes = 0;
    if (pos == text.size())
        return true;
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
        return true;
    }
    if (text[pos] != '+' && text[pos] != '-')
        return false;
    const int sign = text[pos++] == '-' ? -1 : 1;
    int hours = 0;
    int minutes = 0;
    if (!readDigits(text, pos, 2, hours) || hours > 23)
        return false;
    if (pos < text.size()) {
        readChar(text, pos, ':');
        if (!readDigits(text, pos, 2, minutes) || minutes > 59)
            return false;
    }
    offsetMinutes = sign * (hours * 60 + minutes);
    return true;
}

// "HH:MM[:SS[.fff]]" as milliseconds into the day.
bool readTimeOfDay(std::string_view text, size_t &pos, int64_t &msOfDay)
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    int ms = 0;
    if (!readDigits(text, pos, 2, hour) || !readChar(text, pos, ':')
        || !readDigits(text, pos, 2, minute))
        return false;
    if (readChar(text, pos, ':')) {
        if (!readDigits(text, pos, 2, second))
            return false;
        if ((readChar(text, pos, '.') || readChar(text, pos, ','))
            && !readFractionMs(text, pos, ms))
            return false;
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    msOfDay = ((hour * 60 + minute) * 60 + second) * int64_t(1000) + ms;
    return true;
}

} // namespace

int64_t daysFromCivil(int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const int64_t era = floorDiv(year, 400);
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

void civilFromDays(int64_t days, int64_t &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const int64_t era = floorDiv(days, 146097);
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = int64_t(yoe) + era * 400 + (month <= 2);
}

std::optional<int64_t> parseIsoTimestampMs(std::string_view text)
{
    size_t pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readDigits(text, pos, 4, year) || !readChar(text, pos, '-')
        || !readDigits(text, pos, 2, month) || !readChar(text, pos, '-')
        || !readDigits(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)))
        return std::nullopt;
    int64_t msOfDay = 0;
    int offsetMinutes = 0;
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ')
            return std::nullopt;
        ++pos;
        if (!readTimeOfDay(text, pos, msOfDay) || !readZone(text, pos, offsetMinutes))
            return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const int64_t days = daysFromCivil(year, unsigned(month), unsigned(day));
    return days * kMsPerDay + msOfDay - int64_t(offsetMinutes) * 60000;
}

void writeIsoTimestamp(int64_t epochMs, char *out)
{
    const int64_t days = floorDiv(epochMs, kMsPerDay);
    const int64_t msOfDay = epochMs - days * kMsPerDay;
    int64_t year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    const unsigned seconds = unsigned(msOfDay / 1000);
    writeDigits(out, unsigned(year < 0 ? 0 : year > 9999 ? 9999 : year), 4);
    out[4] = '-';
    writeDigits(out + 5, month, 2);
    out[7] = '-';
    writeDigits(out + 8, day, 2);
    out[10] = 'T';
    writeDigits(out + 11, seconds / 3600, 2);
    out[13] = ':';
    writeDigits(out + 14, seconds / 60 % 60, 2);
    out[16] = ':';
    writeDigits(out + 17, seconds % 60, 2);
    out[19] = '.';
    writeDigits(out + 20, unsigned(msOfDay % 1000), 3);
    out[23] = 'Z';
}

std::string formatIsoTimestamp(int64_t epochMs)
{
    std::string text(kIsoTimestampLength, '\0');
    writeIsoTimestamp(epochMs, text.data());
    return text;
}

} // namespace weir
