#pragma once

#include <QTreeWidget>

namespace weir {

// The tree of the node palette: node type items carry their type name (kTypeRole) and
// are dragged as kNodeTypeMimeType.
class NodePaletteTree : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr int kTypeRole = Qt::UserRole;
    static constexpr int kSummaryRole = Qt::UserRole + 1;

    explicit NodePaletteTree(QWidget *parent = nullptr);

    static QMimeData *mimeDataFor(const QString &type);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
};

} // namespace weir
