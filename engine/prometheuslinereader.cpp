#include "prometheuslinereader.h"

#include "prometheustext.h"

#include <cctype>
#include <charconv>
#include <limits>

namespace weir {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsIgnoringCase(std::string_view a, std::string_view lowerCase)
{
    if (a.size() != lowerCase.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != lowerCase[i])
            return false;
    return true;
}

std::string escapeProblem(char escaped, const std::string &where)
{
    return "invalid escape \"\\" + std::string(1, escaped) + "\" in " + where;
}

} // namespace

bool isPromMetricName(std::string_view s)
{
    if (s.empty() || !(isLetter(s[0]) || s[0] == ':'))
        return false;
    for (char c : s)
        if (!(isLetter(c) || isDigit(c) || c == ':'))
            return false;
    return true;
}

bool isPromLabelName(std::string_view s)
{
    if (s.empty() || !isLetter(s[0]))
        return false;
    for (char c : s)
        if (!(isLetter(c) || isDigit(c)))
            return false;
    return true;
}

std::optional<double> parsePromFloat(std::string_view s)
{
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    if (equalsIgnoringCase(s, "inf") || equalsIgnoringCase(s, "infinity"))
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (equalsIgnoringCase(s, "nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (s.empty() || !(isDigit(s[0]) || s[0] == '.'))
        return std::nullopt;
    double v = 0; // from_chars: independent of the locale a Qt application sets
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc {} || end != s.data() + s.size())
        return std::nullopt;
    return negative ? -v : v;
}

std::string promQuoted(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

void PromLineReader::fail(const std::string &problem) const
{
    throw PrometheusTextError(m_line, problem);
}

void PromLineReader::skipBlanks()
{
    while (!atEnd() && isBlank(m_text[m_pos]))
        ++m_pos;
}

std::string_view PromLineReader::token(std::string_view stops)
{
    const size_t start = m_pos;
    while (!atEnd() && !isBlank(peek()) && stops.find(peek()) == std::string_view::npos)
        ++m_pos;
    return m_text.substr(start, m_pos - start);
}

std::string PromLineReader::quotedValue(const std::string &label)
{
    std::string value;
    while (!atEnd()) {
        const char c = m_text[m_pos++];
        if (c == '"')
            return value;
        if (c != '\\') {
            value += c;
            continue;
        }
        if (atEnd())
            break;
        const char e = m_text[m_pos++];
        if (e == '\\' || e == '"')
            value += e;
        else if (e == 'n')
            value += '\n';
        else
            fail(escapeProblem(e, "the value of label " + promQuoted(label)));
    }
    fail("unterminated label value for " + promQuoted(label));
}

std::string PromLineReader::helpText() const
{
    const std::string_view s = rest();
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 == s.size()) {
            out += s[i];
            continue;
        }
        const char e = s[++i];
        if (e == '\\')
            out += '\\';
        else if (e == 'n')
            out += '\n';
        else
            fail(escapeProblem(e, "HELP text"));
    }
    return out;
}

} // namespace weir
