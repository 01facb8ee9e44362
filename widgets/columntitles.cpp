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
    int stretched = 0;
    for (int section = 0; section < header->count(); ++section) {
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
        const QString title = model->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin + 2;
        if (mode == QHeaderView::Stretch)
            stretched = qMax(stretched, needed);
        else if (mode != QHeaderView::ResizeToContents && header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
    if (stretched > header->minimumSectionSize())
        header->setMinimumSectionSize(stretched);
}

} // namespace weir
