#pragma once

#include "kafkabrowsetypes.h"
#include "pipeline.h"

#include <string>
#include <vector>

namespace weir {

// Kafka messages as NDJSON, one object per line:
//   {"topic", "partition", "offset", "timestamp", "key", "headers": [{"name", "value"}],
//    "value"}
// Keys, values and header values are the record's bytes as JSON strings when they are valid
// UTF-8. Bytes that are not (binary payloads) are written in base64 instead, and the object
// says so with "key_encoding" / "value_encoding": "base64" (a header: "value_encoding"
// next to its "value"). A null key or header value is JSON null; a record without a
// timestamp has "timestamp": null.

bool isValidUtf8(std::string_view bytes);
std::string base64Encode(std::string_view bytes);
// Throws std::invalid_argument for text that is not base64.
std::string base64Decode(std::string_view text);

Json messageToJson(const std::string &topic, const KafkaMessage &message);
// The message messageToJson() wrote; throws std::invalid_argument for another object.
KafkaMessage messageFromJson(const Json &object);

// Writes `messages` of `topic` to `path` (replacing it); throws std::runtime_error naming
// the path when it cannot be written.
void exportNdjson(const std::string &path, const std::string &topic,
                  const std::vector<KafkaMessage> &messages);

} // namespace weir
