#include "previewrun.h"

#include "debugrun.h"
#include "kafkaadmin.h"

namespace weir {

KafkaTopics kafkaTopicsOf(const Pipeline &pipeline)
{
    KafkaTopics topics;
    for (const NodeSpec &node : pipeline.nodes) {
        if (node.type != "source.kafka")
            continue;
        KafkaAdmin admin(node.params.value("bootstrap_servers", std::string("embedded")),
                         node.params.value("config", Json::object()),
                         node.params.value("allow_insecure_tls", false));
        topics[node.id] = admin.listTopics(std::chrono::seconds(10));
    }
    return topics;
}

PreviewResult runPreview(const Pipeline &pipeline, const PreviewOptions &options,
                         std::stop_token stop)
{
    PreviewPlan plan = planPreview(pipeline, options, kafkaTopicsOf(pipeline));
    runToEnd(plan.pipeline, stop);
    return PreviewResult(std::move(plan));
}

} // namespace weir
