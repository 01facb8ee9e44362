#pragma once

#include "pipelinefile.h"

#include <string>

// A small pipeline for runtime tests: generator -> parse -> watermark -> tumbling
// window -> SQLite, with dead letters to a file.
inline weir::Pipeline smallPipeline(const std::string &dir, int64_t count, double rate)
{
    using weir::Json;
    weir::Pipeline p;
    p.name = "runtime_test";
    p.settings = {{"trigger", "processing_time"}, {"interval", "50ms"}};
    p.nodes = {
        {"events", "source.generator",
         {{"seed", 7}, {"count", count}, {"rate", rate}, {"start_time", "2026-01-01T00:00:00Z"},
          {"time_rate", 1000}, {"malformed", 0.01}},
         std::nullopt},
        {"parse", "transform.parse_json",
         {{"schema", Json::array({{{"name", "user_id"}, {"type", "string"}},
                                  {{"name", "event_type"}, {"type", "string"}},
                                  {{"name", "timestamp"}, {"type", "timestamp"}}})}},
         std::nullopt},
        {"wm", "transform.watermark", {{"event_time", "timestamp"}, {"delay", "1 minute"}}, std::nullopt},
        {"win", "window.tumbling",
         {{"size", "1 minute"},
          {"group_by", Json::array({"event_type"})},
          {"aggregates", Json::array({{{"fn", "count"}, {"as", "n"}}})}},
         std::nullopt},
        {"sink", "sink.sqlite", {{"path", dir + "/out.db"}}, std::nullopt},
        {"dead", "sink.file", {{"path", dir + "/dead.ndjson"}}, std::nullopt},
    };
    p.edges = {{"events", "out", "parse"}, {"parse", "out", "wm"}, {"parse", "errors", "dead"},
               {"wm", "out", "win"}, {"win", "out", "sink"}};
    return p;
}
