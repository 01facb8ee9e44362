#pragma once

#include <string>

namespace weir {

// Every text of the node registry a person reads in the designer (titles, descriptions,
// port and parameter help, units; the help and units of the pipeline and alert settings),
// once each, as a C++ file of QT_TRANSLATE_NOOP entries for lupdate
// (translations/nodecatalog_strings.cpp).
std::string catalogStringsSource();

} // namespace weir
