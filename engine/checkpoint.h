#pragma once

#include "operator.h"
#include "source.h"
#include "sqlitedb.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace weir {

// The input of one micro-batch from one source: [from, to) per partition.
struct SourceRange
{
    std::string source;
    Positions from;
    Positions to;
    bool operator==(const SourceRange &) const = default;
};

struct BatchRanges
{
    int64_t batchId = 0;
    std::vector<SourceRange> ranges;
    bool finalBatch = false; // the batch closes all windows (end of input)
};

// The run's memory across restarts, as Spark keeps it: an offsets log written
// before a batch runs, a commit log (with the operator state that changed)
// written after its sinks committed, all in one SQLite file. Opening refuses a
// file that is not a Weir checkpoint, is damaged, or belongs to another pipeline.
class Checkpoint
{
public:
    static constexpr const char *kFormat = "weir-checkpoint-1";

    Checkpoint(const std::string &path, const std::string &pipelineName,
               const std::string &fingerprint);

    int64_t lastCommittedBatch() const { return m_lastCommitted; }
    bool inputFinished() const { return m_finished; }
    std::optional<BatchRanges> offsets(int64_t batchId) const;
    void writeOffsets(const BatchRanges &batch);

    void loadState(const std::string &node, Operator &op) const;
    // Records batch `batchId` as done, with the state each operator changed.
    void commit(int64_t batchId, int64_t watermark, bool inputFinished,
                const std::vector<std::pair<std::string, Operator *>> &statefulOperators);

    std::optional<std::string> sourceSettings(const std::string &node) const;
    void saveSourceSettings(const std::string &node, const std::string &settings);
    const std::string &path() const { return m_db.path(); }

private:
    void createTables(const std::string &pipelineName, const std::string &fingerprint);
    void checkExisting(const std::string &fingerprint);
    void readLastCommit();

    SqliteDb m_db;
    int64_t m_lastCommitted = -1;
    bool m_finished = false;
};

std::string positionsToJson(const Positions &positions);
Positions positionsFromJson(const std::string &text);

} // namespace weir
