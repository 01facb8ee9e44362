#pragma once

#include "kafkabrowsetypes.h"

#include <QTreeWidget>

#include <vector>

namespace weir {

class TopicRates;

// The topic browser's topics: one row per topic (partitions, messages, recent rate) with a
// child row per partition (low and high watermarks, messages).
class KafkaTopicsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, PartitionsColumn, LowColumn, HighColumn, MessagesColumn, RateColumn };

    explicit KafkaTopicsView(QWidget *parent = nullptr);

    // Keeps the selected topic selected and expanded topics expanded.
    void setTopics(const std::vector<TopicInfo> &topics, const TopicRates &rates);
    const std::vector<TopicInfo> &topics() const { return m_topics; }
    QTreeWidgetItem *topicItem(const QString &topic) const;

signals:
    // Double click or Enter on a topic, or on one partition (-1: every partition).
    void browseRequested(const QString &topic, int partition);

private:
    std::vector<TopicInfo> m_topics;
};

} // namespace weir
