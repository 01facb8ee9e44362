#pragma once

#include "previewresult.h"

#include <stop_token>

namespace weir {

// Runs a data preview and blocks until its records are on disk (call it off the GUI
// thread): plans it (see planPreview; each Kafka source's cluster is asked for its topics'
// watermarks with KafkaAdmin), runs it to the end and reads the taps back. Throws
// PipelineError for an invalid pipeline and std::runtime_error when a cluster cannot be
// reached, a file cannot be read or written, the run fails or `stop` was requested.
PreviewResult runPreview(const Pipeline &pipeline, const PreviewOptions &options,
                         std::stop_token stop = {});

// The topics of each Kafka source's cluster (KafkaTopics), asked with KafkaAdmin.
KafkaTopics kafkaTopicsOf(const Pipeline &pipeline);

} // namespace weir
