#include "timestamp.h"

namespace weir {

namespace {

constexpr int64_t kMsPerDay = 86400000;

// Reads exactly `count` decimal digits at `pos`.
bool readDigits(std::string_view text, size_t &pos, size_t count, int &value)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    pos += count;
    return true;
}

bool accept(std::string_view text, size_t &pos, char c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

// "[.,]digits": milliseconds from the first three digits, the rest cut off.
bool readFraction(std::string_view text, size_t &pos, int &ms)
{
    if (!accept(text, pos, '.') && !accept(text, pos, ','))
        return true;
    const size_t start = pos;
    int value = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (pos - start < 3)
            value = value * 10 + (text[pos] - '0');
        ++pos;
    }
    const size_t count = pos - start;
    if (count == 0)
        return false;
    for (size_t i = count; i < 3; ++i)
        value *= 10;
    ms = value;
    return true;
}

// "", "Z", "+hh:mm", "+hhmm", "+hh" (or '-'): the offset east of UTC in minutes.
bool readOffset(std::string_view text, size_t &pos, int &minutes)
{
    minutes = 0;
    if (pos == text.size())
        return true;
    if (accept(text, pos, 'Z') || accept(text, pos, 'z'))
        return pos == text.size();
    const char sign = text[pos];
    if (sign != '+' && sign != '-')
        return false;
    ++pos;
    int hours = 0;
    int mins = 0;
    if (!readDigits(text, pos, 2, hours) || hours > 23)
        return false;
    if (pos < text.size()) {
        accept(text, pos, ':');
        if (!readDigits(text, pos, 2, mins) || mins > 59)
            return false;
    }
    minutes = (sign == '-' ? -1 : 1) * (hours * 60 + mins);
    return pos == text.size();
}

// "hh:mm[:ss[.fff]]" after the date: milliseconds into the day.
bool readTime(std::string_view text, size_t &pos, int64_t &msOfDay)
{
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    int millis = 0;
    if (!readDigits(text, pos, 2, hours) || !accept(text, pos, ':')
        || !readDigits(text, pos, 2, minutes))
        return false;
    if (accept(text, pos, ':')) {
        if (!readDigits(text, pos, 2, seconds) || !readFraction(text, pos, millis))
            return false;
    }
    if (hours > 23 || minutes > 59 || seconds > 59)
        return false;
    msOfDay = ((hours * 60 + minutes) * 60 + seconds) * int64_t(1000) + millis;
    return true;
}

char *writeDigits(char *out, uint64_t value, int minDigits)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n < minDigits)
        digits[n++] = '0';
    while (n > 0)
        *out++ = digits[--n];
    return out;
}

struct Date
{
    int64_t year;
    unsigned month; // 1..12
    unsigned day; // 1..31
};

bool isLeapYear(int64_t year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

unsigned daysInMonth(int64_t year, unsigned month)
{
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's
// civil calendar algorithms).
int64_t daysFromDate(int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const int64_t yearOfEra = year - era * 400;
    const int64_t dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

Date dateFromDays(int64_t days)
{
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t dayOfEra = days - era * 146097;
    const int64_t yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int64_t monthIndex = (5 * dayOfYear + 2) / 153;
    const auto day = unsigned(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const auto month = unsigned(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    return {yearOfEra + era * 400 + (month <= 2), month, day};
}

} // namespace

std::optional<int64_t> parseTimestampMs(std::string_view text)
{
    size_t pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!readDigits(text, pos, 4, year) || !accept(text, pos, '-')
        || !readDigits(text, pos, 2, month) || !accept(text, pos, '-')
        || !readDigits(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)))
        return std::nullopt;
    const int64_t midnight = daysFromDate(year, unsigned(month), unsigned(day)) * kMsPerDay;
    if (pos == text.size())
        return midnight;
    if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ')
        return std::nullopt;
    ++pos;
    int64_t msOfDay = 0;
    int offsetMinutes = 0;
    if (!readTime(text, pos, msOfDay) || !readOffset(text, pos, offsetMinutes))
        return std::nullopt;
    return midnight + msOfDay - int64_t(offsetMinutes) * 60000;
}

size_t formatTimestampMs(int64_t ms, char *out)
{
    int64_t days = ms / kMsPerDay;
    int64_t msOfDay = ms % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    const Date date = dateFromDays(days);
    char *p = out;
    if (date.year < 0)
        *p++ = '-';
    p = writeDigits(p, uint64_t(date.year < 0 ? -date.year : date.year), 4);
    *p++ = '-';
    p = writeDigits(p, date.month, 2);
    *p++ = '-';
    p = writeDigits(p, date.day, 2);
    *p++ = 'T';
    p = writeDigits(p, uint64_t(msOfDay / 3600000), 2);
    *p++ = ':';
    p = writeDigits(p, uint64_t(msOfDay / 60000 % 60), 2);
    *p++ = ':';
    p = writeDigits(p, uint64_t(msOfDay / 1000 % 60), 2);
    *p++ = '.';
    p = writeDigits(p, uint64_t(msOfDay % 1000), 3);
    *p++ = 'Z';
    return size_t(p - out);
}

std::string formatTimestampMs(int64_t ms)
{
    char buffer[kTimestampTextCapacity];
    return std::string(buffer, formatTimestampMs(ms, buffer));
}

} // namespace weir
