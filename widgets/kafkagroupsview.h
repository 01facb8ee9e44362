#pragma once

#include "kafkabrowsetypes.h"

#include <QWidget>

#include <vector>

class QLineEdit;
class QTreeWidget;

namespace weir {

// A consumer group as the topic browser shows it: KafkaAdmin's GroupInfo plus the lag in
// seconds of each of its partitions (same order as info.partitions).
struct GroupLag
{
    GroupInfo info;
    std::vector<double> lagSeconds;
};

// The topic browser's consumer groups: one row per group (state, members) with a row per
// partition (committed offset, lag in records and seconds). Brokers without ListGroups
// (the sandbox) list no groups: a group id can be looked up by name instead.
class KafkaGroupsView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        MembersColumn,
        CommittedColumn,
        LagColumn,
        LagSecondsColumn
    };

    explicit KafkaGroupsView(QWidget *parent = nullptr);

    // Replaces the rows of the groups listed; groups looked up by name stay unless listed.
    void setGroups(const std::vector<GroupLag> &groups);
    // Adds or replaces one group's row.
    void showGroup(const GroupLag &group);
    QTreeWidget *tree() const { return m_tree; }
    QString currentGroup() const;

signals:
    void lookupRequested(const QString &group);
    void resetRequested(const QString &group);

private:
    QLineEdit *m_lookup;
    QTreeWidget *m_tree;
};

} // namespace weir
