// weir-bench's Kafka figures: source.kafka vs kcat on the in-process sandbox broker, and
// the example pipeline reading Kafka end to end.
#include "benchutil.h"
#include "generatorsource.h"
#include "nodefactory.h"
#include "pipelinerunner.h"
#include "sandboxbroker.h"

#include <librdkafka/rdkafka.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace weir::bench {
namespace {

constexpr int kPartitions = 16;
const char *const kTopic = "bench_user_events";

// Produces `events` generator records round-robin over the partitions, then flushes.
// Returns the bytes produced.
size_t preload(const std::string &servers, const Json &generator, size_t events)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    auto set = [&](const char *k, const char *v) {
        if (rd_kafka_conf_set(conf, k, v, err, sizeof err) != RD_KAFKA_CONF_OK)
            throw std::runtime_error(std::string(k) + ": " + err);
    };
    set("bootstrap.servers", servers.c_str());
    set("linger.ms", "50");
    set("batch.size", "1000000");
    set("batch.num.messages", "100000");
    set("compression.codec", "none");
    set("queue.buffering.max.messages", "1000000");
    set("queue.buffering.max.kbytes", "1048576");
    rd_kafka_t *producer = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!producer)
        throw std::runtime_error(std::string("producer: ") + err);

    auto source = makeGeneratorSource("events", generator);
    source->open({});
    size_t produced = 0, bytes = 0;
    while (produced < events) {
        RawChunk chunk;
        if (source->read(chunk, 4096) == ReadStatus::End && chunk.size() == 0)
            break;
        for (size_t i = 0; i < chunk.size() && produced < events; ++i, ++produced) {
            const std::string_view v = chunk.value(i);
            for (;;) {
                const rd_kafka_resp_err_t e = rd_kafka_producev(
                    producer, RD_KAFKA_V_TOPIC(kTopic),
                    RD_KAFKA_V_PARTITION(int32_t(produced % kPartitions)),
                    RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                    RD_KAFKA_V_VALUE(const_cast<char *>(v.data()), v.size()), RD_KAFKA_V_END);
                if (e == RD_KAFKA_RESP_ERR_NO_ERROR)
                    break;
                if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL)
                    throw std::runtime_error(std::string("produce: ") + rd_kafka_err2str(e));
                rd_kafka_poll(producer, 10);
            }
            bytes += v.size();
        }
        rd_kafka_poll(producer, 0);
    }
    if (rd_kafka_flush(producer, 60'000) != RD_KAFKA_RESP_ERR_NO_ERROR)
        throw std::runtime_error("producer flush timed out");

    // Check the mock kept everything (it drops old message sets beyond 5 MiB/partition).
    int64_t kept = 0, lowSum = 0;
    for (int p = 0; p < kPartitions; ++p) {
        int64_t low = 0, high = 0;
        rd_kafka_query_watermark_offsets(producer, kTopic, p, &low, &high, 10'000);
        kept += high - low;
        lowSum += low;
    }
    rd_kafka_destroy(producer);
    if (size_t(kept) != produced || lowSum != 0)
        throw std::runtime_error("sandbox kept " + std::to_string(kept) + " of "
                                 + std::to_string(produced) + " records");
    return bytes;
}

// source.kafka read directly (no engine): events/s of the reader side.
double weirConsume(const std::string &servers, size_t events)
{
    NodeSpec node{.id = "events", .type = "source.kafka",
                  .params = {{"bootstrap_servers", servers},
                             {"topics", Json::array({kTopic})},
                             {"group_id", "weir-bench-source"},
                             {"starting_offsets", "earliest"}}};
    auto source = buildSource(node);
    const auto start = std::chrono::steady_clock::now();
    source->open({});
    size_t read = 0;
    const auto deadline = start + std::chrono::seconds(120);
    while (read < events && std::chrono::steady_clock::now() < deadline) {
        RawChunk chunk;
        source->read(chunk, 4096);
        read += chunk.size();
    }
    const double secs = seconds(start);
    source->close();
    if (read != events)
        throw std::runtime_error("source.kafka read " + std::to_string(read) + " of "
                                 + std::to_string(events) + " records");
    return secs;
}

// kcat reading the same topic from the beginning to the end, values one per line.
double kcatConsume(const std::string &servers, size_t events)
{
    const std::string cmd = "kcat -C -b " + servers + " -t " + kTopic
                          + " -o beginning -e -q -f '%s\\n' | wc -l";
    const auto start = std::chrono::steady_clock::now();
    FILE *pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run kcat");
    unsigned long long lines = 0;
    const int scanned = std::fscanf(pipe, "%llu", &lines);
    const int status = pclose(pipe);
    const double secs = seconds(start);
    if (scanned != 1 || status != 0 || lines != events)
        throw std::runtime_error("kcat printed " + std::to_string(lines) + " of "
                                 + std::to_string(events) + " records (status "
                                 + std::to_string(status) + ")");
    return secs;
}

// The example pipeline with its generator replaced by source.kafka on the topic.
bool wholePipeline(Pipeline pipeline, const std::string &servers, size_t events)
{
    NodeSpec *node = pipeline.node("events");
    node->type = "source.kafka";
    node->params = {{"bootstrap_servers", servers},
                    {"topics", Json::array({kTopic})},
                    {"group_id", "weir-bench-pipeline"},
                    {"starting_offsets", "earliest"}};
    const auto [s, secs] = runExampleOnce(pipeline, "weir-bench-kafka");
    if (s.state != RunState::Finished) {
        std::fprintf(stderr, "kafka pipeline failed: %s\n", s.error.c_str());
        return false;
    }
    if (size_t(s.eventsIn) != events) {
        std::fprintf(stderr, "kafka pipeline read %llu of %zu records\n",
                     (unsigned long long)s.eventsIn, events);
        return false;
    }
    report("whole example pipeline via Kafka", size_t(s.eventsIn), secs,
           "  (source.kafka -> parse -> watermark -> window -> SQLite)");
    return true;
}

} // namespace

bool runKafkaBench(const Pipeline &example, const Json &generator, size_t events)
{
    try {
        SandboxBroker broker(1, kPartitions);
        const std::string servers = broker.bootstrapServers();
        broker.createTopic(kTopic, kPartitions);
        Json params = generator;
        params["count"] = events;
        const auto start0 = std::chrono::steady_clock::now();
        const size_t bytes = preload(servers, params, events);
        const double produceSeconds = seconds(start0);
        char note[128];
        std::snprintf(note, sizeof note, "  (%.1f MB, %d partitions, sandbox broker)",
                      double(bytes) / 1e6, kPartitions);
        report("kafka preload (librdkafka producer)", events, produceSeconds, note);

        const double weirSeconds = weirConsume(servers, events);
        report("source.kafka read only", events, weirSeconds);
        const double kcatSeconds = kcatConsume(servers, events);
        report("  peer: kcat -C ... -e | wc -l", events, kcatSeconds);
        std::printf("  source.kafka / kcat: %.2fx (goal >= 0.8x)\n", kcatSeconds / weirSeconds);

        return wholePipeline(example, servers, events);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "kafka bench failed: %s\n", e.what());
        return false;
    }
}

} // namespace weir::bench
