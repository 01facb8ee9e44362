#pragma once

#include "pipeline.h"

#include <set>
#include <string>
#include <vector>

namespace weir {

// Rewrites a pipeline for a debug run - a replay of a Kafka range, a data preview, a
// re-drive of dead letters - so that it reads a bounded input and writes nowhere a
// production run writes. Each step is a pure function of the pipeline; the callers combine
// them (see replayplan.h, previewplan.h).

// Where one sink's records went in a debug run.
struct SinkRedirect
{
    std::string node;         // the sink's id
    std::string originalType; // sink.sqlite, sink.file, sink.kafka, sink.console
    std::string type;         // what it writes now: sink.sqlite or sink.file
    std::string path;         // the file it writes now
    std::string table;        // for sink.sqlite: the table
    std::vector<std::string> key; // for sink.sqlite upserts: the key fields given, if any
};

// Keeps the named sources and every node they reach; drops all other nodes and the edges
// touching them (e.g. the generator that feeds the replayed topic in the same file).
// Throws PipelineError when a name is not a source of the pipeline.
void keepDownstreamOf(Pipeline &pipeline, const std::set<std::string> &sourceIds);

// Points every sink into `directory` (which must exist): sink.sqlite writes
// <directory>/<id>.db with the same table, mode and key; sink.file, sink.kafka and
// sink.console write <directory>/<id>.ndjson, so nothing reaches a real topic.
std::vector<SinkRedirect> redirectSinks(Pipeline &pipeline, const std::string &directory);

// A bounded run with no state: trigger once, no checkpoint, no metrics endpoint, Kafka
// sources that leave their consumer group alone (commit_offsets false, assign mode), and
// watermarks aligned over the partitions the run reads (align_partitions): a bounded run
// reads each partition's records in bulk, one after another.
void makeBoundedDebugRun(Pipeline &pipeline);

// Makes every relative path parameter (ParamType::Path) absolute against `directory`, so a
// debug run reads the files the document means wherever the process's current directory is.
void resolveRelativePaths(Pipeline &pipeline, const std::string &directory);

// The ids of the pipeline's Kafka sources that read `topic`.
std::vector<std::string> kafkaSourcesReading(const Pipeline &pipeline, const std::string &topic);

} // namespace weir
