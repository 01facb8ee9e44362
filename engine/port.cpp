#include "port.h"

namespace weir {

std::string_view portName(Port port)
{
    switch (port) {
    case Port::Out:
        return "out";
    case Port::Errors:
        return "errors";
    case Port::Late:
        return "late";
    }
    return "out";
}

std::optional<Port> portFromName(std::string_view name)
{
    if (name == "out")
        return Port::Out;
    if (name == "errors")
        return Port::Errors;
    if (name == "late")
        return Port::Late;
    return std::nullopt;
}

} // namespace weir
