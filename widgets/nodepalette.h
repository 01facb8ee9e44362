#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QMimeData;
class QTreeWidgetItem;

namespace weir {

class NodePaletteTree;

// The node types of the registry, grouped Sources / Transforms / Windows / Sinks, each
// with its icon, title and a one-line summary (the description as tooltip). A search box
// filters by title, type name and description; Enter in it activates the first match.
// Types are dragged onto the canvas as kNodeTypeMimeType.
class NodePalette : public QWidget
{
    Q_OBJECT

public:
    explicit NodePalette(QWidget *parent = nullptr);

    void setFilter(const QString &text);
    QStringList visibleTypes() const;
    QMimeData *mimeDataFor(const QString &type) const;
    QLineEdit *searchBox() const { return m_search; }
    NodePaletteTree *tree() const { return m_tree; }
    // The width that shows every node type's title whole (titles run longer in some
    // languages), with the scroll bar and frame.
    int widthForTitles() const;

signals:
    void nodeTypeActivated(const QString &type); // double-click or Enter

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void applyFilter(const QString &text);
    void activateFirst();
    void activate(QTreeWidgetItem *item);

    QLineEdit *m_search;
    NodePaletteTree *m_tree;
    QLabel *m_empty; // instead of the tree when nothing matches
};

} // namespace weir
