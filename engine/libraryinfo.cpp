#include "libraryinfo.h"

#include <librdkafka/rdkafka.h>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <sqlite3.h>

// SIMDJSON_VERSION is a bare token (3.0.1), not a string.
#define WEIR_STRINGIFY_(x) #x
#define WEIR_STRINGIFY(x) WEIR_STRINGIFY_(x)

namespace weir {

namespace {

std::string nlohmannVersion()
{
    return std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + '.'
           + std::to_string(NLOHMANN_JSON_VERSION_MINOR) + '.'
           + std::to_string(NLOHMANN_JSON_VERSION_PATCH);
}

} // namespace

std::vector<LibraryInfo> engineLibraries()
{
    return {
        {"librdkafka", rd_kafka_version_str(), "BSD-2-Clause",
         "Copyright (c) 2012-2022, Magnus Edenhill", "https://github.com/confluentinc/librdkafka"},
        {"simdjson", WEIR_STRINGIFY(SIMDJSON_VERSION), "Apache-2.0 OR MIT",
         "Copyright 2018-2023 The simdjson authors", "https://simdjson.org"},
        {"SQLite", sqlite3_libversion(), "blessing (public domain)",
         "The SQLite authors dedicated the code to the public domain", "https://sqlite.org"},
        {"prometheus-cpp", WEIR_PROMETHEUS_CPP_VERSION, "MIT",
         "Copyright (c) 2016-2021 Jupp Mueller, Gregor Jasny", "https://github.com/jupp0r/prometheus-cpp"},
        {"CivetWeb (in prometheus-cpp)", "", "MIT",
         "Copyright (c) 2013-2021 the CivetWeb developers", "https://github.com/civetweb/civetweb"},
        {"nlohmann/json", nlohmannVersion(), "MIT", "Copyright (c) 2013-2022 Niels Lohmann",
         "https://json.nlohmann.me"},
    };
}

} // namespace weir
