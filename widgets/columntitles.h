#pragma once

class QHeaderView;

namespace weir {

// Widens every column the user sizes (Interactive, Fixed) that is narrower than its title,
// so no title starts out cut: translations run longer than the English a width was chosen
// for. Columns that size themselves (Stretch, ResizeToContents) are left alone.
void widenColumnsToTitles(QHeaderView *header);

} // namespace weir
