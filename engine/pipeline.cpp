#include "pipeline.h"

namespace weir {

const NodeSpec *Pipeline::node(const std::string &id) const
{
    for (const NodeSpec &n : nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

NodeSpec *Pipeline::node(const std::string &id)
{
    return const_cast<NodeSpec *>(std::as_const(*this).node(id));
}

} // namespace weir
