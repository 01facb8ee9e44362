#include "alertrules.h"

#include "paramvalidator.h"

#include <cmath>

namespace weir {

namespace {

// A JSON string is a valid YAML double-quoted scalar.
std::string yamlQuote(const std::string &text)
{
    return Json(text).dump();
}

// A PromQL string literal.
std::string promQuote(const std::string &text)
{
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '\\' || c == '"')
            quoted += '\\';
        if (c == '\n')
            quoted += "\\n";
        else
            quoted += c;
    }
    return quoted + "\"";
}

std::string promDuration(double seconds)
{
    const auto ms = int64_t(std::llround(seconds * 1000));
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + "s" : std::to_string(ms) + "ms";
}

struct Rule
{
    std::string alert;
    std::string expr;
    std::string summary;
    std::string description;
};

Rule lagRule(const std::string &selector, const std::string &label, double threshold)
{
    return {"WeirConsumerLagHigh",
            "max(pipeline_consumer_lag_seconds{" + selector + "}) > " + formatNumber(threshold),
            "Consumer lag above " + formatNumber(threshold) + " s on pipeline " + label,
            "The oldest unconsumed Kafka record of pipeline " + label
                + " is {{ $value | humanize }} s old (threshold " + formatNumber(threshold)
                + " s)."};
}

Rule errorRule(const std::string &selector, const std::string &label, double threshold)
{
    const std::string window = std::string("[") + kAlertRateWindow + "]";
    return {"WeirErrorRateHigh",
            "100 * sum(rate(pipeline_events_processed_total{" + selector + ",status=\"error\"}"
                + window + ")) / sum(rate(pipeline_events_processed_total{" + selector + "}"
                + window + ")) > " + formatNumber(threshold),
            "Error rate above " + formatNumber(threshold) + " % on pipeline " + label,
            "{{ $value | humanize }} % of the records pipeline " + label
                + " read went to an errors port (threshold " + formatNumber(threshold) + " %)."};
}

Rule latencyRule(const std::string &selector, const std::string &label, double thresholdMs)
{
    const std::string window = std::string("[") + kAlertRateWindow + "]";
    return {"WeirLatencyP99High",
            "histogram_quantile(0.99, sum by (le) (rate(pipeline_end_to_end_latency_seconds_bucket{"
                + selector + "}" + window + "))) > " + formatNumber(thresholdMs / 1000.0),
            "p99 latency above " + formatNumber(thresholdMs) + " ms on pipeline " + label,
            "The end-to-end p99 latency of pipeline " + label
                + " is {{ $value | humanize }} s (threshold " + formatNumber(thresholdMs)
                + " ms)."};
}

void writeRule(std::string &out, const Rule &rule, const std::string &label, double forSeconds)
{
    out += "      - alert: " + rule.alert + "\n";
    out += "        expr: " + yamlQuote(rule.expr) + "\n";
    out += "        for: " + promDuration(forSeconds) + "\n";
    out += "        labels:\n";
    out += "          severity: warning\n";
    out += "          pipeline: " + yamlQuote(label) + "\n";
    out += "        annotations:\n";
    out += "          summary: " + yamlQuote(rule.summary) + "\n";
    out += "          description: " + yamlQuote(rule.description) + "\n";
}

} // namespace

std::string prometheusPipelineLabel(const Pipeline &pipeline)
{
    return pipeline.name.empty() ? "pipeline" : pipeline.name; // as RunEngine names it
}

std::string prometheusAlertRules(const Pipeline &pipeline, const AlertThresholds &thresholds)
{
    const std::string label = prometheusPipelineLabel(pipeline);
    const std::string selector = "pipeline=" + promQuote(label);
    std::string out = "# Prometheus alerting rules for the Weir pipeline " + yamlQuote(label)
                      + ",\n# made from its settings.alerts. Load with rule_files: in "
                        "prometheus.yml.\ngroups:\n";
    out += "  - name: " + yamlQuote("weir-" + label) + "\n    rules:\n";
    if (thresholds.lagSeconds)
        writeRule(out, lagRule(selector, label, *thresholds.lagSeconds), label,
                  thresholds.forSeconds);
    if (thresholds.errorPercent)
        writeRule(out, errorRule(selector, label, *thresholds.errorPercent), label,
                  thresholds.forSeconds);
    if (thresholds.latencyP99Ms)
        writeRule(out, latencyRule(selector, label, *thresholds.latencyP99Ms), label,
                  thresholds.forSeconds);
    return out;
}

} // namespace weir
