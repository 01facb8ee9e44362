#include "nodepalette.h"
#include "catalogtext.h"

#include "nodebadge.h"
#include "nodepalettedelegate.h"
#include "nodepalettetree.h"
#include "noderegistry.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace weir {

namespace {

struct Group
{
    const char *category;
    const char *title;
};

constexpr Group kGroups[] = {{"source", QT_TRANSLATE_NOOP("weir::NodePalette", "Sources")},
                             {"transform", QT_TRANSLATE_NOOP("weir::NodePalette", "Transforms")},
                             {"window", QT_TRANSLATE_NOOP("weir::NodePalette", "Windows")},
                             {"sink", QT_TRANSLATE_NOOP("weir::NodePalette", "Sinks")}};

constexpr int kSearchRole = Qt::UserRole + 2;

// The first sentence of a description: "Keeps the records for which an expression is true."
// Japanese and Chinese end a sentence with an ideographic full stop and no space.
QString firstSentence(const QString &text)
{
    const qsizetype latin = text.indexOf(QLatin1String(". "));
    const qsizetype ideographic = text.indexOf(QChar(0x3002));
    if (ideographic >= 0 && (latin < 0 || ideographic < latin))
        return text.left(ideographic + 1);
    return latin < 0 ? text : text.left(latin + 1);
}

} // namespace

NodePalette::NodePalette(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new NodePaletteTree(this))
    , m_empty(new QLabel(this))
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setContentsMargins(8, 16, 8, 8);
    m_empty->hide();
    m_search->setPlaceholderText(tr("Search nodes"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search node types"));
    m_search->setToolTip(tr("Filter by title, type or description; Enter adds the first match"));
    m_search->installEventFilter(this);
    m_tree->setItemDelegate(new NodePaletteDelegate(m_tree));
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    layout->addWidget(m_empty, 1);
    populate();
    connect(m_search, &QLineEdit::textChanged, this, &NodePalette::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &NodePalette::activateFirst);
    connect(m_tree, &QTreeWidget::itemActivated, this, &NodePalette::activate);
}

void NodePalette::populate()
{
    QFont bold = font();
    bold.setBold(true);
    for (const Group &group : kGroups) {
        auto groupItem = new QTreeWidgetItem(m_tree, {tr(group.title)});
        groupItem->setFont(0, bold);
        groupItem->setFlags(Qt::ItemIsEnabled);
        for (const NodeTypeInfo &info : NodeRegistry::instance().types()) {
            if (info.category != group.category)
                continue;
            const QString type = QString::fromStdString(info.type);
            const QString title = catalogText(info.title);
            const QString description = catalogText(info.description);
            auto item = new QTreeWidgetItem(groupItem, {title});
            item->setIcon(0, nodeIconOrBadge(type));
            item->setData(0, NodePaletteTree::kTypeRole, type);
            item->setData(0, NodePaletteTree::kSummaryRole, firstSentence(description));
            item->setData(0, kSearchRole,
                          title + QLatin1Char('\n') + type + QLatin1Char('\n') + description);
            item->setToolTip(0,
                             QStringLiteral("<b>%1</b> <code>%2</code><p>%3</p>")
                                 .arg(title.toHtmlEscaped(), type, description.toHtmlEscaped()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    m_tree->expandAll();
}

void NodePalette::setFilter(const QString &text)
{
    m_search->setText(text); // applyFilter follows
    applyFilter(text);
}

void NodePalette::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match
                = item->data(0, kSearchRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
        group->setExpanded(any);
    }
    const bool none = visibleTypes().isEmpty();
    m_empty->setText(tr("No node type matches “%1”.").arg(needle));
    m_empty->setVisible(none);
    m_tree->setVisible(!none);
}

QStringList NodePalette::visibleTypes() const
{
    QStringList types;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount() && !group->isHidden(); ++i) {
            if (!group->child(i)->isHidden())
                types << group->child(i)->data(0, NodePaletteTree::kTypeRole).toString();
        }
    }
    return types;
}

QMimeData *NodePalette::mimeDataFor(const QString &type) const
{
    return NodePaletteTree::mimeDataFor(type);
}

void NodePalette::activateFirst()
{
    const QStringList types = visibleTypes();
    if (!types.isEmpty())
        emit nodeTypeActivated(types.first());
}

void NodePalette::activate(QTreeWidgetItem *item)
{
    const QString type = item ? item->data(0, NodePaletteTree::kTypeRole).toString() : QString();
    if (!type.isEmpty())
        emit nodeTypeActivated(type);
}

// Down in the search box moves into the list, at the first match.
bool NodePalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if (!(*it)->isHidden() && !(*it)->data(0, NodePaletteTree::kTypeRole).isNull()
                && !(*it)->parent()->isHidden()) {
                m_tree->setCurrentItem(*it);
                m_tree->setFocus();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

int NodePalette::widthForTitles() const
{
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const QAbstractItemView *view = m_tree; // QTreeView hides sizeHintForColumn()
    return view->sizeHintForColumn(0) + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
           + 2 * m_tree->frameWidth() + margins.left() + margins.right() + 4;
}

} // namespace weir
