#include "prometheustext.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace weir {

namespace {

const char *const kTypes[] = {"counter", "gauge", "histogram", "summary", "untyped"};

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

bool isMetricName(std::string_view s)
{
    if (s.empty() || !(isLetter(s[0]) || s[0] == ':'))
        return false;
    for (char c : s)
        if (!(isLetter(c) || isDigit(c) || c == ':'))
            return false;
    return true;
}

bool isLabelName(std::string_view s)
{
    if (s.empty() || !isLetter(s[0]))
        return false;
    for (char c : s)
        if (!(isLetter(c) || isDigit(c)))
            return false;
    return true;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    return true;
}

// Go's ParseFloat as the format uses it: decimal with exponent, NaN, [+-]Inf.
std::optional<double> parseFloat(std::string_view s)
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
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size())
        return std::nullopt;
    return negative ? -v : v;
}

std::string quoted(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

// One line, read left to right; every problem is thrown with the line's number.
class LineReader
{
public:
    LineReader(std::string_view text, int line) : m_text(text), m_line(line) {}

    [[noreturn]] void fail(const std::string &problem) const
    {
        throw PrometheusTextError(m_line, problem);
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skip() { ++m_pos; }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_text[m_pos]))
            ++m_pos;
    }
    // Up to the next blank or any of `stops`.
    std::string_view token(std::string_view stops = {})
    {
        const size_t start = m_pos;
        while (!atEnd() && !isBlank(peek()) && stops.find(peek()) == std::string_view::npos)
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }
    std::string_view rest() const { return atEnd() ? std::string_view{} : m_text.substr(m_pos); }

    // A label value after its opening quote, up to and past the closing one.
    std::string quotedValue(const std::string &label)
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
                fail("invalid escape \"\\" + std::string(1, e) + "\" in the value of label "
                     + quoted(label));
        }
        fail("unterminated label value for " + quoted(label));
    }

private:
    std::string_view m_text;
    size_t m_pos = 0;
    int m_line;
};

std::string unescapeHelp(std::string_view s, const LineReader &reader)
{
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
            reader.fail("invalid escape \"\\" + std::string(1, e) + "\" in HELP text");
    }
    return out;
}

class Parser
{
public:
    void line(std::string_view text, int number);
    PromExposition take() { return std::move(m_result); }

private:
    void comment(LineReader &r);
    void help(LineReader &r, const std::string &name);
    void type(LineReader &r, const std::string &name);
    void sample(LineReader &r);
    void labels(LineReader &r, PromSample &s);
    void checkFamilyLabels(const LineReader &r, const PromSample &s) const;
    PromFamily &family(const std::string &name);
    const PromFamily *familyOf(const std::string &sampleName) const;

    PromExposition m_result;
    std::map<std::string, size_t> m_familyIndex;
    std::set<std::string> m_typed;
    std::set<std::string> m_helped;
    std::set<std::string> m_sampleNames;
};

void Parser::line(std::string_view text, int number)
{
    LineReader r(text, number);
    r.skipBlanks();
    if (r.atEnd())
        return;
    if (r.peek() == '#')
        comment(r);
    else
        sample(r);
}

void Parser::comment(LineReader &r)
{
    r.skip();
    r.skipBlanks();
    const std::string_view keyword = r.token();
    if (keyword != "HELP" && keyword != "TYPE")
        return; // an ordinary comment
    r.skipBlanks();
    const std::string name(r.token());
    if (name.empty())
        r.fail("# " + std::string(keyword) + " without a metric name");
    if (!isMetricName(name))
        r.fail(quoted(name) + " is not a valid metric name");
    r.skipBlanks();
    if (keyword == "HELP")
        help(r, name);
    else
        type(r, name);
}

void Parser::help(LineReader &r, const std::string &name)
{
    if (!m_helped.insert(name).second)
        r.fail("second HELP for " + quoted(name));
    family(name).help = unescapeHelp(r.rest(), r);
}

void Parser::type(LineReader &r, const std::string &name)
{
    const std::string type(r.token());
    r.skipBlanks();
    if (!r.atEnd())
        r.fail("unexpected " + quoted(r.rest()) + " after the TYPE of " + quoted(name));
    if (std::find(std::begin(kTypes), std::end(kTypes), type) == std::end(kTypes))
        r.fail("unknown metric type " + quoted(type) + " for " + quoted(name));
    if (!m_typed.insert(name).second)
        r.fail("second TYPE for " + quoted(name));
    const bool withSuffixes = type == "histogram" || type == "summary";
    for (const char *suffix : {"", "_bucket", "_sum", "_count"}) {
        if ((*suffix == '\0' || withSuffixes) && m_sampleNames.count(name + suffix))
            r.fail("TYPE for " + quoted(name) + " after its samples");
    }
    family(name).type = type;
}

void Parser::sample(LineReader &r)
{
    PromSample s;
    s.name = r.token("{");
    if (!isMetricName(s.name))
        r.fail(quoted(s.name) + " is not a valid metric name");
    r.skipBlanks();
    if (r.peek() == '{') {
        r.skip();
        labels(r, s);
    }
    r.skipBlanks();
    const std::string_view value = r.token();
    if (value.empty())
        r.fail("missing value for " + quoted(s.name));
    const std::optional<double> v = parseFloat(value);
    if (!v)
        r.fail(quoted(value) + " is not a number");
    s.value = *v;
    r.skipBlanks();
    const std::string_view timestamp = r.token();
    if (!timestamp.empty()) {
        int64_t ms = 0;
        const auto [end, ec] = std::from_chars(timestamp.data(),
                                               timestamp.data() + timestamp.size(), ms);
        if (ec != std::errc{} || end != timestamp.data() + timestamp.size())
            r.fail(quoted(timestamp) + " is not a timestamp (integer milliseconds)");
        s.timestampMs = ms;
    }
    r.skipBlanks();
    if (!r.atEnd())
        r.fail("unexpected " + quoted(r.rest()) + " after the sample of " + quoted(s.name));
    checkFamilyLabels(r, s);
    m_sampleNames.insert(s.name);
    m_result.samples.push_back(std::move(s));
}

void Parser::labels(LineReader &r, PromSample &s)
{
    for (;;) {
        r.skipBlanks();
        if (r.atEnd())
            r.fail("unterminated label set of " + quoted(s.name));
        if (r.peek() == '}') {
            r.skip();
            return;
        }
        const std::string name(r.token("=,}\""));
        if (!isLabelName(name))
            r.fail(quoted(name) + " is not a valid label name");
        for (const auto &[existing, value] : s.labels)
            if (existing == name)
                r.fail("duplicate label " + quoted(name));
        r.skipBlanks();
        if (r.peek() != '=')
            r.fail("expected \"=\" after label name " + quoted(name));
        r.skip();
        r.skipBlanks();
        if (r.peek() != '"')
            r.fail("label value for " + quoted(name) + " is not quoted");
        r.skip();
        s.labels.emplace_back(name, r.quotedValue(name));
        r.skipBlanks();
        if (r.atEnd())
            r.fail("unterminated label set of " + quoted(s.name));
        if (r.peek() == ',')
            r.skip();
        else if (r.peek() != '}')
            r.fail("expected \",\" or \"}\" after the value of label " + quoted(name));
    }
}

// Histogram buckets need `le`, summary quantiles `quantile`, both numbers.
void Parser::checkFamilyLabels(const LineReader &r, const PromSample &s) const
{
    const PromFamily *f = familyOf(s.name);
    const char *label = nullptr;
    if (f && f->type == "histogram" && s.name == f->name + "_bucket")
        label = "le";
    else if (f && f->type == "summary" && s.name == f->name)
        label = "quantile";
    if (!label)
        return;
    const auto it = std::find_if(s.labels.begin(), s.labels.end(),
                                 [&](const auto &l) { return l.first == label; });
    if (it == s.labels.end())
        r.fail(quoted(s.name) + " has no " + quoted(label) + " label");
    if (!parseFloat(it->second))
        r.fail(quoted(label) + " label of " + quoted(s.name) + ": " + quoted(it->second)
               + " is not a number");
}

PromFamily &Parser::family(const std::string &name)
{
    auto it = m_familyIndex.find(name);
    if (it == m_familyIndex.end()) {
        it = m_familyIndex.emplace(name, m_result.families.size()).first;
        m_result.families.push_back({name, "untyped", {}});
    }
    return m_result.families[it->second];
}

const PromFamily *Parser::familyOf(const std::string &sampleName) const
{
    return m_result.familyOf(sampleName);
}

bool endsWith(const std::string &s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

PrometheusTextError::PrometheusTextError(int line, const std::string &problem)
    : std::runtime_error("line " + std::to_string(line) + ": " + problem)
    , m_line(line)
    , m_problem(problem)
{
}

std::string PromSample::label(const std::string &labelName) const
{
    for (const auto &[name, value] : labels)
        if (name == labelName)
            return value;
    return {};
}

const PromFamily *PromExposition::family(const std::string &name) const
{
    for (const PromFamily &f : families)
        if (f.name == name)
            return &f;
    return nullptr;
}

const PromFamily *PromExposition::familyOf(const std::string &sampleName) const
{
    if (const PromFamily *f = family(sampleName))
        return f;
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        if (!endsWith(sampleName, suffix))
            continue;
        const PromFamily *f = family(sampleName.substr(0, sampleName.size() - strlen(suffix)));
        const bool bucket = std::string_view(suffix) == "_bucket";
        if (f && (f->type == "histogram" || (f->type == "summary" && !bucket)))
            return f;
    }
    return nullptr;
}

PromExposition parsePrometheusText(std::string_view text)
{
    Parser parser;
    int number = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        parser.line(line, ++number);
        start = end + 1;
    }
    return parser.take();
}

} // namespace weir
