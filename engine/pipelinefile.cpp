#include "pipelinefile.h"

#include "spelling.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

namespace weir {

namespace {

const std::vector<std::string> kTopLevelKeys{"format",   "version", "name", "description",
                                             "settings", "nodes",   "edges"};
const std::vector<std::string> kNodeKeys{"id", "type", "params", "position"};
const std::vector<std::string> kEdgeKeys{"from", "port", "to"};
const std::vector<std::string> kPositionKeys{"x", "y"};

bool contains(const std::vector<std::string> &names, const std::string &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string quoted(const std::string &text)
{
    return "\"" + text + "\"";
}

std::string indexed(const char *array, size_t index)
{
    return std::string(array) + "[" + std::to_string(index) + "]";
}

// Turns the JSON document into a Pipeline, collecting every structural problem.
class PipelineReader
{
public:
    Pipeline read(const Json &document);

private:
    bool readHeader(const Json &document);
    void readOptionalText(const Json &document, const char *key, std::string &target);
    NodeSpec readNode(const Json &json, size_t index);
    std::optional<CanvasPosition> readPosition(const Json &json, const std::string &node);
    EdgeSpec readEdge(const Json &json, size_t index);
    // Unknown keys are problems (a typo would silently lose data); `param` empty names
    // the key itself.
    void checkKeys(const Json &object, const std::vector<std::string> &known,
                   const std::string &node, const std::string &param, const std::string &where);
    void add(std::string node, std::string param, std::string message)
    {
        m_problems.push_back({std::move(node), std::move(param), std::move(message)});
    }

    std::vector<Problem> m_problems;
};

Pipeline PipelineReader::read(const Json &document)
{
    Pipeline pipeline;
    if (!document.is_object())
        throw PipelineError("", "", "a pipeline file must hold a JSON object");
    if (!readHeader(document))
        throw PipelineError(m_problems);
    checkKeys(document, kTopLevelKeys, "", "", "the file");
    readOptionalText(document, "name", pipeline.name);
    readOptionalText(document, "description", pipeline.description);
    if (const auto it = document.find("settings"); it != document.end()) {
        if (it->is_object())
            pipeline.settings = *it;
        else
            add("", "settings", "\"settings\" must be an object");
    }
    const auto nodes = document.find("nodes");
    if (nodes == document.end())
        add("", "nodes", "missing \"nodes\": a pipeline needs an array of nodes");
    else if (!nodes->is_array())
        add("", "nodes", "\"nodes\" must be an array");
    else
        for (size_t i = 0; i < nodes->size(); ++i)
            pipeline.nodes.push_back(readNode((*nodes)[i], i));
    if (const auto edges = document.find("edges"); edges != document.end()) {
        if (!edges->is_array())
            add("", "edges", "\"edges\" must be an array");
        else
            for (size_t i = 0; i < edges->size(); ++i)
                pipeline.edges.push_back(readEdge((*edges)[i], i));
    }
    if (!m_problems.empty())
        throw PipelineError(m_problems);
    return pipeline;
}

// Format and version come first: past a wrong one, the rest would only add noise.
bool PipelineReader::readHeader(const Json &document)
{
    const auto format = document.find("format");
    if (format == document.end()) {
        add("", "format", "missing \"format\": expected \"weir-pipeline\"");
        return false;
    }
    if (!format->is_string() || format->get<std::string>() != kPipelineFormat) {
        add("", "format", "not a Weir pipeline: \"format\" is " + format->dump()
                              + ", expected \"weir-pipeline\"");
        return false;
    }
    const auto version = document.find("version");
    if (version == document.end()) {
        add("", "version", "missing \"version\" (this Weir reads version 1)");
        return false;
    }
    if (!version->is_number_integer() || version->get<int64_t>() < 1
        || version->get<int64_t>() > Pipeline::kFormatVersion) {
        add("", "version", "unsupported version " + version->dump() + ": this Weir reads version "
                               + std::to_string(Pipeline::kFormatVersion));
        return false;
    }
    return true;
}

void PipelineReader::readOptionalText(const Json &document, const char *key, std::string &target)
{
    const auto it = document.find(key);
    if (it == document.end())
        return;
    if (it->is_string())
        target = it->get<std::string>();
    else
        add("", key, quoted(key) + " must be a string");
}

NodeSpec PipelineReader::readNode(const Json &json, size_t index)
{
    NodeSpec node;
    std::string name = indexed("nodes", index);
    if (!json.is_object()) {
        add(name, "", "each node must be a JSON object");
        return node;
    }
    const auto id = json.find("id");
    if (id == json.end())
        add(name, "id", "missing \"id\"");
    else if (!id->is_string())
        add(name, "id", "\"id\" must be a string");
    else
        node.id = id->get<std::string>();
    if (!node.id.empty())
        name = node.id;
    const auto type = json.find("type");
    if (type == json.end())
        add(name, "type", "missing \"type\"");
    else if (!type->is_string())
        add(name, "type", "\"type\" must be a string");
    else
        node.type = type->get<std::string>();
    if (const auto params = json.find("params"); params != json.end()) {
        if (params->is_object())
            node.params = *params;
        else
            add(name, "params", "\"params\" must be an object");
    }
    if (const auto position = json.find("position"); position != json.end())
        node.position = readPosition(*position, name);
    checkKeys(json, kNodeKeys, name, "", "a node");
    return node;
}

std::optional<CanvasPosition> PipelineReader::readPosition(const Json &json,
                                                           const std::string &node)
{
    const auto x = json.find("x");
    const auto y = json.find("y");
    if (!json.is_object() || x == json.end() || y == json.end() || !x->is_number()
        || !y->is_number()) {
        add(node, "position", "\"position\" must be an object with numbers \"x\" and \"y\"");
        return std::nullopt;
    }
    checkKeys(json, kPositionKeys, node, "position", "a position");
    return CanvasPosition{x->get<double>(), y->get<double>()};
}

EdgeSpec PipelineReader::readEdge(const Json &json, size_t index)
{
    EdgeSpec edge;
    const std::string where = indexed("edges", index);
    if (!json.is_object()) {
        add("", where, "each edge must be an object with \"from\", \"port\" and \"to\"");
        return edge;
    }
    std::string node;
    auto field = [&](const char *key, std::string &target, bool required) {
        const auto it = json.find(key);
        if (it == json.end() && required)
            add(node, where, "the edge has no " + quoted(key));
        else if (it != json.end() && !it->is_string())
            add(node, where, "the edge's " + quoted(key) + " must be a string");
        else if (it != json.end())
            target = it->get<std::string>();
    };
    field("from", edge.from, true);
    node = edge.from;
    field("port", edge.port, false);
    field("to", edge.to, true);
    checkKeys(json, kEdgeKeys, node, where, "an edge");
    return edge;
}

void PipelineReader::checkKeys(const Json &object, const std::vector<std::string> &known,
                               const std::string &node, const std::string &param,
                               const std::string &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string &key = it.key();
        if (!contains(known, key))
            add(node, param.empty() ? key : param,
                "unknown key " + quoted(key) + " in " + where + didYouMean(key, known)
                    + "; expected " + joinNames(known));
    }
}

// Line and column (in characters) of the byte nlohmann stopped at.
std::string positionOf(std::string_view text, size_t byte)
{
    const size_t at = std::min(byte > 0 ? byte - 1 : 0, text.size());
    size_t line = 1;
    size_t column = 1;
    for (size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 4, column 9: syntax
// error ..." without the prefix and its own position.
std::string parseReason(const Json::parse_error &error)
{
    const std::string what = error.what();
    const size_t column = what.find("column ");
    const size_t colon = what.find(": ", column == std::string::npos ? 0 : column);
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

Json numberOf(double value)
{
    if (!std::isfinite(value))
        return 0;
    if (value == std::trunc(value) && std::fabs(value) < 9.0e15)
        return int64_t(value);
    return value;
}

} // namespace

Pipeline loadPipeline(std::string_view jsonText)
{
    Json document;
    try {
        document = Json::parse(jsonText.begin(), jsonText.end());
    } catch (const Json::parse_error &error) {
        throw PipelineError("", "", "invalid JSON at " + positionOf(jsonText, error.byte) + ": "
                                        + parseReason(error));
    }
    return PipelineReader().read(document);
}

Pipeline loadPipelineFile(const std::string &path)
{
    auto failure = [&path](int error) {
        return PipelineError("", "", "cannot read pipeline file '" + path
                                         + "': " + std::strerror(error));
    };
    std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::fopen(path.c_str(), "rb"),
                                                          &std::fclose);
    if (!file)
        throw failure(errno);
    std::string text;
    char buffer[65536];
    size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, file.get())) > 0)
        text.append(buffer, read);
    if (std::ferror(file.get()))
        throw failure(errno);
    return loadPipeline(text);
}

std::string savePipeline(const Pipeline &pipeline)
{
    Json document = Json::object();
    document["format"] = std::string(kPipelineFormat);
    document["version"] = Pipeline::kFormatVersion;
    document["name"] = pipeline.name;
    if (!pipeline.description.empty())
        document["description"] = pipeline.description;
    if (!pipeline.settings.empty())
        document["settings"] = pipeline.settings;
    Json &nodes = document["nodes"] = Json::array();
    for (const NodeSpec &spec : pipeline.nodes) {
        Json node{{"id", spec.id}, {"type", spec.type}, {"params", spec.params}};
        if (node["params"].is_null())
            node["params"] = Json::object();
        if (spec.position)
            node["position"] = {{"x", numberOf(spec.position->x)},
                                {"y", numberOf(spec.position->y)}};
        nodes.push_back(std::move(node));
    }
    Json &edges = document["edges"] = Json::array();
    for (const EdgeSpec &edge : pipeline.edges)
        edges.push_back({{"from", edge.from}, {"port", edge.port}, {"to", edge.to}});
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace weir
