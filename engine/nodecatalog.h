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
// The monitor's alert thresholds, settings.alerts.*, named by their path ("alerts.for"):
// the property editor's rows for them (AlertThresholds::check validates them).
std::vector<ParamInfo> alertSettingInfos();

} // namespace weir
