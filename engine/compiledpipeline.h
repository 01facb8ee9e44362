#pragma once

#include "metricssnapshot.h"
#include "operator.h"
#include "pipeline.h"
#include "problem.h"
#include "sink.h"
#include "source.h"

#include <memory>
#include <string>
#include <vector>

namespace weir {

// A node ready to run: its built source, operator or sink, and where its ports lead.
struct RuntimeNode
{
    enum class Kind { Source, Operator, Sink };

    std::string id;
    std::string type;
    Kind kind = Kind::Operator;
    std::unique_ptr<Source> source;
    std::unique_ptr<Operator> op;
    std::unique_ptr<Sink> sink;
    SchemaPtr inputSchema;
    struct Output
    {
        Port port;
        size_t target;
    };
    std::vector<Output> outputs;
    uint32_t sourceIndex = 0; // for sources: the Origin::source of their records
    NodeStats stats;
};

// A validated pipeline turned into runnable nodes in topological order, with the
// schema of every edge worked out. Building a node runs its factory, which is
// where deep checks happen (filter expressions, field references, types).
class CompiledPipeline
{
public:
    // Throws PipelineError listing every problem found.
    static std::unique_ptr<CompiledPipeline> compile(const Pipeline &pipeline);
    // Every problem of the file: structural validation, then node building.
    static std::vector<Problem> check(const Pipeline &pipeline);

    std::vector<RuntimeNode> nodes;
    std::vector<size_t> sources; // indexes into nodes, in Origin::source order
    std::string name;

    // Identifies what a checkpoint depends on: source ids and types, stateful nodes' params.
    std::string fingerprint() const { return m_fingerprint; }

private:
    std::string m_fingerprint;
};

} // namespace weir
