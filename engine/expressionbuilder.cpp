#include "expressionbuilder.h"

#include "spelling.h"
#include "timestamp.h"

namespace weir {

namespace {

bool isNumeric(ValueType t)
{
    return t == ValueType::Int || t == ValueType::Double || t == ValueType::Timestamp;
}

bool isIntegral(ValueType t)
{
    return t == ValueType::Int || t == ValueType::Timestamp;
}

bool isStringLiteral(const Operand &operand)
{
    return operand.literal && operand.literal->kind == TokenKind::String;
}

ValueType valueTypeOf(FieldType type)
{
    switch (type) {
    case FieldType::Int:
        return ValueType::Int;
    case FieldType::Double:
        return ValueType::Double;
    case FieldType::Bool:
        return ValueType::Bool;
    case FieldType::Timestamp:
        return ValueType::Timestamp;
    case FieldType::String:
    case FieldType::Map:
        return ValueType::String;
    }
    return ValueType::String;
}

std::string describeType(ValueType type)
{
    switch (type) {
    case ValueType::Bool:
        return "a condition";
    case ValueType::Int:
    case ValueType::Double:
        return "a number";
    case ValueType::String:
        return "a string";
    case ValueType::Timestamp:
        return "a timestamp";
    case ValueType::Null:
        return "null";
    }
    return "a value";
}

Operand computed(ExpressionPtr expr)
{
    Operand operand;
    operand.description = describeType(expr->type());
    operand.expr = std::move(expr);
    return operand;
}

// Turns a quoted ISO-8601 literal compared with a timestamp into epoch milliseconds.
void convertToTimestamp(Operand &operand)
{
    const auto ms = parseTimestampMs(operand.literal->text);
    if (!ms) {
        throwExpressionError(operand.position(),
                             "'" + operand.literal->text
                                 + "' is not an ISO-8601 timestamp (like '2026-11-25T15:42:17Z')");
    }
    operand.expr = LiteralNode::makeInt(*ms, ValueType::Timestamp, operand.position());
}

std::optional<CompareKind> compareKind(ValueType a, ValueType b)
{
    if (isIntegral(a) && isIntegral(b))
        return CompareKind::Int;
    if (isNumeric(a) && isNumeric(b))
        return CompareKind::Double;
    if (a == ValueType::String && b == ValueType::String)
        return CompareKind::String;
    if (a == ValueType::Bool && b == ValueType::Bool)
        return CompareKind::Bool;
    return std::nullopt;
}

[[noreturn]] void throwMismatch(size_t position, const Operand &a, const Operand &b)
{
    std::string message = "cannot compare " + a.description + " with " + b.description;
    const bool textAndNumber = (a.type() == ValueType::String && b.literal && isNumeric(b.type()))
        || (b.type() == ValueType::String && a.literal && isNumeric(a.type()));
    if (textAndNumber)
        message += " (quote the number to compare text)";
    throwExpressionError(position, message);
}

void requireCondition(Operand &operand)
{
    if (operand.type() == ValueType::Null)
        operand.expr = LiteralNode::makeNull(ValueType::Bool, operand.position());
    if (operand.type() != ValueType::Bool) {
        throwExpressionError(operand.position(),
                             "expected a condition (true or false), got " + operand.description);
    }
}

void requireNumber(const Operand &operand)
{
    if (!isNumeric(operand.type()) && operand.type() != ValueType::Null)
        throwExpressionError(operand.position(), "expected a number, got " + operand.description);
}

ValueType arithmeticType(ArithmeticOp op, ValueType a, ValueType b)
{
    if (op == ArithmeticOp::Divide || a == ValueType::Double || b == ValueType::Double)
        return ValueType::Double;
    const bool timeA = a == ValueType::Timestamp;
    const bool timeB = b == ValueType::Timestamp;
    if ((op == ArithmeticOp::Add && timeA != timeB)
        || (op == ArithmeticOp::Subtract && timeA && !timeB))
        return ValueType::Timestamp; // shifting a time by milliseconds
    return ValueType::Int;
}

} // namespace

void throwExpressionError(size_t position, std::string message)
{
    throw ExpressionError {position, std::move(message)};
}

Operand ExpressionBuilder::field(const ExpressionToken &token) const
{
    const int index = m_schema.indexOf(token.text);
    if (index < 0) {
        std::vector<std::string> names;
        for (const Field &f : m_schema.fields())
            names.push_back(f.name);
        throwExpressionError(token.position,
                             "unknown field '" + token.text + "'" + didYouMean(token.text, names));
    }
    const Field &f = m_schema.at(size_t(index));
    Operand operand;
    operand.expr = std::make_unique<FieldNode>(size_t(index), valueTypeOf(f.type), token.position);
    operand.description = std::string(fieldTypeName(f.type)) + " field '" + f.name + "'";
    if (f.type == FieldType::Map)
        operand.description = "map field '" + f.name + "'";
    return operand;
}

Operand ExpressionBuilder::literal(const ExpressionToken &token, bool negative) const
{
    Operand operand;
    operand.literal = &token;
    operand.negativeLiteral = negative;
    const std::string sign = negative ? "-" : "";
    switch (token.kind) {
    case TokenKind::Integer:
        operand.expr = LiteralNode::makeInt(negative ? -token.intValue : token.intValue,
                                            ValueType::Int, token.position);
        operand.description = "the number " + sign + std::string(token.source);
        break;
    case TokenKind::Double:
        operand.expr = LiteralNode::makeDouble(negative ? -token.doubleValue : token.doubleValue,
                                               token.position);
        operand.description = "the number " + sign + std::string(token.source);
        break;
    case TokenKind::String:
        operand.expr = LiteralNode::makeString(token.text, token.position);
        operand.description = "the string '" + token.text + "'";
        break;
    case TokenKind::True:
    case TokenKind::False:
        operand.expr = LiteralNode::makeBool(token.kind == TokenKind::True, token.position);
        operand.description = token.kind == TokenKind::True ? "true" : "false";
        break;
    default:
        operand.expr = LiteralNode::makeNull(ValueType::Null, token.position);
        operand.description = "null";
        break;
    }
    return operand;
}

Operand ExpressionBuilder::comparison(CompareOp op, size_t opPosition, Operand lhs,
                                      Operand rhs) const
{
    const size_t position = lhs.position();
    if (lhs.type() == ValueType::Null || rhs.type() == ValueType::Null)
        return computed(LiteralNode::makeNull(ValueType::Bool, position)); // never true
    if (lhs.type() == ValueType::Timestamp && isStringLiteral(rhs))
        convertToTimestamp(rhs);
    if (rhs.type() == ValueType::Timestamp && isStringLiteral(lhs))
        convertToTimestamp(lhs);
    const auto kind = compareKind(lhs.type(), rhs.type());
    if (!kind)
        throwMismatch(opPosition, lhs, rhs);
    return computed(std::make_unique<CompareNode>(op, *kind, std::move(lhs.expr),
                                                  std::move(rhs.expr), position));
}

Operand ExpressionBuilder::inList(Operand operand, std::vector<Operand> items, bool negated) const
{
    const size_t position = operand.position();
    if (operand.type() == ValueType::Null)
        return computed(LiteralNode::makeNull(ValueType::Bool, position));
    InListValues values;
    std::optional<CompareKind> kind;
    for (Operand &item : items) {
        if (item.type() == ValueType::Null) {
            values.hasNull = true;
            continue;
        }
        if (operand.type() == ValueType::Timestamp && isStringLiteral(item))
            convertToTimestamp(item);
        const auto itemKind = compareKind(operand.type(), item.type());
        if (!itemKind)
            throwMismatch(item.position(), operand, item);
        if (!kind || *itemKind == CompareKind::Double)
            kind = *itemKind;
    }
    if (!kind) // only nulls listed: never true, never false
        return computed(LiteralNode::makeNull(ValueType::Bool, position));
    for (const Operand &item : items) {
        const auto *node = static_cast<const LiteralNode *>(item.expr.get());
        if (node->isNull())
            continue;
        values.ints.push_back(node->intValue());
        values.doubles.push_back(node->doubleValue());
        if (item.type() == ValueType::String)
            values.strings.push_back(node->stringValue());
        if (item.type() == ValueType::Bool)
            (node->boolValue() ? values.trueListed : values.falseListed) = true;
    }
    auto node = std::make_unique<InListNode>(std::move(operand.expr), *kind, std::move(values),
                                             negated, position);
    return computed(std::move(node));
}

Operand ExpressionBuilder::isNull(Operand operand, bool negated) const
{
    const size_t position = operand.position();
    return computed(std::make_unique<IsNullNode>(std::move(operand.expr), negated, position));
}

Operand ExpressionBuilder::logic(LogicOp op, Operand lhs, Operand rhs) const
{
    requireCondition(lhs);
    requireCondition(rhs);
    const size_t position = lhs.position();
    return computed(
        std::make_unique<LogicNode>(op, std::move(lhs.expr), std::move(rhs.expr), position));
}

Operand ExpressionBuilder::negation(size_t position, Operand operand) const
{
    requireCondition(operand);
    return computed(std::make_unique<NotNode>(std::move(operand.expr), position));
}

Operand ExpressionBuilder::arithmetic(ArithmeticOp op, Operand lhs, Operand rhs) const
{
    requireNumber(lhs);
    requireNumber(rhs);
    const size_t position = lhs.position();
    const ValueType type = arithmeticType(op, lhs.type(), rhs.type());
    if (lhs.type() == ValueType::Null || rhs.type() == ValueType::Null)
        return computed(LiteralNode::makeNull(type, position));
    return computed(std::make_unique<ArithmeticNode>(op, type, std::move(lhs.expr),
                                                     std::move(rhs.expr), position));
}

Operand ExpressionBuilder::minus(size_t position, Operand operand) const
{
    requireNumber(operand);
    if (operand.type() == ValueType::Null)
        return computed(LiteralNode::makeNull(ValueType::Int, position));
    return computed(std::make_unique<NegateNode>(std::move(operand.expr), position));
}

} // namespace weir
