#pragma once

#include <string>
#include <vector>

namespace weir {

// A third-party library the engine is built on, for About dialogs and --version output.
struct LibraryInfo
{
    std::string name;      // "librdkafka"
    std::string version;   // as linked at run time where the library says so, else as built
    std::string license;   // SPDX expression: "BSD-2-Clause"
    std::string copyright; // the notice line of the library's licence
    std::string url;       // the project's home page
};

// The libraries of the engine (the GUI adds Qt's own).
std::vector<LibraryInfo> engineLibraries();

} // namespace weir
