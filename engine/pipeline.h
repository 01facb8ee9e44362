#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace weir {

// JSON that keeps the key order it was read with, so files round-trip stably.
using Json = nlohmann::ordered_json;

struct CanvasPosition
{
    double x = 0;
    double y = 0;
    bool operator==(const CanvasPosition &) const = default;
};

struct NodeSpec
{
    std::string id;
    std::string type;      // "source.generator", "window.sliding", ...
    Json params = Json::object();
    std::optional<CanvasPosition> position;
    bool operator==(const NodeSpec &) const = default;
};

// An edge from a named output port of one node to the input of another.
struct EdgeSpec
{
    std::string from;
    std::string port = "out"; // out | errors | late
    std::string to;
    bool operator==(const EdgeSpec &) const = default;
};

// A pipeline as its *.weir.json file holds it: nodes, edges, run settings.
struct Pipeline
{
    static constexpr int kFormatVersion = 1;

    int version = kFormatVersion;
    std::string name;
    std::string description;
    Json settings = Json::object(); // trigger, interval, queue, batch sizes ...
    std::vector<NodeSpec> nodes;
    std::vector<EdgeSpec> edges;

    const NodeSpec *node(const std::string &id) const;
    NodeSpec *node(const std::string &id);
    bool operator==(const Pipeline &) const = default;
};

} // namespace weir
