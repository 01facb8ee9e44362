#pragma once

#include "alertthresholds.h"
#include "pipeline.h"

#include <string>

namespace weir {

// The window the rules' rate() and histogram_quantile() look back over.
inline constexpr const char *kAlertRateWindow = "1m";

// The pipeline's alert thresholds as a Prometheus alerting-rules file (YAML), over the
// metrics weir-run serves: one rule per set threshold, filtered by the pipeline label,
// with the same `for`. Load it with rule_files: in prometheus.yml.
std::string prometheusAlertRules(const Pipeline &pipeline, const AlertThresholds &thresholds);

// The value of the `pipeline` label weir-run gives the pipeline's metrics.
std::string prometheusPipelineLabel(const Pipeline &pipeline);

} // namespace weir
