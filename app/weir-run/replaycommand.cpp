#include "replaycommand.h"

#include "pipelinerunner.h"
#include "problem.h"
#include "replayplan.h"
#include "statusline.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <system_error>

namespace weir {

namespace {

namespace fs = std::filesystem;

constexpr std::chrono::seconds kResolveTimeout{30};

// The output of a dry run: a fresh directory, removed with everything in it at the end.
class ScratchDirectory
{
public:
    ScratchDirectory()
    {
        std::string pattern = (fs::temp_directory_path() / "weir-replay-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            throw std::system_error(errno, std::generic_category(),
                                    "cannot create a scratch directory in "
                                        + fs::temp_directory_path().string());
        m_path = pattern;
    }
    ~ScratchDirectory()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    ScratchDirectory(const ScratchDirectory &) = delete;
    ScratchDirectory &operator=(const ScratchDirectory &) = delete;

    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

void printProblems(const PipelineError &error, const RunCommandLine &cmd)
{
    for (const Problem &p : error.problems())
        std::fprintf(stderr, "%s: %s\n", cmd.pipelinePath.c_str(), p.toString().c_str());
}

void printRanges(const ResolvedReplay &resolved)
{
    std::fprintf(stderr, "weir-run: replaying %lld records:",
                 static_cast<long long>(replayRecordCount(resolved)));
    for (const auto &[topic, partitions] : resolved)
        for (const auto &[partition, range] : partitions)
            if (range.size() > 0)
                std::fprintf(stderr, " %s:%d [%lld, %lld)", topic.c_str(), partition,
                             static_cast<long long>(range.from), static_cast<long long>(range.to));
    std::fputc('\n', stderr);
}

std::string sinkLine(const SinkRedirect &sink, int64_t count, bool dryRun)
{
    const bool table = sink.type == "sink.sqlite";
    const std::string counted = std::to_string(count) + (table ? " row" : " line")
                                + (count == 1 ? "" : "s");
    if (dryRun)
        return sink.node + ": " + sink.originalType + ": " + counted;
    return sink.node + ": " + sink.originalType + " -> " + sink.path
           + (table ? " table " + sink.table : std::string()) + " (" + counted + ")";
}

// Where the replay writes: the scratch directory of a dry run, or --sink-dir (created),
// absolute so that the printed paths are.
std::string outputDirectory(const RunCommandLine &cmd,
                            std::optional<ScratchDirectory> &scratch)
{
    if (cmd.dryRun)
        return scratch.emplace().path();
    std::error_code error;
    fs::create_directories(cmd.sinkDir, error);
    if (error)
        throw std::runtime_error("cannot create --sink-dir '" + cmd.sinkDir
                                 + "': " + error.message());
    return fs::absolute(cmd.sinkDir).lexically_normal().string();
}

// Runs the plan to its end; the exit status.
int runPlan(const ReplayPlan &plan, const RunCommandLine &cmd,
            const std::function<bool()> &stopRequested)
{
    RunOptions options;
    options.trigger = Trigger::Once;
    PipelineRunner runner(plan.pipeline, options);
    runner.setLogHandler([](const std::string &message) {
        std::fprintf(stderr, "weir-run: %s\n", message.c_str());
    });
    try {
        runner.start();
    } catch (const PipelineError &e) {
        printProblems(e, cmd);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "weir-run: cannot start the replay: %s\n", e.what());
        return 1;
    }
    auto lastStatus = std::chrono::steady_clock::now();
    bool stopping = false;
    while (!runner.waitFor(std::chrono::milliseconds(100))) {
        if (!stopping && stopRequested()) {
            std::fprintf(stderr, "weir-run: stopping the replay before its end\n");
            runner.requestStop();
            stopping = true;
        }
        const auto now = std::chrono::steady_clock::now();
        if (!cmd.quiet && now - lastStatus >= std::chrono::seconds(1)) {
            std::fprintf(stderr, "%s\n", formatStatusLine(runner.snapshot()).c_str());
            lastStatus = now;
        }
    }
    const MetricsSnapshot last = runner.snapshot();
    if (!cmd.quiet)
        std::fputs(formatSummary(last).c_str(), stderr);
    if (last.state == RunState::Failed) {
        std::fprintf(stderr, "weir-run: replay failed: %s\n", last.error.c_str());
        return 1;
    }
    if (stopping) {
        std::fprintf(stderr, "weir-run: the replay was stopped: its results are partial\n");
        return 1;
    }
    return 0;
}

} // namespace

int runReplayCommand(const Pipeline &pipeline, const RunCommandLine &cmd,
                     const std::function<bool()> &stopRequested)
{
    ResolvedReplay resolved;
    try {
        resolved = resolvePipelineReplay(pipeline, cmd.replays, kResolveTimeout);
    } catch (const ReplayRangeError &e) {
        std::fprintf(stderr, "weir-run: %s\n", e.what());
        return 2;
    } catch (const PipelineError &e) {
        printProblems(e, cmd);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "weir-run: cannot resolve the replay ranges: %s\n", e.what());
        return 1;
    }
    printRanges(resolved);

    std::optional<ScratchDirectory> scratch;
    ReplayPlan plan;
    try {
        plan = planReplay(pipeline, cmd.replays, resolved, outputDirectory(cmd, scratch));
    } catch (const PipelineError &e) {
        printProblems(e, cmd);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "weir-run: %s\n", e.what());
        return 1;
    }
    for (const SinkRedirect &sink : plan.sinks) {
        if (!cmd.dryRun && fs::exists(sink.path)) {
            std::fprintf(stderr, "weir-run: %s exists already (an earlier replay?): give "
                                 "--sink-dir a directory without it\n", sink.path.c_str());
            return 2;
        }
    }
    if (const int status = runPlan(plan, cmd, stopRequested); status != 0)
        return status;
    for (const SinkRedirect &sink : plan.sinks)
        std::printf("%s\n", sinkLine(sink, sinkRecordCount(sink), cmd.dryRun).c_str());
    std::fflush(stdout);
    return 0;
}

} // namespace weir
