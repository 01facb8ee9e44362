#pragma once

// The pipeline the Kafka fault, group and backpressure tests run — source.kafka ->
// transform.parse_json -> sink.sqlite (append into table "records") — and ways to watch it.
#include "pipeline.h"
#include "pipelinerunner.h"
#include "sqlitedb.h"

#include <chrono>
#include <functional>
#include <string>
#include <thread>

// `source` holds the source.kafka params; `schema` the parse_json schema.
inline weir::Pipeline kafkaToSqlite(const std::string &name, const weir::Json &source,
                                    const weir::Json &schema, const std::string &db,
                                    const weir::Json &settings)
{
    weir::Pipeline p;
    p.name = name;
    p.settings = settings;
    p.nodes = {
        {"events", "source.kafka", source, std::nullopt},
        {"parse", "transform.parse_json", {{"schema", schema}}, std::nullopt},
        {"sink",
         "sink.sqlite",
         {{"path", db}, {"table", "records"}, {"mode", "append"}},
         std::nullopt},
    };
    p.edges = {{"events", "out", "parse"}, {"parse", "out", "sink"}};
    return p;
}

// Rows in "records"; -1 while the table does not exist yet or the database is busy.
inline int64_t recordCount(const std::string &db)
{
    try {
        weir::SqliteDb conn(db, false);
        weir::SqliteStatement select(conn, "SELECT COUNT(*) FROM records");
        return select.step() ? select.columnInt(0) : -1;
    } catch (const std::exception &) {
        return -1;
    }
}

// Polls `done` until it holds, the runner fails or ends, or the deadline passes; false
// (with the reason in `why`) unless done.
inline bool waitForRunner(weir::PipelineRunner &runner, const std::function<bool()> &done,
                          std::chrono::seconds timeout, std::string &why)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (done())
            return true;
        const weir::MetricsSnapshot s = runner.snapshot();
        if (s.state == weir::RunState::Failed || s.state == weir::RunState::Finished) {
            why = std::string("the runner ") + weir::runStateName(s.state) + ": " + s.error;
            return false;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            why = "timed out; eventsIn " + std::to_string(s.eventsIn);
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}
