#pragma once

#include "parameditor.h"

namespace weir {

// The editor for a parameter, chosen by its ParamType.
ParamEditor *createParamEditor(const ParamInfo &info, const ParamContext &context,
                               QWidget *parent = nullptr);

} // namespace weir
