#pragma once

#include "kafkabrowsetypes.h"

#include <QAbstractTableModel>

#include <vector>

namespace weir {

// The messages the topic browser shows (a page or search results): partition, offset,
// timestamp, key, headers and the start of the value.
class KafkaMessageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        KeyColumn,
        HeadersColumn,
        ValueColumn,
        ColumnCount
    };

    explicit KafkaMessageModel(QObject *parent = nullptr);

    void setMessages(std::vector<KafkaMessage> messages);
    const std::vector<KafkaMessage> &messages() const { return m_messages; }
    const KafkaMessage &message(int row) const { return m_messages.at(size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Bytes as text for display: invalid UTF-8 shows replacement characters.
    static QString displayText(const std::string &bytes, int maxChars = -1);
    static QString timestampText(int64_t ms);
    // The message as indented JSON for reading: the export format (messageexport.h) with
    // the time in ISO 8601 next to the timestamp, and a value that is JSON shown as JSON.
    static QString jsonText(const QString &topic, const KafkaMessage &message);

private:
    QVariant display(const KafkaMessage &m, int column) const;

    std::vector<KafkaMessage> m_messages;
};

} // namespace weir
