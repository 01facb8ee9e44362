#pragma once

#include <QPalette>

namespace weir {

// The designer's own colours (View > Theme), for the Fusion style. Every panel and the
// canvas take their colours from the palette, so both must keep text, selections,
// placeholders and disabled text readable.
QPalette darkPalette();
QPalette lightPalette();

} // namespace weir
