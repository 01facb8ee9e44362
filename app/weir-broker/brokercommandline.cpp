#include "brokercommandline.h"

#include <charconv>
#include <string_view>

namespace weir {

namespace {

// A whole positive decimal number within [1, max], or nullopt.
std::optional<int> parseCount(std::string_view text, int max)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > max)
        return std::nullopt;
    return value;
}

std::optional<BrokerCommandLine::Topic> parseTopic(const std::string &text, std::string &error)
{
    const size_t colon = text.find(':');
    BrokerCommandLine::Topic topic{text.substr(0, colon), 0};
    if (topic.name.empty()) {
        error = "--topic needs NAME[:PARTITIONS], got '" + text + "'";
        return std::nullopt;
    }
    if (colon == std::string::npos)
        return topic;
    const auto partitions = parseCount(std::string_view(text).substr(colon + 1), 10000);
    if (!partitions) {
        error = "--topic " + text + ": PARTITIONS must be a number from 1 to 10000";
        return std::nullopt;
    }
    topic.partitions = *partitions;
    return topic;
}

} // namespace

const char *brokerUsage()
{
    return "Usage: weir-broker [options]\n"
           "Runs Weir's embedded sandbox Kafka broker (librdkafka's mock cluster): the real\n"
           "Kafka wire protocol on loopback ports, for trying pipelines without a cluster.\n"
           "The first line on stdout is bootstrap.servers=HOST:PORT[,HOST:PORT...]; it then\n"
           "serves until SIGINT or SIGTERM.\n"
           "\n"
           "Options:\n"
           "  --brokers N              number of brokers (default 1)\n"
           "  --partitions P           partitions of a --topic without a count (default 3)\n"
           "  --topic NAME[:PARTITIONS] create a topic at start (repeatable)\n"
           "  --version                print the version and exit\n"
           "  --help                   print this help and exit\n"
           "\n"
           "Limits: everything is in memory and lost at exit; each partition keeps at most\n"
           "5 MiB or 100,000 message sets (older ones are dropped); plaintext only, no\n"
           "SASL/TLS; no CreateTopics admin request: use --topic, or let a producer\n"
           "auto-create the topic (it then gets the mock's default of 4 partitions).\n"
           "\n"
           "Exit status: 0 after SIGINT/SIGTERM, 1 if the broker cannot start, 2 usage error.\n";
}

std::optional<BrokerCommandLine> parseBrokerCommandLine(int argc, char **argv,
                                                        std::string &error)
{
    BrokerCommandLine cmd;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= argc) {
                error = std::string(arg) + " needs a value";
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        auto count = [&](int &target, int max) {
            const auto v = value();
            const auto n = v ? parseCount(*v, max) : std::nullopt;
            if (v && !n)
                error = std::string(arg) + " needs a number from 1 to " + std::to_string(max)
                        + ", got '" + *v + "'";
            if (n)
                target = *n;
            return n.has_value();
        };
        if (arg == "--help" || arg == "-h") {
            cmd.showHelp = true;
        } else if (arg == "--version") {
            cmd.showVersion = true;
        } else if (arg == "--brokers") {
            if (!count(cmd.brokers, 64))
                return std::nullopt;
        } else if (arg == "--partitions") {
            if (!count(cmd.partitions, 10000))
                return std::nullopt;
        } else if (arg == "--topic") {
            const auto v = value();
            const auto topic = v ? parseTopic(*v, error) : std::nullopt;
            if (!topic)
                return std::nullopt;
            cmd.topics.push_back(*topic);
        } else {
            error = "unknown argument '" + std::string(arg) + "'";
            return std::nullopt;
        }
    }
    return cmd;
}

} // namespace weir
