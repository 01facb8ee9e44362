#include "expressionlexer.h"

#include <array>
#include <cctype>
#include <charconv>
#include <utility>

namespace weir {

namespace {

bool isIdentifierStart(char c)
{
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_'
        || static_cast<unsigned char>(c) >= 0x80;
}

bool isIdentifierPart(char c)
{
    return isIdentifierStart(c) || std::isdigit(static_cast<unsigned char>(c));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    }
    return true;
}

TokenKind keywordOrIdentifier(std::string_view word)
{
    static constexpr std::array<std::pair<std::string_view, TokenKind>, 8> kKeywords {{
        {"and", TokenKind::And},
        {"or", TokenKind::Or},
        {"not", TokenKind::Not},
        {"in", TokenKind::In},
        {"is", TokenKind::Is},
        {"null", TokenKind::Null},
        {"true", TokenKind::True},
        {"false", TokenKind::False},
    }};
    for (const auto &[name, kind] : kKeywords) {
        if (equalsIgnoringCase(word, name))
            return kind;
    }
    return TokenKind::Identifier;
}

struct Symbol
{
    std::string_view text;
    TokenKind kind;
};

// Longest first, so "<=" wins over "<".
constexpr std::array<Symbol, 18> kSymbols {{
    {"==", TokenKind::Equal},
    {"!=", TokenKind::NotEqual},
    {"<>", TokenKind::NotEqual},
    {"<=", TokenKind::LessEqual},
    {">=", TokenKind::GreaterEqual},
    {"&&", TokenKind::And},
    {"||", TokenKind::Or},
    {"=", TokenKind::Equal},
    {"<", TokenKind::Less},
    {">", TokenKind::Greater},
    {"!", TokenKind::Not},
    {"(", TokenKind::LeftParen},
    {")", TokenKind::RightParen},
    {",", TokenKind::Comma},
    {"+", TokenKind::Plus},
    {"-", TokenKind::Minus},
    {"*", TokenKind::Star},
    {"/", TokenKind::Slash},
}};

class Lexer
{
public:
    explicit Lexer(std::string_view text)
        : m_text(text)
    {
    }

    std::optional<ExpressionError> run(std::vector<ExpressionToken> &tokens)
    {
        while (true) {
            while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
            ExpressionToken token;
            token.position = m_pos;
            if (m_pos == m_text.size()) {
                tokens.push_back(std::move(token));
                return std::nullopt;
            }
            if (auto error = lexToken(token))
                return error;
            token.source = m_text.substr(token.position, m_pos - token.position);
            tokens.push_back(std::move(token));
        }
    }

private:
    std::optional<ExpressionError> lexToken(ExpressionToken &token)
    {
        const char c = m_text[m_pos];
        if (c == '\'' || c == '"')
            return lexQuoted(token, TokenKind::String);
        if (c == '`')
            return lexQuoted(token, TokenKind::Identifier);
        if (isDigit(c) || (c == '.' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1])))
            return lexNumber(token);
        if (isIdentifierStart(c)) {
            const size_t start = m_pos;
            while (m_pos < m_text.size() && isIdentifierPart(m_text[m_pos]))
                ++m_pos;
            token.text = std::string(m_text.substr(start, m_pos - start));
            token.kind = keywordOrIdentifier(token.text);
            return std::nullopt;
        }
        for (const Symbol &symbol : kSymbols) {
            if (m_text.substr(m_pos).starts_with(symbol.text)) {
                token.kind = symbol.kind;
                m_pos += symbol.text.size();
                return std::nullopt;
            }
        }
        std::string message = "unexpected character '" + std::string(1, c) + "'";
        if (c == '&' || c == '|')
            message += std::string(" (did you mean '") + c + c + "'?)";
        return ExpressionError {m_pos, message};
    }

    // 'text', "text" or `name`: the quote doubled or a backslash escape stands for itself.
    std::optional<ExpressionError> lexQuoted(ExpressionToken &token, TokenKind kind)
    {
        const char quote = m_text[m_pos];
        const size_t start = m_pos++;
        token.kind = kind;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == quote) {
                if (m_pos < m_text.size() && m_text[m_pos] == quote) {
                    token.text += quote;
                    ++m_pos;
                    continue;
                }
                if (kind == TokenKind::Identifier && token.text.empty())
                    return ExpressionError {start, "empty field name"};
                return std::nullopt;
            }
            if (c == '\\') {
                if (auto error = lexEscape(token.text))
                    return error;
                continue;
            }
            token.text += c;
        }
        return ExpressionError {
            start, kind == TokenKind::String ? "unterminated string" : "unterminated field name"};
    }

    std::optional<ExpressionError> lexEscape(std::string &out)
    {
        if (m_pos == m_text.size())
            return ExpressionError {m_pos - 1, "unterminated string"};
        const char c = m_text[m_pos++];
        switch (c) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case '\\':
        case '\'':
        case '"':
        case '`':
            out += c;
            break;
        default:
            return ExpressionError {m_pos - 2, "unknown escape '\\" + std::string(1, c) + "'"};
        }
        return std::nullopt;
    }

    std::optional<ExpressionError> lexNumber(ExpressionToken &token)
    {
        const size_t start = m_pos;
        bool integral = true;
        auto digits = [&] {
            while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                ++m_pos;
        };
        digits();
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            integral = false;
            ++m_pos;
            digits();
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            integral = false;
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            const size_t exponentStart = m_pos;
            digits();
            if (m_pos == exponentStart)
                return ExpressionError {start, "malformed number"};
        }
        while (m_pos < m_text.size() && (isIdentifierPart(m_text[m_pos]) || m_text[m_pos] == '.'))
            ++m_pos;
        const char *first = m_text.data() + start;
        const char *last = m_text.data() + m_pos;
        if (integral) {
            auto [end, ec] = std::from_chars(first, last, token.intValue);
            if (end == last && ec == std::errc()) {
                token.kind = TokenKind::Integer;
                return std::nullopt;
            }
        }
        auto [end, ec] = std::from_chars(first, last, token.doubleValue);
        if (end == last && ec == std::errc::result_out_of_range)
            return ExpressionError {start,
                                    "number out of range '" + std::string(first, last) + "'"};
        if (end != last || ec != std::errc())
            return ExpressionError {start, "malformed number '" + std::string(first, last) + "'"};
        token.kind = TokenKind::Double;
        return std::nullopt;
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

} // namespace

std::optional<ExpressionError> tokenizeExpression(std::string_view text,
                                                  std::vector<ExpressionToken> &tokens)
{
    return Lexer(text).run(tokens);
}

std::string describeToken(const ExpressionToken &token)
{
    if (token.kind == TokenKind::End)
        return "end of expression";
    return "'" + std::string(token.source) + "'";
}

} // namespace weir
