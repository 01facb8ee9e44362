#pragma once

#include "pipeline.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace weir {

// Dead letters: the records a transform.parse_json could not read, as its `errors` port
// sends them (schema.h deadLetterSchema) into a sink the user wired to it.

// A sink that stores dead letters: fed by an `errors` port, a sink.file (NDJSON) or a
// sink.sqlite table. Paths are as the pipeline gives them (relative ones to the working
// directory, as the runner reads them).
struct DeadLetterStore
{
    std::string sink;  // the sink's id
    std::string type;  // sink.file or sink.sqlite
    std::string path;
    std::string table; // sink.sqlite only
    bool upsert = false; // sink.sqlite in mode upsert (see redrive.h)
    std::vector<std::string> fedBy; // the nodes whose errors port feeds it
};

struct DeadLetter
{
    std::string node;    // the node that refused the record
    std::string reason;  // why
    std::string source;  // the source that read it; empty when unknown
    std::optional<int64_t> partition; // where the source read it: Kafka partition key,
    std::optional<int64_t> offset;    // offset; a file's byte offset; a generator's index
    std::optional<std::string> value; // the original bytes; nullopt for a null value
    std::string store;   // the store's sink id
    int64_t location = 0; // NDJSON: the 1-based line number; SQLite: the rowid

    bool operator==(const DeadLetter &) const = default;
};

// The stores of a pipeline, in node order. Sinks of other types fed by an errors port
// (sink.kafka, sink.console) keep nothing readable and are left out.
std::vector<DeadLetterStore> deadLetterStores(const Pipeline &pipeline);

// The letters a store holds, in store order. A store not written yet (no file, no table)
// holds none. Throws std::runtime_error naming the path for a file that cannot be read, a
// database that cannot be opened or a line that is no dead letter.
std::vector<DeadLetter> readDeadLetters(const DeadLetterStore &store);

// Removes these letters (by location) from the store: an NDJSON file is rewritten to a
// temporary file that replaces it (rename), keeping sink.file's commit marker in step; a
// table loses their rows in one transaction. Each letter must still be at its location
// as read (else std::runtime_error and nothing is removed): the store must not be written
// meanwhile, i.e. its pipeline not run.
void removeDeadLetters(const DeadLetterStore &store, const std::vector<DeadLetter> &letters);

} // namespace weir
