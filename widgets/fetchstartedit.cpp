#include "fetchstartedit.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>

namespace weir {

FetchStartEdit::FetchStartEdit(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox)
    , m_value(new QLineEdit)
{
    // Items in FetchStart::Kind order.
    m_kind->addItem(tr("From offset"));
    m_kind->addItem(tr("From time"));
    m_kind->addItem(tr("Oldest"));
    m_kind->addItem(tr("Newest"));
    m_kind->setCurrentIndex(int(FetchStart::Kind::Oldest));
    m_value->setMinimumWidth(170);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_value, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FetchStartEdit::kindChanged);
    kindChanged();
}

void FetchStartEdit::kindChanged()
{
    const auto kind = FetchStart::Kind(m_kind->currentIndex());
    m_value->setEnabled(kind == FetchStart::Kind::Offset || kind == FetchStart::Kind::Timestamp);
    m_value->setPlaceholderText(kind == FetchStart::Kind::Offset ? tr("offset, e.g. 1200")
                                    : kind == FetchStart::Kind::Timestamp
                                    ? tr("2026-11-26T03:00:00Z or epoch ms")
                                    : QString());
}

std::optional<int64_t> FetchStartEdit::parseTime(const QString &text)
{
    bool isNumber = false;
    const qint64 ms = text.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return ms;
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toMSecsSinceEpoch();
}

std::optional<FetchStart> FetchStartEdit::fetchStart(QString *error) const
{
    const auto kind = FetchStart::Kind(m_kind->currentIndex());
    switch (kind) {
    case FetchStart::Kind::Oldest:
        return FetchStart::oldest();
    case FetchStart::Kind::Newest:
        return FetchStart::newest(0);
    case FetchStart::Kind::Offset: {
        bool ok = false;
        const qint64 offset = m_value->text().trimmed().toLongLong(&ok);
        if (ok && offset >= 0)
            return FetchStart::offset(offset);
        if (error)
            *error = tr("The offset must be a whole number of 0 or more.");
        return std::nullopt;
    }
    case FetchStart::Kind::Timestamp:
        if (const std::optional<int64_t> ms = parseTime(m_value->text()))
            return FetchStart::timestamp(*ms);
        if (error)
            *error = tr("Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds.");
        return std::nullopt;
    }
    return std::nullopt;
}

void FetchStartEdit::setFetchStart(const FetchStart &start)
{
    m_kind->setCurrentIndex(int(start.kind));
    if (start.kind == FetchStart::Kind::Offset)
        m_value->setText(QString::number(start.value));
    else if (start.kind == FetchStart::Kind::Timestamp)
        m_value->setText(
            QDateTime::fromMSecsSinceEpoch(start.value, Qt::UTC).toString(Qt::ISODateWithMs));
}

} // namespace weir
