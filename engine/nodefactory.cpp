#include "nodefactory.h"

#include "consolesink.h"
#include "filesink.h"
#include "filesource.h"
#include "filteroperator.h"
#include "generatorsource.h"
#include "kafkasink.h"
#include "kafkasource.h"
#include "parsejsonoperator.h"
#include "problem.h"
#include "sqlitesink.h"
#include "watermarkoperator.h"
#include "windowoperator.h"

namespace weir {

bool isSourceType(const std::string &type)
{
    return type.rfind("source.", 0) == 0;
}

bool isSinkType(const std::string &type)
{
    return type.rfind("sink.", 0) == 0;
}

std::unique_ptr<Source> buildSource(const NodeSpec &node)
{
    if (node.type == "source.generator")
        return makeGeneratorSource(node.id, node.params);
    if (node.type == "source.file")
        return makeFileSource(node.id, node.params);
    if (node.type == "source.kafka")
        return makeKafkaSource(node.id, node.params);
    throw PipelineError(node.id, "", "unknown source type '" + node.type + "'");
}

std::unique_ptr<Operator> buildOperator(const NodeSpec &node, const NodeContext &context,
                                        SchemaPtr input)
{
    if (node.type == "transform.parse_json")
        return makeParseJson(context, node.params, std::move(input));
    if (node.type == "transform.filter")
        return makeFilter(context, node.params, std::move(input));
    if (node.type == "transform.watermark")
        return makeWatermark(context, node.params, std::move(input));
    if (node.type == "window.tumbling")
        return makeTumblingWindow(context, node.params, std::move(input));
    if (node.type == "window.sliding")
        return makeSlidingWindow(context, node.params, std::move(input));
    if (node.type == "window.session")
        return makeSessionWindow(context, node.params, std::move(input));
    throw PipelineError(node.id, "", "unknown node type '" + node.type + "'");
}

std::unique_ptr<Sink> buildSink(const NodeSpec &node)
{
    if (node.type == "sink.sqlite")
        return std::make_unique<SqliteSink>(node.id, node.params);
    if (node.type == "sink.file")
        return std::make_unique<FileSink>(node.id, node.params);
    if (node.type == "sink.console")
        return std::make_unique<ConsoleSink>(node.id, node.params);
    if (node.type == "sink.kafka")
        return std::make_unique<KafkaSink>(node.id, node.params);
    throw PipelineError(node.id, "", "unknown sink type '" + node.type + "'");
}

} // namespace weir
