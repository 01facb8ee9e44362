#include "replayrangeform.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace weir {

namespace {

enum Column { PartitionColumn, LowColumn, HighColumn, FromColumn, ToColumn, ColumnCount };

QTableWidgetItem *readOnlyItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *editableItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QDateTimeEdit *utcEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ReplayRangeForm::ReplayRangeForm(QWidget *parent)
    : QWidget(parent)
    , m_topic(new QComboBox(this))
    , m_mode(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_partitions(new QTableWidget(0, ColumnCount, this))
    , m_from(utcEdit(this))
    , m_to(utcEdit(this))
    , m_summary(new QLabel(this))
{
    m_topic->setAccessibleName(tr("Topic to replay"));
    auto *byOffset = new QRadioButton(tr("&Offsets"), this);
    auto *byTime = new QRadioButton(tr("&Time range"), this);
    byOffset->setChecked(true);
    m_mode->addButton(byOffset, int(Mode::Offsets));
    m_mode->addButton(byTime, int(Mode::Time));

    m_partitions->setObjectName(QStringLiteral("replayPartitions"));
    m_partitions->setHorizontalHeaderLabels(
        {tr("Partition"), tr("Oldest"), tr("Next"), tr("From"), tr("To (excluded)")});
    m_partitions->verticalHeader()->hide();
    m_partitions->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_partitions->setToolTip(tr("Edit From and To per partition; From = To reads nothing "
                                "from that partition"));
    m_pages->addWidget(m_partitions);

    auto *timePage = new QWidget(this);
    auto *timeForm = new QFormLayout(timePage);
    timeForm->addRow(tr("&From:"), m_from);
    timeForm->addRow(tr("To (e&xcluded):"), m_to);
    timeForm->addRow(new QLabel(tr("Matched against each record's Kafka timestamp, in every "
                                   "partition."),
                                timePage));
    m_pages->addWidget(timePage);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    setTimeRange(now.addSecs(-3600).toMSecsSinceEpoch(), now.toMSecsSinceEpoch());

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("To&pic:"), this));
    top->addWidget(m_topic, 1);
    top->addWidget(byOffset);
    top->addWidget(byTime);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_summary);
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_topic);

    connect(m_topic, &QComboBox::currentTextChanged, this, &ReplayRangeForm::topicChanged);
    connect(m_mode, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_partitions, &QTableWidget::itemChanged, this, &ReplayRangeForm::updateSummary);
    updateSummary();
}

void ReplayRangeForm::setTopics(const QStringList &topics)
{
    const QString current = m_topic->currentText();
    m_topic->clear();
    m_topic->addItems(topics);
    if (topics.contains(current))
        m_topic->setCurrentText(current);
}

QString ReplayRangeForm::topic() const
{
    return m_topic->currentText();
}

void ReplayRangeForm::setTopic(const QString &topic)
{
    if (m_topic->findText(topic) < 0)
        m_topic->addItem(topic);
    m_topic->setCurrentText(topic);
}

void ReplayRangeForm::setWatermarks(const QString &topic,
                                    const std::map<int32_t, OffsetRange> &marks)
{
    const QSignalBlocker blocker(m_partitions);
    m_watermarksTopic = topic;
    m_partitions->setRowCount(int(marks.size()));
    int row = 0;
    for (const auto &[partition, range] : marks) {
        m_partitions->setItem(row, PartitionColumn, readOnlyItem(partition));
        m_partitions->setItem(row, LowColumn, readOnlyItem(range.from));
        m_partitions->setItem(row, HighColumn, readOnlyItem(range.to));
        m_partitions->setItem(row, FromColumn, editableItem(range.from));
        m_partitions->setItem(row, ToColumn, editableItem(range.to));
        ++row;
    }
    updateSummary();
}

void ReplayRangeForm::setOnlyRanges(const std::map<int32_t, OffsetRange> &ranges)
{
    for (int row = 0; row < m_partitions->rowCount(); ++row) {
        const int32_t partition = m_partitions->item(row, PartitionColumn)->text().toInt();
        const auto range = ranges.find(partition);
        const OffsetRange chosen = range != ranges.end()
                                       ? range->second
                                       : OffsetRange{0, 0};
        m_partitions->item(row, FromColumn)->setText(QString::number(chosen.from));
        m_partitions->item(row, ToColumn)->setText(QString::number(chosen.to));
    }
}

void ReplayRangeForm::setMode(Mode mode)
{
    m_mode->button(int(mode))->setChecked(true);
    m_pages->setCurrentIndex(mode == Mode::Offsets ? 0 : 1);
    updateSummary();
}

ReplayRangeForm::Mode ReplayRangeForm::mode() const
{
    return Mode(m_mode->checkedId());
}

void ReplayRangeForm::setTimeRange(int64_t fromMs, int64_t toMs)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs, QTimeZone::utc()));
}

std::optional<std::vector<ReplayRange>> ReplayRangeForm::ranges(QString &error) const
{
    const std::string topic = m_topic->currentText().toStdString();
    if (topic.empty()) {
        error = tr("Choose a topic: the pipeline has no Kafka source with a named topic");
        return std::nullopt;
    }
    std::vector<ReplayRange> result;
    if (mode() == Mode::Time) {
        if (m_from->dateTime() >= m_to->dateTime()) {
            error = tr("The time range is empty: From must be before To");
            return std::nullopt;
        }
        result.push_back({topic, std::nullopt,
                          ReplayBound::time(m_from->dateTime().toMSecsSinceEpoch()),
                          ReplayBound::time(m_to->dateTime().toMSecsSinceEpoch())});
        return result;
    }
    if (m_watermarksTopic != m_topic->currentText() || m_partitions->rowCount() == 0) {
        error = tr("The partitions of %1 are not known yet").arg(m_topic->currentText());
        return std::nullopt;
    }
    for (int row = 0; row < m_partitions->rowCount(); ++row) {
        const int partition = m_partitions->item(row, PartitionColumn)->text().toInt();
        bool fromOk = false;
        bool toOk = false;
        const qint64 from = m_partitions->item(row, FromColumn)->text().trimmed().toLongLong(&fromOk);
        const qint64 to = m_partitions->item(row, ToColumn)->text().trimmed().toLongLong(&toOk);
        if (!fromOk || !toOk || from < 0 || to < 0) {
            error = tr("Partition %1: From and To must be offsets (whole numbers, 0 or more)")
                        .arg(partition);
            return std::nullopt;
        }
        if (from > to) {
            error = tr("Partition %1: From (%2) is after To (%3)").arg(partition).arg(from).arg(to);
            return std::nullopt;
        }
        result.push_back({topic, partition, ReplayBound::offset(from), ReplayBound::offset(to)});
    }
    return result;
}

int64_t ReplayRangeForm::selectedRecords() const
{
    if (mode() == Mode::Time)
        return 0;
    int64_t total = 0;
    for (int row = 0; row < m_partitions->rowCount(); ++row) {
        const qint64 from = m_partitions->item(row, FromColumn)->text().toLongLong();
        const qint64 to = m_partitions->item(row, ToColumn)->text().toLongLong();
        total += std::max<qint64>(0, to - from);
    }
    return total;
}

void ReplayRangeForm::updateSummary()
{
    if (mode() == Mode::Time)
        m_summary->setText(tr("Every record whose timestamp falls in the range; the offsets are "
                              "looked up when the replay starts."));
    else
        m_summary->setText(tr("%n record(s) selected", nullptr, int(selectedRecords())));
}

} // namespace weir
