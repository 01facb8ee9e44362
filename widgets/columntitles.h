#pragma once

class QHeaderView;

namespace weir {

// Widens every column the user sizes (Interactive, Fixed) that is narrower than its title,
// so no title starts out cut: translations run longer than the English a width was chosen
// for. A stretched column keeps its title whole through the header's minimum section size
// (the table scrolls instead); columns sized to their contents are left alone.
void widenColumnsToTitles(QHeaderView *header);

} // namespace weir
