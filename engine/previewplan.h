#pragma once

#include "debugpipeline.h"
#include "kafkabrowsetypes.h"
#include "pipeline.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace weir {

// A data preview: the pipeline run over the first N records of each source, with a tap on
// every output port, writing nowhere a production run writes.
//
// Layout of the preview directory (its three subfolders are the preview's own: planning
// empties them):
//   taps/<node>.<port>.ndjson   what each node sent out of each port (out, errors, late)
//   sinks/<sink>.ndjson|.db     the real sinks, redirected (see redirectSinks)
//   samples/<source>.ndjson     the first N lines of each file source (or the sample file)
// Characters other than letters, digits, '.', '_' and '-' in a node id are written as %XX
// in those file names.
//
// Tap nodes are sink.file nodes with the id "preview.tap:<node>:<port>"; should the
// pipeline already hold such an id, "#2", "#3", ... is appended until it is unique.
// PreviewTap lists the ids and files actually used.

struct PreviewOptions
{
    int64_t records = 100;          // N: the records read from each source
    std::string directory;          // must exist
    std::string sampleFile;         // optional: an NDJSON file read instead of...
    std::string sampleSource;       // ...this source (its id), through a source.file
};

struct PreviewTap
{
    std::string node; // the tapped node
    std::string port; // out, errors, late
    std::string tapId; // the added sink.file node
    std::string path;  // the NDJSON file it writes
};

struct PreviewPlan
{
    Pipeline pipeline;                // what runs
    Pipeline original;                // what the user drew
    std::string directory;
    std::vector<PreviewTap> taps;
    std::vector<SinkRedirect> sinks;
    std::vector<std::string> notes; // what the preview could not do as asked, for the user
};

// Per Kafka source id: its cluster's topics with their partitions' watermarks, as
// KafkaAdmin::listTopics returns them.
using KafkaTopics = std::map<std::string, std::vector<TopicInfo>>;

// The plan of a preview: generator sources generate N events as fast as possible (keeping
// the pace of their event clock); file sources and the sample file read a copy of their
// first N records; Kafka sources read N records spread evenly over their topics' partitions,
// each from its low watermark (a partition with fewer gives its share to the others); one
// reading a topic that does not exist reads nothing (see notes). Writes the sample copies.
// Throws PipelineError for a sample source that is no source or a Kafka source missing from
// `topics`; std::runtime_error for N < 1 and for files it cannot read or write.
PreviewPlan planPreview(const Pipeline &pipeline, const PreviewOptions &options,
                        const KafkaTopics &topics = {});

// How `records` spread over partitions holding `available` records each: as evenly as
// they allow, never more than a partition holds; in the order of `available`.
std::vector<int64_t> spreadOverPartitions(int64_t records, const std::vector<int64_t> &available);

// The file name a node id gets in a preview directory (see above).
std::string previewFileName(const std::string &nodeId);

} // namespace weir
