#pragma once

#include "kafkasourceparams.h"
#include "source.h"

namespace weir {

// The embedded sandbox broker (bootstrap_servers "embedded") lives inside the process and
// starts empty on every run, while a checkpoint remembers Kafka offsets from an earlier
// run. Resuming such a checkpoint would find every partition shorter than the position
// it remembers; this check says why in those terms, before the source opens.
//
// Throws std::runtime_error naming the first topic/partition whose restored position lies
// beyond what the embedded sandbox holds, explaining that it forgets its records when the
// process exits and suggesting to delete the checkpoint or to run weir-broker. Does nothing
// for other brokers, for an empty `from` (no checkpoint) and with on_data_loss "continue"
// (which reads the new records from the start of each partition).
void checkSandboxResume(const KafkaSourceParams &params, const Positions &from);

} // namespace weir
