#include "kafkagroupsview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weir {

namespace {

void setNumber(QTreeWidgetItem *item, int column, const QString &text)
{
    item->setText(column, text);
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

KafkaGroupsView::KafkaGroupsView(QWidget *parent)
    : QWidget(parent)
    , m_lookup(new QLineEdit)
    , m_tree(new QTreeWidget)
{
    m_lookup->setPlaceholderText(tr("Group id"));
    auto lookup = new QPushButton(tr("Look up"));
    auto reset = new QPushButton(tr("Reset offsets…"));
    reset->setToolTip(tr("Move the selected group's committed offsets"));
    m_tree->setHeaderLabels(
        {tr("Group"), tr("State"), tr("Members"), tr("Committed"), tr("Lag"), tr("Lag (s)")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = StateColumn; c <= LagSecondsColumn; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto row = new QHBoxLayout;
    row->addWidget(m_lookup, 1);
    row->addWidget(lookup);
    row->addWidget(reset);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_tree);

    const auto requestLookup = [this] {
        if (!m_lookup->text().trimmed().isEmpty())
            emit lookupRequested(m_lookup->text().trimmed());
    };
    connect(lookup, &QPushButton::clicked, this, requestLookup);
    connect(m_lookup, &QLineEdit::returnPressed, this, requestLookup);
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString group
            = currentGroup().isEmpty() ? m_lookup->text().trimmed() : currentGroup();
        if (!group.isEmpty())
            emit resetRequested(group);
    });
}

void KafkaGroupsView::setGroups(const std::vector<GroupLag> &groups)
{
    for (const GroupLag &group : groups)
        showGroup(group);
}

void KafkaGroupsView::showGroup(const GroupLag &group)
{
    const QString id = QString::fromStdString(group.info.id);
    const QList<QTreeWidgetItem *> old = m_tree->findItems(id, Qt::MatchExactly, NameColumn);
    const bool expanded = old.isEmpty() || old.first()->isExpanded();
    qDeleteAll(old);
    auto item = new QTreeWidgetItem(m_tree, {id});
    item->setText(StateColumn,
                  group.info.state.empty() ? tr("unknown")
                                           : QString::fromStdString(group.info.state));
    setNumber(item, MembersColumn,
              group.info.members < 0 ? tr("unknown") : QString::number(group.info.members));
    int64_t totalLag = 0;
    double maxSeconds = 0;
    for (size_t i = 0; i < group.info.partitions.size(); ++i) {
        const GroupPartition &p = group.info.partitions[i];
        const double seconds = i < group.lagSeconds.size() ? group.lagSeconds[i] : 0;
        auto child = new QTreeWidgetItem(
            item,
            {QStringLiteral("%1 [%2]").arg(QString::fromStdString(p.topic)).arg(p.partition)});
        setNumber(child, CommittedColumn, QLocale().toString(qint64(p.committed)));
        setNumber(child, LagColumn, QLocale().toString(qint64(p.lag)));
        setNumber(child, LagSecondsColumn, QLocale().toString(seconds, 'f', 1));
        totalLag += p.lag;
        maxSeconds = std::max(maxSeconds, seconds);
    }
    setNumber(item, LagColumn, QLocale().toString(qint64(totalLag)));
    setNumber(item, LagSecondsColumn, QLocale().toString(maxSeconds, 'f', 1));
    if (group.info.partitions.empty())
        item->setToolTip(NameColumn, tr("No committed offsets"));
    item->setExpanded(expanded);
    m_tree->sortItems(NameColumn, Qt::AscendingOrder);
}

QString KafkaGroupsView::currentGroup() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->text(NameColumn) : QString();
}

} // namespace weir
