// weir-broker: runs the embedded sandbox Kafka broker until SIGINT or SIGTERM.
#include "brokercommandline.h"
#include "sandboxbroker.h"

#include <csignal>
#include <cstdio>
#include <exception>

using namespace weir;

namespace {

// Blocks SIGINT and SIGTERM in this thread before the broker starts, so every librdkafka
// thread inherits the mask and the signals stay pending for sigwait().
sigset_t blockStopSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    return set;
}

int serve(const BrokerCommandLine &cmd)
{
    const sigset_t stopSignals = blockStopSignals();
    try {
        SandboxBroker broker(cmd.brokers, cmd.partitions);
        for (const BrokerCommandLine::Topic &topic : cmd.topics)
            broker.createTopic(topic.name, topic.partitions);
        std::printf("bootstrap.servers=%s\n", broker.bootstrapServers().c_str());
        std::fflush(stdout);
        int signal = 0;
        sigwait(&stopSignals, &signal);
        std::fprintf(stderr, "weir-broker: stopping (signal %d)\n", signal);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "weir-broker: %s\n", e.what());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string error;
    const auto cmd = parseBrokerCommandLine(argc, argv, error);
    if (!cmd) {
        std::fprintf(stderr, "weir-broker: %s\n\n%s", error.c_str(), brokerUsage());
        return 2;
    }
    if (cmd->showHelp) {
        std::fputs(brokerUsage(), stdout);
        return 0;
    }
    if (cmd->showVersion) {
        std::printf("weir-broker %s\n", WEIR_VERSION);
        return 0;
    }
    return serve(*cmd);
}
