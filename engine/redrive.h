#pragma once

#include "deadletters.h"
#include "metricssnapshot.h"
#include "sinkmarkers.h"

#include <map>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace weir {

// Re-driving dead letters: after the schema is fixed, their original values go through the
// pipeline again, into its REAL sinks.
//
// How: the letters' values are written, one per line, to <scratch>/redrive-<epoch ms>-<source>.ndjson
// per source they name; that source becomes a source.file on the file (same id, so its
// edges stay); the pipeline keeps only what those sources reach (keepDownstreamOf) and runs
// once, bounded (makeBoundedDebugRun: no checkpoint, no group commits), to its end. Then
// the sinks' batch markers are put back where the production run left them (sinkmarkers.h:
// else a run with a checkpoint would drop its next batch there), and the re-driven letters
// are removed from their store. A transactional sink.kafka produces plainly in a re-drive.
// A letter that fails again is written to the store again by the run itself, with its new
// reason - nothing is lost. Its source position then is partition 0 and the byte offset in
// the scratch file, which is kept.
//
// Limits, each refused with its reason (the letter stays in its store):
//  - a value that is null or empty, holds a newline or ends in '\r' cannot travel as one
//    NDJSON line unchanged;
//  - the letter's source must be a source of the pipeline; a letter without one is sent
//    through the only source upstream of its node, if there is exactly one;
//  - a store in a sink.sqlite table with mode upsert could have a re-failed letter
//    overwrite the row being removed: use mode append for dead-letter tables;
//  - a window downstream of the source starts with empty state in a re-drive: its rows would
//    hold the re-driven records alone and replace or sit beside the real ones. Re-drive
//    feeds stateless paths (parse, filter, sinks); for windows, replay the range instead.
// Everything the named sources reach gets the records again, e.g. a sink archiving the
// raw input. The store must not be written by another run meanwhile.

struct RedriveResult
{
    size_t redriven = 0; // letters sent through the pipeline and removed from the store
    std::vector<std::pair<DeadLetter, std::string>> refused; // left in the store, and why
    MetricsSnapshot run; // the run's final figures (errors = letters that failed again)
};

// Why a letter cannot be re-driven, or empty when it can (see above).
std::string redriveRefusal(const Pipeline &pipeline, const DeadLetterStore &store,
                           const DeadLetter &letter);

// The pipeline a re-drive runs: named sources replaced by source.file on
// `filesBySource` (source id -> NDJSON file), the rest as described above.
Pipeline redrivePipeline(const Pipeline &pipeline,
                         const std::map<std::string, std::string> &filesBySource);

// A re-drive ready to run: the scratch files are written and the letters still where they
// were read. Run `pipeline` bounded to its end, restoreSinkMarkers(markers) whatever the
// outcome, and after a finished run removeDeadLetters(store, accepted).
struct RedrivePlan
{
    Pipeline pipeline;
    std::vector<DeadLetter> accepted; // sent through `pipeline`
    std::vector<std::pair<DeadLetter, std::string>> refused; // left in the store, and why
    std::vector<SinkMarker> markers; // the sinks' batch markers before the re-drive
};

// Plans the re-drive of `letters` (see redriveDeadLetters), writing the scratch files into
// `scratchDirectory` (which must exist). `pipeline` is empty when no letter is accepted.
// Throws std::runtime_error when a file cannot be written or the store changed since the
// letters were read.
RedrivePlan planRedrive(const Pipeline &pipeline, const DeadLetterStore &store,
                        const std::vector<DeadLetter> &letters,
                        const std::string &scratchDirectory);

// Re-drives `letters` (read from `store` with readDeadLetters) of `pipeline`, writing the
// scratch files into `scratchDirectory` (which must exist), and blocks until done (call it
// off the GUI thread). Throws std::runtime_error when a file cannot be written, the run
// fails or is stopped - then nothing is removed from the store - or when the store changed
// since the letters were read.
RedriveResult redriveDeadLetters(const Pipeline &pipeline, const DeadLetterStore &store,
                                 const std::vector<DeadLetter> &letters,
                                 const std::string &scratchDirectory, std::stop_token stop = {});

} // namespace weir
