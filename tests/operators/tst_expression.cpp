#include "expression.h"
#include "expressioncases.h"

#include <QtTest>

using namespace weir;
using namespace weir::testing;

// The expression language: every valid case row by row against its oracle, on
// batches of several sizes; every invalid one with its position and message.
class tst_Expression : public QObject
{
    Q_OBJECT

private slots:
    void matchesOracle_data();
    void matchesOracle();
    void reportsErrors_data();
    void reportsErrors();
    void survivesRandomText();
};

namespace {

struct ErrorCase
{
    const char *text;
    size_t position;
    const char *message;
};

const std::vector<ErrorCase> &errorCases()
{
    static const std::vector<ErrorCase> cases {
        {"", 0, "empty expression"},
        {"   ", 0, "empty expression"},
        {"usr_id = 'a'", 0, "unknown field 'usr_id' (did you mean 'user_id'?)"},
        {"qty > 1 and evnt_type = 'x'", 12, "did you mean 'event_type'"},
        {"zzz = 1", 0, "unknown field 'zzz'"},
        {"user_id = 5", 8, "cannot compare string field 'user_id' with the number 5"},
        {"5 = user_id", 2, "cannot compare the number 5 with string field 'user_id'"},
        {"qty = 'abc'", 4, "cannot compare int field 'qty' with the string 'abc'"},
        {"ts > 'yesterday'", 5, "'yesterday' is not an ISO-8601 timestamp"},
        {"ts > user_id", 3, "cannot compare timestamp field 'ts' with string field 'user_id'"},
        {"active > 1", 7, "cannot compare bool field 'active' with the number 1"},
        {"props = 1", 6, "cannot compare map field 'props' with the number 1"},
        {"qty > ", 6, "expected a value, found end of expression"},
        {"(qty > 1", 8, "expected ')', found end of expression"},
        {"qty > 1)", 7, "unexpected ')'"},
        {"qty > 1 user_id", 8, "unexpected 'user_id'"},
        {"user_id = 'abc", 10, "unterminated string"},
        {"qty # 1", 4, "unexpected character '#'"},
        {"qty > 1 & active", 8, "did you mean '&&'"},
        {"qty > 1 | active", 8, "did you mean '||'"},
        {"qty in ()", 8, "expected a literal value in the list, found ')'"},
        {"qty in (1, 'a')", 11, "cannot compare int field 'qty' with the string 'a'"},
        {"qty in (1, score)", 11, "expected a literal value in the list"},
        {"qty in 1", 7, "expected '(' to start the list"},
        {"qty in (1 2)", 10, "expected ',' or ')' in the list"},
        {"ts in ('soon')", 7, "'soon' is not an ISO-8601 timestamp"},
        {"qty is 5", 7, "expected 'null' after 'is'"},
        {"qty is not 5", 11, "expected 'null' after 'is not'"},
        {"qty and active", 0, "expected a condition (true or false), got int field 'qty'"},
        {"active or 'x'", 10, "got the string 'x'"},
        {"not qty", 4, "expected a condition"},
        {"user_id + 1 > 2", 0, "expected a number, got string field 'user_id'"},
        {"-user_id > 1", 1, "expected a number, got string field 'user_id'"},
        {"qty * active > 1", 6, "expected a number, got bool field 'active'"},
        {"1 < qty < 3", 8, "comparisons cannot be chained"},
        {"qty > 1e999", 6, "number out of range"},
        {"qty > 1.2.3", 6, "malformed number"},
        {"qty > 12abc", 6, "malformed number"},
        {"qty>2AND amount>0", 4, "malformed number '2AND'"},
        {"`` = 1", 0, "empty field name"},
        {"`qty = 1", 0, "unterminated field name"},
        {"user_id = 'a\\q'", 12, "unknown escape '\\q'"},
        {"qty > 1 or", 10, "expected a value, found end of expression"},
        {"qty in (1, null) and x = 1", 21, "unknown field 'x'"},
        {"qty = = 1", 6, "expected a value, found '='"},
    };
    return cases;
}

// The rows an evaluated condition keeps, checking the promise that bools are 0 on nulls.
std::vector<Tri> evaluateRows(Expression &expression, const Batch &batch)
{
    const ValueVector v = expression.evaluate(batch);
    std::vector<Tri> out;
    for (size_t row = 0; row < batch.rows; ++row) {
        const size_t at = v.constant ? 0 : row;
        if (v.isNull(row)) {
            if (v.bools[at] != 0)
                return {};
            out.push_back(std::nullopt);
        } else {
            out.push_back(v.bools[at] != 0);
        }
    }
    return out;
}

} // namespace

void tst_Expression::matchesOracle_data()
{
    QTest::addColumn<int>("index");
    const auto &cases = validCases();
    for (size_t i = 0; i < cases.size(); ++i) {
        QTest::newRow(cases[i].text) << int(i);
    }
}

void tst_Expression::matchesOracle()
{
    QFETCH(int, index);
    const ValidCase &c = validCases()[size_t(index)];
    const SchemaPtr schema = testSchema();
    auto parsed = parseExpression(c.text, *schema);
    if (auto *error = std::get_if<ExpressionError>(&parsed))
        QFAIL(qPrintable(
            QString("position %1: %2").arg(error->position).arg(error->message.c_str())));
    auto &expression = *std::get<std::unique_ptr<Expression>>(parsed);
    QCOMPARE(expression.type(), ValueType::Bool);
    std::mt19937_64 rng(1000 + uint64_t(index));
    for (size_t size : {size_t(0), size_t(1), size_t(7), size_t(1000), size_t(64), size_t(2500)}) {
        const std::vector<Row> rows = randomRows(rng, size);
        const Batch batch = toBatch(rows);
        const std::vector<Tri> actual = evaluateRows(expression, batch);
        QCOMPARE(actual.size(), size);
        for (size_t row = 0; row < size; ++row) {
            const Tri expected = c.oracle(rows[row]);
            if (actual[row] != expected)
                QFAIL(
                    qPrintable(QString("row %1: expected %2, got %3")
                                   .arg(row)
                                   .arg(expected ? (*expected ? "true" : "false") : "null")
                                   .arg(actual[row] ? (*actual[row] ? "true" : "false") : "null")));
        }
    }
}

void tst_Expression::reportsErrors_data()
{
    QTest::addColumn<int>("index");
    const auto &cases = errorCases();
    for (size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(*cases[i].text ? cases[i].text : "(empty)") << int(i);
}

void tst_Expression::reportsErrors()
{
    QFETCH(int, index);
    const ErrorCase &c = errorCases()[size_t(index)];
    const auto parsed = parseExpression(c.text, *testSchema());
    const auto *error = std::get_if<ExpressionError>(&parsed);
    QVERIFY2(error, "the expression was accepted");
    QVERIFY2(error->message.find(c.message) != std::string::npos, error->message.c_str());
    QCOMPARE(error->position, c.position);
}

// Token soup: the parser either rejects it with a position inside the text or yields
// an expression that evaluates with consistent three-valued results.
void tst_Expression::survivesRandomText()
{
    const std::vector<std::string> pieces {
        "qty",   "amount", "user_id", "active", "ts",   "props", "score",
        "nope",  "`qty`",  "=",       "==",     "!=",   "<>",    "<",
        "<=",    ">",      ">=",      "and",    "or",   "not",   "&&",
        "||",    "!",      "in",      "is",     "null", "true",  "false",
        "(",     ")",      "(",       ")",      ",",    "+",     "-",
        "*",     "/",      "1",       "2.5",    "-3",   "'a'",   "'2026-11-25T15:42:17Z'",
        "\"x\"", "'",      "#",       "1e999",  " "};
    std::mt19937_64 rng(31337);
    const SchemaPtr schema = testSchema();
    const Batch batch = toBatch(randomRows(rng, 200));
    int parsed = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        for (int n = 1 + int(rng() % 9); n > 0; --n)
            text += pieces[rng() % pieces.size()] + (rng() % 3 ? " " : "");
        auto result = parseExpression(text, *schema);
        if (const auto *error = std::get_if<ExpressionError>(&result)) {
            QVERIFY2(error->position <= text.size(), text.c_str());
            QVERIFY2(!error->message.empty(), text.c_str());
            continue;
        }
        ++parsed;
        Expression &expression = *std::get<std::unique_ptr<Expression>>(result);
        const ValueVector values = expression.evaluate(batch);
        QCOMPARE(values.type, expression.type());
        if (values.type == ValueType::Bool)
            QVERIFY2(evaluateRows(expression, batch).size() == batch.rows, text.c_str());
    }
    QVERIFY(parsed > 500);
}

QTEST_GUILESS_MAIN(tst_Expression)
#include "tst_expression.moc"
