#include "offsetresetdialog.h"

#include "fetchstartedit.h"
#include "kafkaadmin.h"
#include "kafkaworker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace weir {

namespace {

constexpr auto kTimeout = std::chrono::seconds(30);

QTableWidgetItem *cell(const QString &text, bool editable)
{
    auto item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

OffsetResetDialog::OffsetResetDialog(KafkaWorker *worker, const QString &group,
                                     const std::vector<QString> &topics, QWidget *parent)
    : QDialog(parent)
    , m_worker(worker)
    , m_group(group)
    , m_topic(new QComboBox)
    , m_kind(new QComboBox)
    , m_time(new QLineEdit)
    , m_table(new QTableWidget(0, 3))
    , m_message(new QLabel)
    , m_apply(new QPushButton(tr("Apply")))
{
    setWindowTitle(tr("Reset offsets of group %1").arg(group));
    for (const QString &topic : topics)
        m_topic->addItem(topic);
    // Items in OffsetResetPlan::Kind order.
    m_kind->addItems({tr("Earliest"), tr("Latest"), tr("Time"), tr("Explicit offsets")});
    m_time->setPlaceholderText(tr("2026-11-26T03:00:00Z or epoch ms"));
    m_table->setHorizontalHeaderLabels({tr("Partition"), tr("Committed offset"), tr("After reset")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto previewButton = new QPushButton(tr("Preview"));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    auto form = new QFormLayout;
    form->addRow(tr("Group:"), new QLabel(group));
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Move to:"), m_kind);
    form->addRow(tr("Time:"), m_time);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(previewButton, &QPushButton::clicked, this, &OffsetResetDialog::preview);
    connect(m_apply, &QPushButton::clicked, this, &OffsetResetDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OffsetResetDialog::kindChanged);
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] {
        m_explicit.clear();
        showRows({});
    });
    connect(m_table, &QTableWidget::cellChanged, this, &OffsetResetDialog::afterEdited);
    kindChanged();
    resize(520, 420);
}

void OffsetResetDialog::setTopic(const QString &topic)
{
    m_topic->setCurrentText(topic);
}

void OffsetResetDialog::setKind(OffsetResetPlan::Kind kind)
{
    m_kind->setCurrentIndex(int(kind));
}

void OffsetResetDialog::setTimestamp(int64_t ms)
{
    m_time->setText(QString::number(ms));
}

void OffsetResetDialog::setExplicitOffsets(const std::map<int32_t, int64_t> &offsets)
{
    m_explicit = offsets;
}

void OffsetResetDialog::kindChanged()
{
    const auto kind = OffsetResetPlan::Kind(m_kind->currentIndex());
    m_time->setEnabled(kind == OffsetResetPlan::Kind::Timestamp);
    if (kind == OffsetResetPlan::Kind::Explicit)
        showMessage(tr("Preview lists the partitions; then type the new offsets in "
                       "\"After reset\" and preview again."));
    showRows(m_rows);
}

std::optional<OffsetResetPlan> OffsetResetDialog::plan()
{
    OffsetResetPlan plan {m_group.toStdString(), m_topic->currentText().toStdString()};
    plan.kind = OffsetResetPlan::Kind(m_kind->currentIndex());
    if (plan.topic.empty()) {
        showError(tr("Choose a topic."));
        return std::nullopt;
    }
    if (plan.kind == OffsetResetPlan::Kind::Timestamp) {
        const std::optional<int64_t> ms = FetchStartEdit::parseTime(m_time->text());
        if (!ms) {
            showError(tr("Write the time as 2026-11-26T03:00:00Z or as epoch milliseconds."));
            return std::nullopt;
        }
        plan.timestampMs = *ms;
    }
    if (plan.kind == OffsetResetPlan::Kind::Explicit && m_explicit.empty()) {
        // Nothing typed yet: list the partitions with their committed offsets unchanged.
        plan.kind = OffsetResetPlan::Kind::Earliest;
    }
    plan.offsets = m_explicit;
    return plan;
}

void OffsetResetDialog::preview()
{
    const bool listingOnly
        = m_kind->currentIndex() == int(OffsetResetPlan::Kind::Explicit) && m_explicit.empty();
    const std::optional<OffsetResetPlan> chosen = plan();
    if (!chosen)
        return;
    showMessage(tr("Reading offsets…"));
    m_worker->run(
        tr("Preview failed"),
        [this, plan = *chosen, listingOnly](KafkaAdmin &admin) {
            std::vector<OffsetResetRow> rows = admin.previewReset(plan, kTimeout);
            return KafkaWorker::Delivery([this, rows, listingOnly]() mutable {
                if (listingOnly)
                    for (OffsetResetRow &row : rows)
                        row.after = row.before.value_or(row.after);
                showRows(rows);
                showMessage(listingOnly ? tr("Type the new offsets in \"After reset\".")
                                        : tr("Preview: nothing changed yet."));
                emit previewed();
            });
        },
        [this](const QString &message) { showError(message); });
}

void OffsetResetDialog::apply()
{
    if (m_kind->currentIndex() == int(OffsetResetPlan::Kind::Explicit) && m_explicit.empty()) {
        showError(tr("Type the new offsets first."));
        return;
    }
    const std::optional<OffsetResetPlan> chosen = plan();
    if (!chosen)
        return;
    m_apply->setEnabled(false);
    showMessage(tr("Committing…"));
    m_worker->run(
        tr("Not applied"),
        [this, plan = *chosen](KafkaAdmin &admin) {
            const std::vector<OffsetResetRow> rows = admin.applyReset(plan, kTimeout);
            return KafkaWorker::Delivery([this, rows] {
                m_apply->setEnabled(true);
                showRows(rows);
                showMessage(tr("Done: the group's committed offsets moved."));
                emit applied();
            });
        },
        [this](const QString &message) {
            m_apply->setEnabled(true);
            showError(message);
            emit refused(message);
        });
}

void OffsetResetDialog::showRows(const std::vector<OffsetResetRow> &rows)
{
    const bool editable = m_kind->currentIndex() == int(OffsetResetPlan::Kind::Explicit);
    m_rows = rows;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const OffsetResetRow &row = rows[size_t(i)];
        m_table->setItem(i, PartitionColumn, cell(QString::number(row.partition), false));
        m_table->setItem(i, BeforeColumn,
                         cell(row.before ? QString::number(*row.before) : tr("none"), false));
        m_table->setItem(i, AfterColumn, cell(QString::number(row.after), editable));
    }
}

void OffsetResetDialog::afterEdited(int row, int column)
{
    if (column != AfterColumn || row >= int(m_rows.size()))
        return;
    bool ok = false;
    const qint64 offset = m_table->item(row, column)->text().toLongLong(&ok);
    if (!ok || offset < 0) {
        showError(tr("An offset is a whole number of 0 or more."));
        return;
    }
    m_explicit[m_rows[size_t(row)].partition] = offset;
}

void OffsetResetDialog::showMessage(const QString &message)
{
    m_error.clear();
    m_message->setText(message);
}

void OffsetResetDialog::showError(const QString &message)
{
    m_error = message;
    m_message->setText(
        QStringLiteral("<span style=\"color:#d04040\">%1</span>").arg(message.toHtmlEscaped()));
}

QString OffsetResetDialog::errorText() const
{
    return m_error;
}

} // namespace weir
