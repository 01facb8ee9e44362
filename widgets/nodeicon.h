#pragma once

#include <QIcon>
#include <QString>

namespace weir {

// The icon of a node type (registry type name, "window.sliding"): resources/icons/<icon>.svg
// as named by NodeTypeInfo::icon, else the icon of its category, else an empty icon.
QIcon nodeIcon(const QString &type);

} // namespace weir
