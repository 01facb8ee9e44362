#include "runcommandline.h"

#include <cstdlib>
#include <string_view>

namespace weir {

const char *runUsage()
{
    return "Usage: weir-run PIPELINE [options]\n"
           "Runs a Weir pipeline (*.weir.json) headless: the same engine as the weir app.\n"
           "\n"
           "Options:\n"
           "  --once                   process the input available at start, close every\n"
           "                           window, commit, stop (trigger once)\n"
           "  --duration SECONDS       stop gracefully after SECONDS\n"
           "  --set NODE.PARAM=VALUE   override a node parameter (VALUE is JSON, or text);\n"
           "                           settings.NAME=VALUE overrides a pipeline setting\n"
           "  --checkpoint PATH        checkpoint file: a restart resumes exactly where the\n"
           "                           last committed batch ended (exactly-once sinks)\n"
           "  --metrics-addr HOST:PORT serve Prometheus metrics there (default: none)\n"
           "  --validate               check the pipeline, print every problem, and exit\n"
           "  --alert-rules FILE       write the pipeline's settings.alerts as a Prometheus\n"
           "                           alerting-rules file (for rule_files:) and exit\n"
           "  --quiet                  no status line\n"
           "  --embedded-broker        start the in-memory sandbox Kafka broker first and\n"
           "                           print bootstrap.servers=HOST:PORT as the first line\n"
           "  --sandbox-brokers N      brokers of the in-process sandbox (default 1)\n"
           "  --sandbox-partitions P   its default partition count for created topics\n"
           "                           (default 3; topics clients auto-create get 4)\n"
           "  --replay TOPIC[:PARTITION]:FROM..TO\n"
           "                           run exactly that range of a topic the pipeline\n"
           "                           reads (repeatable): FROM/TO are offsets or ISO-8601\n"
           "                           times (2026-11-26T10:00:00Z), TO excluded, either\n"
           "                           may be empty; a debug run: trigger once, no\n"
           "                           checkpoint, no consumer-group commits, sinks\n"
           "                           redirected\n"
           "  --sink-dir DIR           with --replay: write every sink into DIR (created)\n"
           "  --dry-run                with --replay: write into a scratch directory, print\n"
           "                           the record count of each sink, remove it\n"
           "  --version                print the version and exit\n"
           "  --help                   print this help and exit\n"
           "\n"
           "Exit status: 0 success, 1 runtime failure (with its reason), 2 invalid input.\n"
           "SIGINT or SIGTERM stops gracefully: the batch in flight is committed first.\n";
}

namespace {

// A replay is a bounded debug run into a scratch place: the options of a production run
// make no sense with it. Empty when the combination is fine.
std::string replayConflict(const RunCommandLine &cmd)
{
    const bool replay = !cmd.replays.empty();
    if (!replay && (cmd.dryRun || !cmd.sinkDir.empty()))
        return std::string(cmd.dryRun ? "--dry-run" : "--sink-dir")
               + " goes with --replay TOPIC[:PARTITION]:FROM..TO";
    if (!replay)
        return {};
    if (cmd.dryRun && !cmd.sinkDir.empty())
        return "--replay takes either --sink-dir DIR or --dry-run, not both";
    if (!cmd.dryRun && cmd.sinkDir.empty())
        return "--replay needs --sink-dir DIR (where the sinks write) or --dry-run";
    if (!cmd.checkpoint.empty())
        return "--replay cannot use --checkpoint: a replay reads a fixed range and keeps no "
               "state";
    const std::pair<bool, const char *> refused[] = {
        {cmd.validateOnly, "--validate"},
        {!cmd.alertRulesPath.empty(), "--alert-rules"},
        {!cmd.metricsAddress.empty(), "--metrics-addr"},
        {cmd.durationSeconds > 0, "--duration"},
    };
    for (const auto &[given, name] : refused)
        if (given)
            return std::string("--replay cannot be combined with ") + name
                   + " (a replay runs its range to the end and serves no metrics)";
    return {};
}

} // namespace

std::optional<RunCommandLine> parseRunCommandLine(int argc, char **argv, std::string &error)
{
    RunCommandLine cmd;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&](std::string_view name) -> std::optional<std::string> {
            if (i + 1 >= argc) {
                error = std::string(name) + " needs a value";
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        if (arg == "--help" || arg == "-h") {
            cmd.showHelp = true;
        } else if (arg == "--version") {
            cmd.showVersion = true;
        } else if (arg == "--once") {
            cmd.once = true;
        } else if (arg == "--validate") {
            cmd.validateOnly = true;
        } else if (arg == "--quiet" || arg == "-q") {
            cmd.quiet = true;
        } else if (arg == "--embedded-broker") {
            cmd.embeddedBroker = true;
        } else if (arg == "--sandbox-brokers" || arg == "--sandbox-partitions") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            char *end = nullptr;
            const long n = std::strtol(v->c_str(), &end, 10);
            if (*end != '\0' || n < 1 || n > 64) {
                error = std::string(arg) + " needs a number from 1 to 64, got '" + *v + "'";
                return std::nullopt;
            }
            (arg == "--sandbox-brokers" ? cmd.sandboxBrokers : cmd.sandboxPartitions) = int(n);
        } else if (arg == "--duration") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            char *end = nullptr;
            cmd.durationSeconds = std::strtod(v->c_str(), &end);
            if (*end != '\0' || cmd.durationSeconds <= 0) {
                error = "--duration needs a positive number of seconds, got '" + *v + "'";
                return std::nullopt;
            }
        } else if (arg == "--set") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            const size_t eq = v->find('=');
            if (eq == std::string::npos || v->find('.') > eq) {
                error = "--set needs NODE.PARAM=VALUE, got '" + *v + "'";
                return std::nullopt;
            }
            cmd.sets.emplace_back(v->substr(0, eq), v->substr(eq + 1));
        } else if (arg == "--checkpoint") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            cmd.checkpoint = *v;
        } else if (arg == "--alert-rules") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            cmd.alertRulesPath = *v;
        } else if (arg == "--metrics-addr") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            cmd.metricsAddress = *v;
        } else if (arg == "--replay") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            try {
                cmd.replays.push_back(ReplayRange::parse(*v));
            } catch (const ReplayRangeError &e) {
                error = std::string("--replay: ") + e.what();
                return std::nullopt;
            }
        } else if (arg == "--sink-dir") {
            auto v = value(arg);
            if (!v)
                return std::nullopt;
            if (v->empty()) {
                error = "--sink-dir needs a directory";
                return std::nullopt;
            }
            cmd.sinkDir = *v;
        } else if (arg == "--dry-run") {
            cmd.dryRun = true;
        } else if (arg.starts_with("-")) {
            error = "unknown option '" + std::string(arg) + "'";
            return std::nullopt;
        } else if (cmd.pipelinePath.empty()) {
            cmd.pipelinePath = arg;
        } else {
            error = "only one pipeline file can be given (got '" + cmd.pipelinePath + "' and '"
                    + std::string(arg) + "')";
            return std::nullopt;
        }
    }
    if (cmd.pipelinePath.empty() && !cmd.showHelp && !cmd.showVersion) {
        error = "no pipeline file given";
        return std::nullopt;
    }
    error = replayConflict(cmd);
    if (!error.empty())
        return std::nullopt;
    return cmd;
}

} // namespace weir
