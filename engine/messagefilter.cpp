#include "messagefilter.h"

#include "batch.h"
#include "pipeline.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace weir {

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

bool containsFolded(std::string_view haystack, const std::string &needle)
{
    const auto it = std::search(
        haystack.begin(), haystack.end(), needle.begin(), needle.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

std::string headersJson(const KafkaMessage &m)
{
    Json object = Json::object();
    for (const KafkaHeader &h : m.headers)
        object[h.name] = h.value ? Json(*h.value) : Json();
    return object.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void setNull(Column &column, size_t row, size_t rows)
{
    column.nulls.resize(rows, 0);
    column.nulls[row] = 1;
}

// The page as a batch of messageSchema(); the strings view `page` and `headers`.
Batch pageBatch(const std::vector<KafkaMessage> &page, const std::vector<std::string> &headers)
{
    Batch batch = Batch::withSchema(MessageFilter::messageSchema(), page.size());
    const size_t rows = page.size();
    for (size_t i = 0; i < rows; ++i) {
        const KafkaMessage &m = page[i];
        batch.columns[0].ints.push_back(m.partition);
        batch.columns[1].ints.push_back(m.offset);
        batch.columns[2].ints.push_back(m.timestampMs < 0 ? 0 : m.timestampMs);
        if (m.timestampMs < 0)
            setNull(batch.columns[2], i, rows);
        batch.columns[3].strings.push_back(m.key ? std::string_view(*m.key) : std::string_view());
        if (!m.key)
            setNull(batch.columns[3], i, rows);
        batch.columns[4].strings.push_back(m.value);
        batch.columns[5].strings.push_back(headers[i]);
    }
    batch.rows = rows;
    return batch;
}

} // namespace

SchemaPtr MessageFilter::messageSchema()
{
    static const SchemaPtr schema = makeSchema({{"partition", FieldType::Int},
                                                {"offset", FieldType::Int},
                                                {"timestamp", FieldType::Timestamp},
                                                {"key", FieldType::String},
                                                {"value", FieldType::String},
                                                {"headers", FieldType::Map}});
    return schema;
}

MessageFilter MessageFilter::text(std::string needle)
{
    MessageFilter filter;
    filter.m_needle = lower(needle);
    return filter;
}

MessageFilter MessageFilter::expression(const std::string &condition)
{
    auto parsed = parseExpression(condition, *messageSchema());
    if (const auto *error = std::get_if<ExpressionError>(&parsed))
        throw std::invalid_argument("position " + std::to_string(error->position) + ": "
                                    + error->message);
    MessageFilter filter;
    filter.m_condition = std::move(std::get<std::unique_ptr<Expression>>(parsed));
    if (filter.m_condition->type() != ValueType::Bool)
        throw std::invalid_argument("position 0: the expression must be a condition (true or "
                                    "false), not a value of type "
                                    + std::string(valueTypeName(filter.m_condition->type())));
    return filter;
}

std::vector<size_t> MessageFilter::matches(const std::vector<KafkaMessage> &page)
{
    std::vector<size_t> kept;
    if (!m_condition) {
        for (size_t i = 0; i < page.size(); ++i)
            if (m_needle.empty() || (page[i].key && containsFolded(*page[i].key, m_needle))
                || containsFolded(page[i].value, m_needle))
                kept.push_back(i);
        return kept;
    }
    if (page.empty())
        return kept;
    std::vector<std::string> headers;
    headers.reserve(page.size());
    for (const KafkaMessage &m : page)
        headers.push_back(headersJson(m));
    const Batch batch = pageBatch(page, headers);
    const ValueVector result = m_condition->evaluate(batch);
    for (size_t i = 0; i < page.size(); ++i) {
        const size_t at = result.constant ? 0 : i;
        if (result.bools[at] && !result.isNull(i))
            kept.push_back(i);
    }
    return kept;
}

bool MessageFilter::keeps(const KafkaMessage &message)
{
    return !matches({message}).empty();
}

} // namespace weir
