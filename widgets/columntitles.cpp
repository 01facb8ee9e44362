#include "columntitles.h"

#include <QHeaderView>
#include <QStyle>

namespace weir {

void widenColumnsToTitles(QHeaderView *header)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
        if (mode != QHeaderView::Interactive && mode != QHeaderView::Fixed)
            continue;
        const QString title = model->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin + 2;
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace weir
