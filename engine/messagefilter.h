#pragma once

#include "expression.h"
#include "kafkabrowsetypes.h"

#include <memory>
#include <string>
#include <vector>

namespace weir {

// Which records of a page of Kafka messages a search keeps: plain text found in the key or
// the value, or a condition in the engine's expression language (expression.h) over the
// fields of messageSchema():
//   partition (int), offset (int), timestamp (timestamp; null when the record has none),
//   key (string; null for a null key), value (string), headers (map: JSON text of
//   {"name": "value", ...}).
// The language compares and combines these; it has no functions, so it cannot look inside
// the JSON of a value (use the text search for that): e.g.
//   partition = 1 and offset >= 100 and key is not null
//   timestamp >= '2026-11-26T03:00:00Z' and value != ''
//   key in ('user-1', 'user-2') or not (partition in (0, 2))
// Not thread-safe (the expression reuses buffers): one filter per thread.
class MessageFilter
{
public:
    // Case-insensitive (ASCII) search of `needle` in the key and the value; an empty
    // needle keeps everything.
    static MessageFilter text(std::string needle);
    // Throws std::invalid_argument ("position N: why") for a bad or non-boolean expression.
    static MessageFilter expression(const std::string &condition);

    // Indexes of the messages of `page` the filter keeps, in page order.
    std::vector<size_t> matches(const std::vector<KafkaMessage> &page);
    bool keeps(const KafkaMessage &message);

    static SchemaPtr messageSchema();

private:
    MessageFilter() = default;

    std::string m_needle; // lower case
    std::shared_ptr<Expression> m_condition;
};

} // namespace weir
