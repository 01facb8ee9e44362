#pragma once

#include "pipeline.h"
#include "problem.h"

#include <string>
#include <vector>

struct rd_kafka_conf_s;

namespace weir {

// The `config` object of a Kafka node (source.kafka, sink.kafka) passes librdkafka
// properties through. Pipeline files get shared, so keys that run programs, load code or
// switch TLS verification off are refused (the hole behind kafka-ui's and Kafka Connect's
// CVEs): sasl.kerberos.kinit.cmd, plugin.library.paths, ssl.engine.location, any key
// ending in ".cmd", any key starting with "test.", and - unless the node sets
// `allow_insecure_tls: true` - enable.ssl.certificate.verification other than true and
// ssl.endpoint.identification.algorithm other than https.
//
// `params` is the node's parameter object; returns one problem per refused key, with the
// parameter "config.<key>". Values of the wrong JSON type are left to the parameter checks.
std::vector<Problem> checkKafkaConfig(const std::string &node, const Json &params);

// "embedded" is SandboxBroker::shared()->bootstrapServers() (started on first use);
// anything else is returned unchanged.
std::string resolveBootstrapServers(const std::string &value);

// Sets one librdkafka property; returns "" or the reason, naming the key.
std::string setKafkaProperty(rd_kafka_conf_s *conf, const std::string &key,
                             const std::string &value);

// Sets every property of a `config` object (strings; numbers and booleans as their JSON
// text). Returns "" or the first error, naming the key. Call checkKafkaConfig first.
std::string applyKafkaConfig(rd_kafka_conf_s *conf, const Json &config);

} // namespace weir
