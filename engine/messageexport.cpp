#include "messageexport.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace weir {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Sets `object[field]` to the bytes, and `object[field + "_encoding"]` when base64.
void putBytes(Json &object, const std::string &field, std::string_view bytes)
{
    if (isValidUtf8(bytes)) {
        object[field] = std::string(bytes);
        return;
    }
    object[field] = base64Encode(bytes);
    object[field + "_encoding"] = "base64";
}

std::optional<std::string> getBytes(const Json &object, const std::string &field)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        throw std::invalid_argument("\"" + field + "\" must be a string or null");
    const auto encoding = object.find(field + "_encoding");
    if (encoding != object.end() && *encoding == "base64")
        return base64Decode(it->get<std::string>());
    return it->get<std::string>();
}

int base64Value(char c)
{
    const char *at = std::strchr(kAlphabet, c);
    return c && at ? int(at - kAlphabet) : -1;
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    size_t i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        size_t extra = 0;
        uint32_t code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, code = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= bytes.size())
            return false;
        for (size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
        static constexpr uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (code < kMin[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

std::string base64Encode(std::string_view bytes)
{
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (size_t i = 0; i < bytes.size(); i += 3) {
        uint32_t n = uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
        if (i + 1 < bytes.size())
            n |= uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
        if (i + 2 < bytes.size())
            n |= static_cast<unsigned char>(bytes[i + 2]);
        out += kAlphabet[(n >> 18) & 63];
        out += kAlphabet[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
    }
    return out;
}

std::string base64Decode(std::string_view text)
{
    if (text.size() % 4 != 0)
        throw std::invalid_argument("base64 text must come in groups of 4 characters");
    std::string out;
    for (size_t i = 0; i < text.size(); i += 4) {
        uint32_t n = 0;
        int pad = 0;
        for (size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            const bool padding = c == '=' && k >= 2 && i + 4 == text.size();
            const int v = padding ? 0 : base64Value(c);
            if (v < 0 || (pad && !padding))
                throw std::invalid_argument("not base64 text");
            pad += padding;
            n = (n << 6) | uint32_t(v);
        }
        out += char((n >> 16) & 0xFF);
        if (pad < 2)
            out += char((n >> 8) & 0xFF);
        if (pad < 1)
            out += char(n & 0xFF);
    }
    return out;
}

Json messageToJson(const std::string &topic, const KafkaMessage &message)
{
    Json object = Json::object();
    object["topic"] = topic;
    object["partition"] = message.partition;
    object["offset"] = message.offset;
    object["timestamp"] = message.timestampMs < 0 ? Json() : Json(message.timestampMs);
    if (message.key)
        putBytes(object, "key", *message.key);
    else
        object["key"] = nullptr;
    Json headers = Json::array();
    for (const KafkaHeader &h : message.headers) {
        Json header = {{"name", h.name}};
        if (h.value)
            putBytes(header, "value", *h.value);
        else
            header["value"] = nullptr;
        headers.push_back(std::move(header));
    }
    object["headers"] = std::move(headers);
    putBytes(object, "value", message.value);
    return object;
}

namespace {

KafkaMessage readMessage(const Json &object)
{
    KafkaMessage m;
    m.partition = object.at("partition").get<int32_t>();
    m.offset = object.at("offset").get<int64_t>();
    const Json &timestamp = object.at("timestamp");
    m.timestampMs = timestamp.is_null() ? -1 : timestamp.get<int64_t>();
    m.key = getBytes(object, "key");
    for (const Json &h : object.at("headers"))
        m.headers.push_back({h.at("name").get<std::string>(), getBytes(h, "value")});
    m.value = getBytes(object, "value").value_or(std::string());
    return m;
}

} // namespace

KafkaMessage messageFromJson(const Json &object)
{
    if (!object.is_object())
        throw std::invalid_argument("a message must be a JSON object");
    try {
        return readMessage(object);
    } catch (const Json::exception &e) {
        throw std::invalid_argument(std::string("not an exported message: ") + e.what());
    }
}

void exportNdjson(const std::string &path, const std::string &topic,
                  const std::vector<KafkaMessage> &messages)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
    for (const KafkaMessage &m : messages)
        out << messageToJson(topic, m).dump() << '\n';
    out.close();
    if (!out)
        throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
}

} // namespace weir
