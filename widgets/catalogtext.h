#pragma once

#include <QString>

#include <string>

namespace weir {

// A text of the node registry (a title, description, help or unit) in the user's language.
// The engine has no Qt, so lupdate cannot find these strings in it: weir-docgen writes them
// into translations/nodecatalog_strings.cpp, and tst_generateddocs checks that file is current.
QString catalogText(const std::string &text);

// The context the registry's texts are translated in.
inline constexpr const char *kCatalogContext = "NodeCatalog";

} // namespace weir
