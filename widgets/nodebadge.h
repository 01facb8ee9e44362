#pragma once

#include <QIcon>
#include <QString>

namespace weir {

// nodeIcon(type), or where the type has no icon file yet, a badge: a rounded square in
// the colour of the type's category with the first letter of its title. Panels use it
// so that every type shows an icon and titles line up.
QIcon nodeIconOrBadge(const QString &type);

} // namespace weir
