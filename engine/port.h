#pragma once

#include <optional>
#include <string_view>

namespace weir {

// The named ports records leave a node by (like NiFi's relationships).
enum class Port { Out, Errors, Late };

std::string_view portName(Port port);
std::optional<Port> portFromName(std::string_view name);

} // namespace weir
