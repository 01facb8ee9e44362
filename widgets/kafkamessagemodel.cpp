#include "kafkamessagemodel.h"

#include "messageexport.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace weir {

namespace {

constexpr int kPreviewChars = 200;

} // namespace

KafkaMessageModel::KafkaMessageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KafkaMessageModel::setMessages(std::vector<KafkaMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

int KafkaMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int KafkaMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KafkaMessageModel::displayText(const std::string &bytes, int maxChars)
{
    const std::string_view shown
        = maxChars < 0 ? std::string_view(bytes) : std::string_view(bytes).substr(0, maxChars * 4);
    QString text = QString::fromUtf8(shown.data(), qsizetype(shown.size()));
    if (maxChars >= 0 && text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

QString KafkaMessageModel::timestampText(int64_t ms)
{
    if (ms < 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString KafkaMessageModel::jsonText(const QString &topic, const KafkaMessage &m)
{
    const Json exported = messageToJson(topic.toStdString(), m);
    Json shown = Json::object();
    for (const auto &[name, value] : exported.items()) {
        shown[name] = value;
        if (name == "timestamp" && m.timestampMs >= 0)
            shown["time"] = timestampText(m.timestampMs).toStdString();
    }
    if (!shown.contains("value_encoding")) {
        Json parsed = Json::parse(m.value, nullptr, false);
        if (!parsed.is_discarded())
            shown["value"] = std::move(parsed);
    }
    return QString::fromStdString(shown.dump(2, ' ', false, Json::error_handler_t::replace));
}

QVariant KafkaMessageModel::display(const KafkaMessage &m, int column) const
{
    switch (column) {
    case PartitionColumn:
        return m.partition;
    case OffsetColumn:
        return qlonglong(m.offset);
    case TimestampColumn:
        return timestampText(m.timestampMs);
    case KeyColumn:
        return m.key ? displayText(*m.key, kPreviewChars) : tr("(null)");
    case HeadersColumn: {
        QStringList headers;
        for (const KafkaHeader &h : m.headers)
            headers << QString::fromStdString(h.name) + QLatin1Char('=')
                    + (h.value ? displayText(*h.value, 40) : tr("(null)"));
        return headers.join(QStringLiteral(", "));
    }
    case ValueColumn:
        return displayText(m.value, kPreviewChars).replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return {};
}

QVariant KafkaMessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const KafkaMessage &m = message(index.row());
    if (role == Qt::DisplayRole)
        return display(m, index.column());
    if (role == Qt::ToolTipRole && index.column() == ValueColumn)
        return displayText(m.value, 2000);
    if (role == Qt::TextAlignmentRole && index.column() <= OffsetColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == KeyColumn && !m.key)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    return {};
}

QVariant KafkaMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[]
        = {QT_TR_NOOP("Partition"), QT_TR_NOOP("Offset"),  QT_TR_NOOP("Timestamp (UTC)"),
           QT_TR_NOOP("Key"),       QT_TR_NOOP("Headers"), QT_TR_NOOP("Value")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace weir
