#pragma once

#include <optional>
#include <string>
#include <string_view>

// The lexical pieces of the Prometheus text format, for parsePrometheusText().
namespace weir {

bool isPromMetricName(std::string_view s); // [a-zA-Z_:][a-zA-Z0-9_:]*
bool isPromLabelName(std::string_view s); // [a-zA-Z_][a-zA-Z0-9_]*
// A sample value as Go's ParseFloat reads it for the format: decimal with an optional
// sign and exponent, NaN, [+-]Inf; nullopt for anything else (hex, trailing junk).
std::optional<double> parsePromFloat(std::string_view s);
std::string promQuoted(std::string_view s); // "s", for messages

// One line, read left to right; every problem is thrown as a PrometheusTextError with
// the line's number.
class PromLineReader
{
public:
    PromLineReader(std::string_view text, int line)
        : m_text(text)
        , m_line(line)
    {
    }

    [[noreturn]] void fail(const std::string &problem) const;
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skip() { ++m_pos; }
    void skipBlanks();
    // Up to the next blank or any of `stops`.
    std::string_view token(std::string_view stops = {});
    std::string_view rest() const { return atEnd() ? std::string_view {} : m_text.substr(m_pos); }
    // A label value after its opening quote, unescaped, up to and past the closing quote.
    std::string quotedValue(const std::string &label);
    // The rest of the line as HELP text, unescaped (\\ and \n).
    std::string helpText() const;

private:
    std::string_view m_text;
    size_t m_pos = 0;
    int m_line;
};

} // namespace weir
