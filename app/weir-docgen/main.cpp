// weir-docgen: writes the files generated from the engine's node registry, so the docs and
// the translations cannot drift from it.
//   weir-docgen --qt-strings FILE       the registry's texts for lupdate
//   weir-docgen --node-reference FILE   docs/nodes.md, the node reference
//   weir-docgen --json-schema FILE      docs/pipeline.schema.json, for editors
#include "catalogstrings.h"
#include "jsonschema.h"
#include "nodereference.h"

#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <string>

using namespace weir;

namespace {

const std::map<std::string, std::function<std::string()>> &generators()
{
    static const std::map<std::string, std::function<std::string()>> all = {
        {"--qt-strings", catalogStringsSource},
        {"--node-reference", nodeReferenceMarkdown},
        {"--json-schema", pipelineJsonSchema},
    };
    return all;
}

int usage()
{
    std::fprintf(stderr, "usage: weir-docgen (");
    const char *separator = "";
    for (const auto &[option, generate] : generators()) {
        std::fprintf(stderr, "%s%s", separator, option.c_str());
        separator = " | ";
    }
    std::fprintf(stderr, ") FILE...\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3 || (argc - 1) % 2 != 0)
        return usage();
    for (int i = 1; i + 1 < argc; i += 2) {
        const auto generator = generators().find(argv[i]);
        if (generator == generators().end())
            return usage();
        std::ofstream out(argv[i + 1], std::ios::binary | std::ios::trunc);
        out << generator->second();
        out.close();
        if (!out) {
            std::fprintf(stderr, "weir-docgen: cannot write %s\n", argv[i + 1]);
            return 1;
        }
    }
    return 0;
}
