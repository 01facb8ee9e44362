#pragma once

#include "expression.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

enum class TokenKind {
    End,
    Identifier, // a field name, plain or `back quoted`
    String, // 'text' or "text", unescaped in `text`
    Integer,
    Double,
    LeftParen,
    RightParen,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Equal, // = ==
    NotEqual, // != <>
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    And, // and &&
    Or, // or ||
    Not, // not !
    In,
    Is,
    Null,
    True,
    False,
};

struct ExpressionToken
{
    TokenKind kind = TokenKind::End;
    size_t position = 0;
    std::string_view source; // the token as written
    std::string text; // identifier name or unescaped string
    int64_t intValue = 0;
    double doubleValue = 0;
};

// Splits an expression into tokens, the last one End. Keywords are case-insensitive.
std::optional<ExpressionError> tokenizeExpression(std::string_view text,
                                                  std::vector<ExpressionToken> &tokens);

// How a token reads in an error message: 'abc', end of expression ...
std::string describeToken(const ExpressionToken &token);

} // namespace weir
