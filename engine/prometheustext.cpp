#include "prometheustext.h"

#include "prometheuslinereader.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>
#include <set>

namespace weir {

namespace {

const char *const kTypes[] = {"counter", "gauge", "histogram", "summary", "untyped"};

class Parser
{
public:
    void line(std::string_view text, int number);
    PromExposition take() { return std::move(m_result); }

private:
    void comment(PromLineReader &r);
    void help(PromLineReader &r, const std::string &name);
    void type(PromLineReader &r, const std::string &name);
    void sample(PromLineReader &r);
    void labels(PromLineReader &r, PromSample &s);
    void checkFamilyLabels(const PromLineReader &r, const PromSample &s) const;
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
    PromLineReader r(text, number);
    r.skipBlanks();
    if (r.atEnd())
        return;
    if (r.peek() == '#')
        comment(r);
    else
        sample(r);
}

void Parser::comment(PromLineReader &r)
{
    r.skip();
    r.skipBlanks();
    const std::string_view keyword = r.token();
    if (keyword != "HELP" && keyword != "TYPE")
        return; // an ordinary comment
    r.skipBlanks();
    const std::string name(r.token());
    if (name.empty())
        return; // "# HELP" alone is a comment to Prometheus too
    if (!isPromMetricName(name))
        r.fail(promQuoted(name) + " is not a valid metric name");
    r.skipBlanks();
    if (r.atEnd())
        return; // likewise "# TYPE name" without a type, "# HELP name" without text
    if (keyword == "HELP")
        help(r, name);
    else
        type(r, name);
}

void Parser::help(PromLineReader &r, const std::string &name)
{
    if (!m_helped.insert(name).second)
        r.fail("second HELP for " + promQuoted(name));
    family(name).help = r.helpText();
}

void Parser::type(PromLineReader &r, const std::string &name)
{
    const std::string type(r.token());
    r.skipBlanks();
    if (!r.atEnd())
        r.fail("unexpected " + promQuoted(r.rest()) + " after the TYPE of " + promQuoted(name));
    if (std::find(std::begin(kTypes), std::end(kTypes), type) == std::end(kTypes))
        r.fail("unknown metric type " + promQuoted(type) + " for " + promQuoted(name));
    if (!m_typed.insert(name).second)
        r.fail("second TYPE for " + promQuoted(name));
    const bool withSuffixes = type == "histogram" || type == "summary";
    for (const char *suffix : {"", "_bucket", "_sum", "_count"}) {
        if ((*suffix == '\0' || withSuffixes) && m_sampleNames.count(name + suffix))
            r.fail("TYPE for " + promQuoted(name) + " after its samples");
    }
    family(name).type = type;
}

void Parser::sample(PromLineReader &r)
{
    PromSample s;
    s.name = r.token("{");
    if (!isPromMetricName(s.name))
        r.fail(promQuoted(s.name) + " is not a valid metric name");
    r.skipBlanks();
    if (r.peek() == '{') {
        r.skip();
        labels(r, s);
    }
    r.skipBlanks();
    const std::string_view value = r.token();
    if (value.empty())
        r.fail("missing value for " + promQuoted(s.name));
    const std::optional<double> v = parsePromFloat(value);
    if (!v)
        r.fail(promQuoted(value) + " is not a number");
    s.value = *v;
    r.skipBlanks();
    const std::string_view timestamp = r.token();
    if (!timestamp.empty()) {
        int64_t ms = 0;
        const auto [end, ec]
            = std::from_chars(timestamp.data(), timestamp.data() + timestamp.size(), ms);
        if (ec != std::errc {} || end != timestamp.data() + timestamp.size())
            r.fail(promQuoted(timestamp) + " is not a timestamp (integer milliseconds)");
        s.timestampMs = ms;
    }
    r.skipBlanks();
    if (!r.atEnd())
        r.fail("unexpected " + promQuoted(r.rest()) + " after the sample of " + promQuoted(s.name));
    checkFamilyLabels(r, s);
    m_sampleNames.insert(s.name);
    m_result.samples.push_back(std::move(s));
}

void Parser::labels(PromLineReader &r, PromSample &s)
{
    for (;;) {
        r.skipBlanks();
        if (r.atEnd())
            r.fail("unterminated label set of " + promQuoted(s.name));
        if (r.peek() == '}') {
            r.skip();
            return;
        }
        const std::string name(r.token("=,}\""));
        if (!isPromLabelName(name))
            r.fail(promQuoted(name) + " is not a valid label name");
        for (const auto &[existing, value] : s.labels)
            if (existing == name)
                r.fail("duplicate label " + promQuoted(name));
        r.skipBlanks();
        if (r.peek() != '=')
            r.fail("expected \"=\" after label name " + promQuoted(name));
        r.skip();
        r.skipBlanks();
        if (r.peek() != '"')
            r.fail("label value for " + promQuoted(name) + " is not quoted");
        r.skip();
        s.labels.emplace_back(name, r.quotedValue(name));
        r.skipBlanks();
        if (r.atEnd())
            r.fail("unterminated label set of " + promQuoted(s.name));
        if (r.peek() == ',')
            r.skip();
        else if (r.peek() != '}')
            r.fail("expected \",\" or \"}\" after the value of label " + promQuoted(name));
    }
}

// Histogram buckets need `le`, summary quantiles `quantile`, both numbers.
void Parser::checkFamilyLabels(const PromLineReader &r, const PromSample &s) const
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
        r.fail(promQuoted(s.name) + " has no " + promQuoted(label) + " label");
    if (!parsePromFloat(it->second))
        r.fail(promQuoted(label) + " label of " + promQuoted(s.name) + ": " + promQuoted(it->second)
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
    return s.size() >= suffix.size()
        && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
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
