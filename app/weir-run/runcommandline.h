#pragma once

#include "replayrange.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace weir {

// The options of `weir-run`, as parsed from argv.
struct RunCommandLine
{
    std::string pipelinePath;
    bool once = false;
    double durationSeconds = 0; // 0: until the input ends or a signal
    std::vector<std::pair<std::string, std::string>> sets; // "node.param" -> value text
    std::string checkpoint;
    std::string metricsAddress;
    bool validateOnly = false;
    std::string alertRulesPath; // write settings.alerts as Prometheus rules there, exit
    bool quiet = false;
    bool embeddedBroker = false; // start SandboxBroker::shared() and print its address
    int sandboxBrokers = 1;      // of the in-process sandbox ("embedded")
    int sandboxPartitions = 3;   // its default partition count
    std::vector<ReplayRange> replays; // --replay: a debug run over exactly these ranges
    std::string sinkDir;              // --sink-dir: where a replay's sinks write
    bool dryRun = false;              // --dry-run: a replay that only counts
    bool showVersion = false;
    bool showHelp = false;
};

// Parses argv; on a usage error returns nullopt and sets `error`.
std::optional<RunCommandLine> parseRunCommandLine(int argc, char **argv, std::string &error);
const char *runUsage();

} // namespace weir
