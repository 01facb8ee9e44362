#include "kafkatopicsview.h"

#include "columntitles.h"
#include "topicrates.h"

#include <QHeaderView>

namespace weir {

namespace {

constexpr int kPartitionRole = Qt::UserRole + 1;

void setNumber(QTreeWidgetItem *item, int column, qint64 value)
{
    item->setText(column, QLocale().toString(value));
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

KafkaTopicsView::KafkaTopicsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels(
        {tr("Topic"), tr("Partitions"), tr("First offset"), tr("End offset"), tr("Messages"), tr("Rate (msg/s)")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    for (int c = PartitionsColumn; c <= RateColumn; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    widenColumnsToTitles(header());
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        QTreeWidgetItem *topic = item->parent() ? item->parent() : item;
        emit browseRequested(topic->text(NameColumn), item->data(0, kPartitionRole).toInt());
    });
}

void KafkaTopicsView::setTopics(const std::vector<TopicInfo> &topics, const TopicRates &rates)
{
    QSet<QString> expanded;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->isExpanded())
            expanded.insert(topLevelItem(i)->text(NameColumn));
    const QString selected = currentItem() ? currentItem()->text(NameColumn) : QString();
    m_topics = topics;
    clear();
    for (const TopicInfo &topic : topics) {
        const QString name = QString::fromStdString(topic.name);
        auto item = new QTreeWidgetItem(this, {name});
        item->setData(0, kPartitionRole, -1);
        setNumber(item, PartitionsColumn, qint64(topic.partitions.size()));
        setNumber(item, MessagesColumn, messageCount(topic));
        const std::optional<double> rate = rates.rate(topic.name);
        item->setText(RateColumn, rate ? QLocale().toString(*rate, 'f', 1) : tr("–"));
        item->setTextAlignment(RateColumn, Qt::AlignRight | Qt::AlignVCenter);
        for (const PartitionInfo &p : topic.partitions) {
            auto child = new QTreeWidgetItem(item, {tr("partition %1").arg(p.id)});
            child->setData(0, kPartitionRole, p.id);
            setNumber(child, LowColumn, p.low);
            setNumber(child, HighColumn, p.high);
            setNumber(child, MessagesColumn, std::max<int64_t>(0, p.high - p.low));
        }
        item->setExpanded(expanded.contains(name));
        if (name == selected)
            setCurrentItem(item);
    }
}

QTreeWidgetItem *KafkaTopicsView::topicItem(const QString &topic) const
{
    const QList<QTreeWidgetItem *> found = findItems(topic, Qt::MatchExactly, NameColumn);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace weir
