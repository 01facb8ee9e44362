// weir-bench: events/s of the engine's parts and of the whole example pipeline.
// Not a test: it prints figures. Run a Release build (`make bench`). The Kafka figures
// (sandbox broker, source.kafka vs kcat) are in kafkabench.cpp.
#include "batchexecutor.h"
#include "benchutil.h"
#include "generatorsource.h"
#include "parsejsonoperator.h"
#include "pipelinefile.h"
#include "pipelinerunner.h"
#include "watermarkoperator.h"
#include "windowoperator.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

using namespace weir;
using weir::bench::report;
using weir::bench::seconds;

namespace {

constexpr size_t kEvents = 2'000'000;
// The sandbox broker keeps at most 5 MiB per partition: 300,000 records (~55 MB) over
// 16 partitions stay under it.
constexpr size_t kKafkaEvents = 300'000;

struct Collect : Emitter
{
    std::vector<Batch> out;
    size_t rows = 0;
    void send(Port port, Batch &&batch) override
    {
        if (port == Port::Out) {
            rows += batch.rows;
            out.push_back(std::move(batch));
        }
    }
};

struct Discard : Emitter
{
    size_t rows = 0;
    void send(Port, Batch &&batch) override { rows += batch.rows; }
};

Json exampleNode(const Pipeline &pipeline, const std::string &id)
{
    return pipeline.node(id)->params;
}

std::vector<Batch> generateRaw(const Json &params, size_t events)
{
    auto source = makeGeneratorSource("events", params);
    source->open({});
    std::vector<Batch> raw;
    size_t produced = 0;
    while (produced < events) {
        auto chunk = std::make_shared<RawChunk>();
        if (source->read(*chunk, 4096) == ReadStatus::End && chunk->size() == 0)
            break;
        produced += chunk->size();
        raw.push_back(rawBatchFromChunk(chunk));
    }
    return raw;
}

} // namespace

void weir::bench::report(const char *what, size_t events, double secs, const char *note)
{
    std::printf("%-34s %10.0f events/s  (%zu events in %.2f s)%s\n", what, double(events) / secs,
                events, secs, note);
    std::fflush(stdout);
}

weir::bench::TimedRun weir::bench::runExampleOnce(Pipeline pipeline, const std::string &name)
{
    const auto dir = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    pipeline.node("sink")->params["path"] = (dir / "counts.db").string();
    pipeline.node("dead_letters")->params["path"] = (dir / "dead.ndjson").string();
    pipeline.node("late_events")->params["path"] = (dir / "late.ndjson").string();
    RunOptions options;
    options.trigger = Trigger::Once;
    options.checkpointPath = (dir / "bench.checkpoint").string();
    PipelineRunner runner(pipeline, options);
    const auto start = std::chrono::steady_clock::now();
    runner.start();
    runner.wait();
    TimedRun run{runner.snapshot(), seconds(start)};
    std::filesystem::remove_all(dir);
    return run;
}

int main(int argc, char **argv)
{
    const std::string example = argc > 1 ? argv[1] : WEIR_SOURCE_EXAMPLE;
    Pipeline pipeline = loadPipelineFile(example);
    Json generator = exampleNode(pipeline, "events");
    generator["rate"] = 0;
    generator["count"] = kEvents;
    generator["start_time"] = "2026-01-01T00:00:00Z";
    generator["time_rate"] = 1000;

    const Pipeline original = pipeline;
    const NodeContext context{"bench", {"events"}};
    const auto start0 = std::chrono::steady_clock::now();
    std::vector<Batch> raw = generateRaw(generator, kEvents);
    report("generator (JSON bytes)", kEvents, seconds(start0));

    auto parse = makeParseJson(context, exampleNode(pipeline, "parse"), rawSchema());
    Collect parsed;
    const auto start1 = std::chrono::steady_clock::now();
    for (const Batch &b : raw)
        parse->process(b, parsed);
    const double parseSeconds = seconds(start1);
    report("parse_json only", kEvents, parseSeconds);

    // A peer in the same process: nlohmann-json parsing the same bytes and reading the
    // same five fields (a DOM per record, as most C++ services do it).
    const auto startPeer = std::chrono::steady_clock::now();
    size_t peerParsed = 0;
    for (const Batch &b : raw) {
        for (size_t i = 0; i < b.rows; ++i) {
            const auto doc = nlohmann::json::parse(b.columns[1].strings[i], nullptr, false);
            if (doc.is_object() && doc.contains("user_id") && doc.contains("event_type")
                && doc.contains("timestamp") && doc.contains("event_id"))
                peerParsed += doc["properties"].is_object() ? 1 : 0;
        }
    }
    const double peerSeconds = seconds(startPeer);
    report("  peer: nlohmann-json, same fields", kEvents, peerSeconds);
    std::printf("  parse_json / nlohmann-json: %.1fx (%zu records parsed by the peer)\n",
                peerSeconds / parseSeconds, peerParsed);

    auto watermark = makeWatermark(context, exampleNode(pipeline, "watermark"),
                                   parse->outputSchema(Port::Out));
    Collect marked;
    for (const Batch &b : parsed.out)
        watermark->process(b, marked);
    auto window = makeSlidingWindow(context, exampleNode(pipeline, "counts"),
                                    watermark->outputSchema(Port::Out));
    Discard windowed;
    const auto start2 = std::chrono::steady_clock::now();
    size_t sinceFinish = 0;
    for (const Batch &b : marked.out) {
        window->process(b, windowed);
        sinceFinish += b.rows;
        if (sinceFinish >= 1'000'000) { // one micro-batch per million events, as the runner does
            window->finishBatch(windowed);
            sinceFinish = 0;
        }
    }
    window->finishInput(windowed);
    report("sliding window 5m/1m only", marked.rows, seconds(start2));

    pipeline.node("events")->params = generator;
    const auto [s, whole] = weir::bench::runExampleOnce(pipeline, "weir-bench");
    if (s.state != RunState::Finished) {
        std::fprintf(stderr, "pipeline failed: %s\n", s.error.c_str());
        return 1;
    }
    report("whole example pipeline", size_t(s.eventsIn), whole,
           "  (generator thread + engine thread, exactly-once checkpoint, SQLite upsert)");

    std::printf("\nKafka (in-process sandbox broker, %zu of the same generated records):\n",
                kKafkaEvents);
    return weir::bench::runKafkaBench(original, generator, kKafkaEvents) ? 0 : 1;
}
