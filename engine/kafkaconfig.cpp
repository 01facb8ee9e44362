#include "kafkaconfig.h"

#include "sandboxbroker.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace weir {

namespace {

// librdkafka matches property names exactly; comparing trimmed, lower-case text also
// refuses spellings that librdkafka would reject anyway, which costs nothing.
std::string normalized(std::string_view text)
{
    const auto isSpace = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string valueText(const Json &value)
{
    return value.is_string() ? value.get<std::string>() : value.dump();
}

// Why `key` may never be set from a pipeline file, or "".
std::string refusedReason(const std::string &key)
{
    static const std::array<std::string_view, 3> kRefused = {
        "sasl.kerberos.kinit.cmd", "plugin.library.paths", "ssl.engine.location"};
    if (std::find(kRefused.begin(), kRefused.end(), key) != kRefused.end()
        || key.ends_with(".cmd"))
        return "is refused: it makes the Kafka client run a program or load code, and "
               "pipeline files get shared";
    if (key.starts_with("test."))
        return "is refused: librdkafka's test.* properties are for its own test suite";
    return {};
}

// Why `key` = `value` switches TLS verification off, or "".
std::string insecureReason(const std::string &key, const std::string &value)
{
    if (key == "enable.ssl.certificate.verification" && value != "true" && value != "t"
        && value != "1")
        return "turns TLS certificate verification off";
    if (key == "ssl.endpoint.identification.algorithm" && value != "https")
        return "turns TLS host name verification off";
    return {};
}

} // namespace

std::vector<Problem> checkKafkaConfig(const std::string &node, const Json &params)
{
    std::vector<Problem> problems;
    if (!params.is_object())
        return problems;
    const auto config = params.find("config");
    if (config == params.end() || !config->is_object())
        return problems;
    const auto allow = params.find("allow_insecure_tls");
    const bool insecureAllowed = allow != params.end() && allow->is_boolean() && allow->get<bool>();
    for (auto it = config->begin(); it != config->end(); ++it) {
        const std::string key = normalized(it.key());
        const std::string param = "config." + it.key();
        if (const std::string reason = refusedReason(key); !reason.empty()) {
            problems.push_back({node, param, "\"" + it.key() + "\" " + reason});
            continue;
        }
        const std::string reason = insecureReason(key, normalized(valueText(*it)));
        if (!reason.empty() && !insecureAllowed)
            problems.push_back({node, param, "\"" + it.key() + "\" " + reason
                                                 + "; set allow_insecure_tls: true to "
                                                   "accept that"});
    }
    return problems;
}

std::string resolveBootstrapServers(const std::string &value)
{
    return value == "embedded" ? SandboxBroker::shared()->bootstrapServers() : value;
}

std::string setKafkaProperty(rd_kafka_conf_s *conf, const std::string &key,
                             const std::string &value)
{
    char reason[512];
    if (rd_kafka_conf_set(conf, key.c_str(), value.c_str(), reason, sizeof(reason))
        == RD_KAFKA_CONF_OK)
        return {};
    return "cannot set \"" + key + "\": " + reason;
}

std::string applyKafkaConfig(rd_kafka_conf_s *conf, const Json &config)
{
    if (!config.is_object())
        return {};
    for (auto it = config.begin(); it != config.end(); ++it) {
        const std::string error = setKafkaProperty(conf, it.key(), valueText(*it));
        if (!error.empty())
            return error;
    }
    return {};
}

} // namespace weir
