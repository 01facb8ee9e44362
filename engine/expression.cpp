#include "expression.h"

#include "expressionbuilder.h"

#include <algorithm>
#include <optional>

namespace weir {

namespace {

std::optional<CompareOp> compareOpOf(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Equal:
        return CompareOp::Equal;
    case TokenKind::NotEqual:
        return CompareOp::NotEqual;
    case TokenKind::Less:
        return CompareOp::Less;
    case TokenKind::LessEqual:
        return CompareOp::LessEqual;
    case TokenKind::Greater:
        return CompareOp::Greater;
    case TokenKind::GreaterEqual:
        return CompareOp::GreaterEqual;
    default:
        return std::nullopt;
    }
}

// Recursive descent, lowest precedence first:
//   or := and (or and)*            and := not (and not)*        not := 'not' not | predicate
//   predicate := sum [compare sum | ['not'] 'in' '(' literals ')' | 'is' ['not'] 'null']
//   sum := product (('+'|'-') product)*   product := unary (('*'|'/') unary)*
//   unary := '-' unary | primary          primary := literal | field | '(' or ')'
class Parser
{
public:
    Parser(std::vector<ExpressionToken> tokens, const Schema &schema)
        : m_tokens(std::move(tokens))
        , m_builder(schema)
    {
    }

    ExpressionPtr parse()
    {
        if (peek().kind == TokenKind::End)
            throwExpressionError(0, "empty expression");
        Operand result = parseOr();
        if (compareOpOf(peek().kind))
            throwExpressionError(peek().position,
                                 "comparisons cannot be chained; combine them with 'and'");
        if (peek().kind != TokenKind::End)
            throwExpressionError(peek().position, "unexpected " + describeToken(peek()));
        return std::move(result.expr);
    }

private:
    const ExpressionToken &peek(size_t ahead = 0) const
    {
        return m_tokens[std::min(m_next + ahead, m_tokens.size() - 1)];
    }

    const ExpressionToken &take() { return m_tokens[m_next++]; }

    bool accept(TokenKind kind)
    {
        if (peek().kind != kind)
            return false;
        ++m_next;
        return true;
    }

    void expect(TokenKind kind, const std::string &what)
    {
        if (!accept(kind))
            throwExpressionError(peek().position,
                                 "expected " + what + ", found " + describeToken(peek()));
    }

    Operand parseOr()
    {
        Operand lhs = parseAnd();
        while (accept(TokenKind::Or))
            lhs = m_builder.logic(LogicOp::Or, std::move(lhs), parseAnd());
        return lhs;
    }

    Operand parseAnd()
    {
        Operand lhs = parseNot();
        while (accept(TokenKind::And))
            lhs = m_builder.logic(LogicOp::And, std::move(lhs), parseNot());
        return lhs;
    }

    Operand parseNot()
    {
        if (peek().kind == TokenKind::Not) {
            const size_t position = take().position;
            return m_builder.negation(position, parseNot());
        }
        return parsePredicate();
    }

    Operand parsePredicate()
    {
        Operand lhs = parseSum();
        if (const auto op = compareOpOf(peek().kind)) {
            const size_t opPosition = take().position;
            return m_builder.comparison(*op, opPosition, std::move(lhs), parseSum());
        }
        if (peek().kind == TokenKind::Not && peek(1).kind == TokenKind::In) {
            m_next += 2;
            return parseInList(std::move(lhs), true);
        }
        if (accept(TokenKind::In))
            return parseInList(std::move(lhs), false);
        if (accept(TokenKind::Is)) {
            const bool negated = accept(TokenKind::Not);
            expect(TokenKind::Null, negated ? "'null' after 'is not'" : "'null' after 'is'");
            return m_builder.isNull(std::move(lhs), negated);
        }
        return lhs;
    }

    Operand parseInList(Operand operand, bool negated)
    {
        expect(TokenKind::LeftParen, "'(' to start the list");
        std::vector<Operand> items;
        do {
            items.push_back(parseListItem());
        } while (accept(TokenKind::Comma));
        expect(TokenKind::RightParen, "',' or ')' in the list");
        return m_builder.inList(std::move(operand), std::move(items), negated);
    }

    Operand parseListItem()
    {
        const bool negative = accept(TokenKind::Minus);
        const ExpressionToken &token = peek();
        const bool number = token.kind == TokenKind::Integer || token.kind == TokenKind::Double;
        const bool other = token.kind == TokenKind::String || token.kind == TokenKind::True
            || token.kind == TokenKind::False || token.kind == TokenKind::Null;
        if (!number && !(other && !negative)) {
            throwExpressionError(token.position,
                                 std::string("expected ")
                                     + (negative ? "a number" : "a literal value")
                                     + " in the list, found " + describeToken(token));
        }
        return m_builder.literal(take(), negative);
    }

    Operand parseSum()
    {
        Operand lhs = parseProduct();
        while (peek().kind == TokenKind::Plus || peek().kind == TokenKind::Minus) {
            const auto op
                = take().kind == TokenKind::Plus ? ArithmeticOp::Add : ArithmeticOp::Subtract;
            lhs = m_builder.arithmetic(op, std::move(lhs), parseProduct());
        }
        return lhs;
    }

    Operand parseProduct()
    {
        Operand lhs = parseUnary();
        while (peek().kind == TokenKind::Star || peek().kind == TokenKind::Slash) {
            const auto op
                = take().kind == TokenKind::Star ? ArithmeticOp::Multiply : ArithmeticOp::Divide;
            lhs = m_builder.arithmetic(op, std::move(lhs), parseUnary());
        }
        return lhs;
    }

    Operand parseUnary()
    {
        if (peek().kind == TokenKind::Plus) {
            take();
            return parseUnary();
        }
        if (peek().kind != TokenKind::Minus)
            return parsePrimary();
        const size_t position = take().position;
        const TokenKind next = peek().kind;
        if (next == TokenKind::Integer || next == TokenKind::Double)
            return m_builder.literal(take(), true); // a negative number literal
        return m_builder.minus(position, parseUnary());
    }

    Operand parsePrimary()
    {
        const ExpressionToken &token = peek();
        switch (token.kind) {
        case TokenKind::Integer:
        case TokenKind::Double:
        case TokenKind::String:
        case TokenKind::True:
        case TokenKind::False:
        case TokenKind::Null:
            return m_builder.literal(take());
        case TokenKind::Identifier:
            return m_builder.field(take());
        case TokenKind::LeftParen: {
            take();
            Operand inner = parseOr();
            expect(TokenKind::RightParen, "')'");
            return inner;
        }
        default:
            throwExpressionError(token.position, "expected a value, found " + describeToken(token));
        }
    }

    std::vector<ExpressionToken> m_tokens;
    size_t m_next = 0;
    ExpressionBuilder m_builder;
};

} // namespace

std::string_view valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Bool:
        return "bool";
    case ValueType::Int:
        return "int";
    case ValueType::Double:
        return "double";
    case ValueType::String:
        return "string";
    case ValueType::Timestamp:
        return "timestamp";
    case ValueType::Null:
        return "null";
    }
    return "unknown";
}

std::variant<std::unique_ptr<Expression>, ExpressionError> parseExpression(std::string_view text,
                                                                           const Schema &schema)
{
    std::vector<ExpressionToken> tokens;
    if (auto error = tokenizeExpression(text, tokens))
        return *error;
    try {
        return Parser(std::move(tokens), schema).parse();
    } catch (ExpressionError &error) {
        return std::move(error);
    }
}

} // namespace weir
