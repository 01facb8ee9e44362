#include "nodepalettetree.h"

#include "nodemimetype.h"

#include <QMimeData>

namespace weir {

NodePaletteTree::NodePaletteTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setIconSize(QSize(24, 24));
    setAccessibleName(tr("Node types"));
}

QMimeData *NodePaletteTree::mimeDataFor(const QString &type)
{
    auto data = new QMimeData;
    data->setData(QString::fromLatin1(kNodeTypeMimeType), type.toUtf8());
    return data;
}

QStringList NodePaletteTree::mimeTypes() const
{
    return {QString::fromLatin1(kNodeTypeMimeType)};
}

QMimeData *NodePaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    for (const QTreeWidgetItem *item : items) {
        const QString type = item->data(0, kTypeRole).toString();
        if (!type.isEmpty())
            return mimeDataFor(type);
    }
    return nullptr;
}

} // namespace weir
