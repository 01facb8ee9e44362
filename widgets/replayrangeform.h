#pragma once

#include "replayrange.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace weir {

// Where a replay reads: one topic of the pipeline, either per-partition offsets (a table
// of partitions with their oldest and next offsets, prefilled with everything kept) or a
// time range in UTC matched against the records' Kafka timestamps. Produces the same
// ReplayRange values as `weir-run --replay`.
class ReplayRangeForm : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Offsets, Time };

    explicit ReplayRangeForm(QWidget *parent = nullptr);

    void setTopics(const QStringList &topics);
    QString topic() const;
    void setTopic(const QString &topic);
    // The partitions of the current topic: low and high watermarks. Fills the table with
    // the whole kept range; the user narrows it.
    void setWatermarks(const QString &topic, const std::map<int32_t, OffsetRange> &marks);
    // Reads `ranges` and nothing of the partitions they do not name.
    void setOnlyRanges(const std::map<int32_t, OffsetRange> &ranges);
    void setMode(Mode mode);
    Mode mode() const;
    // Times in UTC epoch milliseconds; `to` excluded.
    void setTimeRange(int64_t fromMs, int64_t toMs);

    // The ranges the form describes, or nullopt with `error` saying which cell is wrong.
    std::optional<std::vector<ReplayRange>> ranges(QString &error) const;
    // Records the offsets table selects (0 in time mode: known once resolved).
    int64_t selectedRecords() const;

signals:
    void topicChanged(const QString &topic);

private:
    QComboBox *m_topic;
    QButtonGroup *m_mode;
    QStackedWidget *m_pages;
    QTableWidget *m_partitions;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_summary;
    QString m_watermarksTopic;

    void updateSummary();
};

} // namespace weir
