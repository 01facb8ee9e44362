#pragma once

#include <optional>
#include <string>
#include <vector>

namespace weir {

// The options of `weir-broker`, as parsed from argv.
struct BrokerCommandLine
{
    struct Topic
    {
        std::string name;
        int partitions = 0; // 0: the --partitions default
    };

    int brokers = 1;
    int partitions = 3;
    std::vector<Topic> topics;
    bool showVersion = false;
    bool showHelp = false;
};

// Parses argv; on a usage error returns nullopt and sets `error`.
std::optional<BrokerCommandLine> parseBrokerCommandLine(int argc, char **argv,
                                                        std::string &error);
const char *brokerUsage();

} // namespace weir
