#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace weir {

// Operator state as key/value pairs in the checkpoint. Operators write only what
// changed since the last commit (put/erase) and read everything back on restore.
class StateWriter
{
public:
    virtual ~StateWriter() = default;
    virtual void put(std::string_view key, std::string_view value) = 0;
    virtual void erase(std::string_view key) = 0;
};

class StateReader
{
public:
    virtual ~StateReader() = default;
    // Calls `visit` once for every stored pair of this operator.
    virtual void forEach(const std::function<void(std::string_view key, std::string_view value)>
                             &visit) const = 0;
};

} // namespace weir
