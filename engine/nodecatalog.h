#pragma once

#include "noderegistry.h"

#include <vector>

namespace weir {

// The definitions behind NodeRegistry, one function per category.
std::vector<NodeTypeInfo> sourceNodeTypes();
std::vector<NodeTypeInfo> transformNodeTypes();
std::vector<NodeTypeInfo> windowNodeTypes();
std::vector<NodeTypeInfo> sinkNodeTypes();
std::vector<ParamInfo> pipelineSettingInfos();

} // namespace weir
