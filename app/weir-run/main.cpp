// weir-run: runs a pipeline file headless, with the engine the desktop app uses.
#include "alertrules.h"
#include "pipelinefile.h"
#include "pipelinerunner.h"
#include "problem.h"
#include "compiledpipeline.h"
#include "replaycommand.h"
#include "runcommandline.h"
#include "sandboxbroker.h"
#include "statusline.h"

#include <atomic>
#include <chrono>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unistd.h>

using namespace weir;

namespace {

std::atomic<int> g_signals{0};

void onSignal(int)
{
    if (g_signals.fetch_add(1) >= 1)
        _exit(130); // a second signal: stop now
}

void installSignalHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

void printProblems(const std::vector<Problem> &problems, const std::string &path)
{
    for (const Problem &p : problems)
        std::fprintf(stderr, "%s: %s\n", path.c_str(), p.toString().c_str());
}

Json parseSetValue(const std::string &text)
{
    try {
        return Json::parse(text);
    } catch (const std::exception &) {
        return Json(text);
    }
}

// Applies --set overrides; an unknown node is an input error.
void applySets(Pipeline &pipeline, const RunCommandLine &cmd)
{
    for (const auto &[target, value] : cmd.sets) {
        const size_t dot = target.find('.');
        const std::string node = target.substr(0, dot);
        const std::string param = target.substr(dot + 1);
        if (node == "settings") {
            pipeline.settings[param] = parseSetValue(value);
            continue;
        }
        NodeSpec *spec = pipeline.node(node);
        if (!spec)
            throw PipelineError(node, param, "--set names a node that the pipeline does not have");
        spec->params[param] = parseSetValue(value);
    }
}

// Starts the process-wide sandbox broker; its address is the first line on stdout.
bool startEmbeddedBroker()
{
    try {
        const std::string servers = SandboxBroker::shared()->bootstrapServers();
        std::printf("bootstrap.servers=%s\n", servers.c_str());
        std::fflush(stdout);
        return true;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "weir-run: cannot start the embedded broker: %s\n", e.what());
        return false;
    }
}

// --alert-rules: 0 written, 2 no alerts to write, 1 the file cannot be written.
int writeAlertRules(const Pipeline &pipeline, const RunCommandLine &cmd)
{
    const AlertThresholds thresholds = AlertThresholds::fromSettings(pipeline.settings);
    if (!thresholds.any()) {
        std::fprintf(stderr, "weir-run: %s has no alerts: set settings.alerts, e.g. "
                             "{\"lag_seconds\": 30, \"for\": \"1m\"}\n",
                     cmd.pipelinePath.c_str());
        return 2;
    }
    std::ofstream file(cmd.alertRulesPath, std::ios::binary | std::ios::trunc);
    file << prometheusAlertRules(pipeline, thresholds);
    file.close();
    if (!file) {
        std::fprintf(stderr, "weir-run: cannot write the alert rules to '%s': %s\n",
                     cmd.alertRulesPath.c_str(), std::strerror(errno));
        return 1;
    }
    std::printf("%s: alert rules written to %s\n", cmd.pipelinePath.c_str(),
                cmd.alertRulesPath.c_str());
    return 0;
}

int run(const RunCommandLine &cmd)
{
    SandboxBroker::configureShared(cmd.sandboxBrokers, cmd.sandboxPartitions);
    if (cmd.embeddedBroker && !startEmbeddedBroker())
        return 1;
    Pipeline pipeline;
    try {
        pipeline = loadPipelineFile(cmd.pipelinePath);
        applySets(pipeline, cmd);
    } catch (const PipelineError &e) {
        printProblems(e.problems(), cmd.pipelinePath);
        return 2;
    }
    const std::vector<Problem> problems = CompiledPipeline::check(pipeline);
    if (!problems.empty()) {
        printProblems(problems, cmd.pipelinePath);
        std::fprintf(stderr, "%zu problem%s: not running\n", problems.size(),
                     problems.size() == 1 ? "" : "s");
        return 2;
    }
    if (!cmd.replays.empty()) {
        installSignalHandlers();
        return runReplayCommand(pipeline, cmd, [] { return g_signals.load() > 0; });
    }
    if (cmd.validateOnly) {
        std::printf("%s: valid\n", cmd.pipelinePath.c_str());
        return 0;
    }
    if (!cmd.alertRulesPath.empty())
        return writeAlertRules(pipeline, cmd);

    RunOptions options;
    options.checkpointPath = cmd.checkpoint;
    options.metricsAddress = cmd.metricsAddress;
    options.serveMetrics = !cmd.metricsAddress.empty() || pipeline.settings.contains("metrics_addr");
    if (cmd.once)
        options.trigger = Trigger::Once;
    PipelineRunner runner(pipeline, options);
    runner.setLogHandler([](const std::string &message) {
        std::fprintf(stderr, "weir-run: %s\n", message.c_str());
    });
    installSignalHandlers();
    try {
        runner.start();
    } catch (const PipelineError &e) {
        printProblems(e.problems(), cmd.pipelinePath);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "weir-run: cannot start: %s\n", e.what());
        return 1;
    }
    if (options.serveMetrics) {
        const std::string address = cmd.metricsAddress.empty()
                                        ? pipeline.settings.value("metrics_addr", std::string())
                                        : cmd.metricsAddress;
        std::fprintf(stderr, "weir-run: metrics on http://%s/metrics\n", address.c_str());
    }
    if (cmd.checkpoint.empty() && pipeline.settings.value("checkpoint", std::string()).empty())
        std::fprintf(stderr, "weir-run: no checkpoint: a restart starts from the beginning "
                             "(give --checkpoint PATH for exactly-once restarts)\n");

    const auto started = std::chrono::steady_clock::now();
    auto lastStatus = started;
    bool stopping = false;
    while (!runner.waitFor(std::chrono::milliseconds(100))) {
        const auto now = std::chrono::steady_clock::now();
        const bool timeUp = cmd.durationSeconds > 0
                            && now - started >= std::chrono::duration<double>(cmd.durationSeconds);
        if (!stopping && (g_signals.load() > 0 || timeUp)) {
            std::fprintf(stderr, "weir-run: stopping (committing the batch in flight)\n");
            runner.requestStop();
            stopping = true;
        }
        if (!cmd.quiet && now - lastStatus >= std::chrono::seconds(1)) {
            std::fprintf(stderr, "%s\n", formatStatusLine(runner.snapshot()).c_str());
            lastStatus = now;
        }
    }
    const MetricsSnapshot last = runner.snapshot();
    std::fputs(formatSummary(last).c_str(), stderr);
    if (last.state == RunState::Failed) {
        std::fprintf(stderr, "weir-run: failed: %s\n", last.error.c_str());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::string error;
    const auto cmd = parseRunCommandLine(argc, argv, error);
    if (!cmd) {
        std::fprintf(stderr, "weir-run: %s\n\n%s", error.c_str(), runUsage());
        return 2;
    }
    if (cmd->showHelp) {
        std::fputs(runUsage(), stdout);
        return 0;
    }
    if (cmd->showVersion) {
        std::printf("weir-run %s\n", WEIR_VERSION);
        return 0;
    }
    return run(*cmd);
}
