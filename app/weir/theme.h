#pragma once

#include <QString>

namespace weir {

// The application's colours: the platform's own, or Fusion with a light or a dark
// palette. Both palettes keep text, links, selections and disabled text readable; the
// canvas and panels take their colours from the palette.
enum class Theme { System, Light, Dark };

void applyTheme(Theme theme);
QString themeName(Theme theme); // "system" | "light" | "dark", as stored in the settings
Theme themeFromName(const QString &name);

} // namespace weir
